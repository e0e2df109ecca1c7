"""Invitations: a signed, expiring link for one application, with reminders."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel


class InvitationStatus(StrEnum):
    """Lifecycle of one invitation."""

    PENDING = "pending"
    SENT = "sent"
    OPENED = "opened"
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED = "cancelled"


class Invitation(TimestampedModel):
    """An invite for one application, with a deadline; the link carries a signed token."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="invitations", on_delete=fields.CASCADE
    )
    token_id = fields.CharField(max_length=64, unique=True)
    deadline_at = fields.DatetimeField()
    status = fields.CharEnumField(InvitationStatus, max_length=16, default=InvitationStatus.PENDING)
    channel = fields.CharField(max_length=32, default="")
    invited_by = fields.CharField(max_length=80, default="")
    reminders_sent = fields.JSONField[list[str]](default=list)
    sent_at = fields.DatetimeField(null=True)
    opened_at = fields.DatetimeField(null=True)
    replaced_by_id = fields.IntField(null=True)

    class Meta:
        table = "invitation"
        indexes = (Index(fields=("status", "deadline_at")),)
