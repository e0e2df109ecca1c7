"""Invitations: a signed, expiring link for one application, with reminders."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel
from workflows.messaging.reach import Channel


class InvitationStatus(StrEnum):
    """Lifecycle of one invitation."""

    PENDING = "pending"
    SENT = "sent"
    OPENED = "opened"
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED = "cancelled"


# Invitations the candidate may still act on (reminders and the deadline apply to these).
OPEN_STATUSES = frozenset(
    {InvitationStatus.PENDING, InvitationStatus.SENT, InvitationStatus.OPENED}
)


# How the invitation reaches the candidate: the messaging channel (one rule for every message).
InvitationChannel = Channel


class Invitation(TimestampedModel):
    """An invite for one application, with a deadline; the link carries a signed token."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="invitations", on_delete=fields.CASCADE
    )
    # SHA-256 of the signed token: the link itself is a bearer secret and is never stored.
    token_id = fields.CharField(max_length=64, unique=True)
    deadline_at = fields.DatetimeField()
    status = fields.CharEnumField(InvitationStatus, max_length=16, default=InvitationStatus.PENDING)
    channel = fields.CharField(max_length=32, default="")
    invited_by = fields.CharField(max_length=80, default="")
    # The HR staff member told about this invitation (links to forward, a final miss).
    hr_user_id = fields.CharField(max_length=64, default="")
    # 1 for HR's invitation, 2 for the automatic new slot after a miss.
    attempt = fields.SmallIntField(default=1)
    reminders_sent = fields.JSONField[list[str]](default=list)
    sent_at = fields.DatetimeField(null=True)
    opened_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    missed_at = fields.DatetimeField(null=True)
    # Set once a miss was followed up (new slot issued or HR told); the scan retries until then.
    followed_up_at = fields.DatetimeField(null=True)
    previous_id = fields.IntField(null=True)
    replaced_by_id = fields.IntField(null=True)

    class Meta:
        table = "invitation"
        indexes = (
            Index(fields=("status", "deadline_at")),
            Index(fields=("application_id", "status")),
        )
