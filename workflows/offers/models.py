"""Offers and their DingTalk OA approval."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields

from workflows.common.fields import TimestampedModel


class OfferStatus(StrEnum):
    """Lifecycle of an offer."""

    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    REFUSED = "refused"
    TERMINATED = "terminated"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class Offer(TimestampedModel):
    """An offer for one application, approved in DingTalk OA."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="offers", on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(OfferStatus, max_length=24, default=OfferStatus.DRAFT)
    level = fields.CharField(max_length=32, default="")
    monthly_salary = fields.IntField(null=True)
    salary_min = fields.IntField(null=True)
    salary_max = fields.IntField(null=True)
    start_date = fields.DateField(null=True)
    reasons = fields.JSONField[list[str]](default=list)
    process_code = fields.CharField(max_length=64, default="")
    process_instance_id = fields.CharField(max_length=96, null=True, unique=True)
    approval_remark = fields.TextField(default="")
    preentry_user_id = fields.CharField(max_length=64, null=True)
    training_suggestions = fields.JSONField[list[dict[str, Any]]](default=list)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "offer"
