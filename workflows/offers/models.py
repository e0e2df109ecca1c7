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
    # The salary suggestion with its reasons, as shown to HR and approvers.
    suggestion = fields.JSONField[dict[str, Any]](default=dict)
    approvers = fields.JSONField[list[dict[str, Any]]](default=list)
    # When DingHire last read the approval instance (reconciliation polling).
    synced_at = fields.DatetimeField(null=True)
    candidate_responded_at = fields.DatetimeField(null=True)
    candidate_remark = fields.TextField(default="")
    entry_date = fields.DateField(null=True)

    materials: fields.ReverseRelation[OnboardingMaterial]

    class Meta:
        table = "offer"


class MaterialKind(StrEnum):
    """Onboarding documents a new hire uploads."""

    ID_CARD = "id_card"
    DIPLOMA = "diploma"
    DEGREE = "degree"
    BANK_CARD = "bank_card"
    MEDICAL = "medical"
    OTHER = "other"


class OnboardingMaterial(TimestampedModel):
    """One uploaded onboarding document; the file is encrypted in the object store."""

    id = fields.IntField(primary_key=True)
    offer: fields.ForeignKeyRelation[Offer] = fields.ForeignKeyField(
        "models.Offer", related_name="materials", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(MaterialKind, max_length=16)
    # The original file name may hold the candidate's name: encrypted with the vault.
    file_name_enc = fields.TextField(default="")
    content_type = fields.CharField(max_length=96, default="")
    size_bytes = fields.BigIntField(default=0)
    sha256 = fields.CharField(max_length=64, default="")
    storage_key = fields.CharField(max_length=255)
    uploaded_at = fields.DatetimeField()
    replaced = fields.BooleanField(default=False)

    class Meta:
        table = "onboarding_material"


class TrainingCourse(TimestampedModel):
    """A course of the org's training catalogue, tagged with the dimensions it develops."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    title = fields.CharField(max_length=128)
    provider = fields.CharField(max_length=64, default="")
    hours = fields.FloatField(default=0)
    url = fields.CharField(max_length=512, default="")
    description = fields.TextField(default="")
    # Dimension codes (e.g. "communication") or names (e.g. 沟通表达) this course develops.
    dimension_codes = fields.JSONField[list[str]](default=list)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "training_course"
