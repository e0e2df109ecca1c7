"""The outbox for outgoing DingTalk messages and the log of inbound deliveries."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel


class OutboxStatus(StrEnum):
    """Delivery state of one outgoing message."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DEAD = "dead"


class OutboxMessage(TimestampedModel):
    """A message to send; written in the same transaction as the change that causes it."""

    id = fields.BigIntField(primary_key=True)
    # Same key, same message: lets a retried use case enqueue without duplicating.
    dedup_key = fields.CharField(max_length=128, unique=True)
    channel = fields.CharField(max_length=32)
    recipient = fields.CharField(max_length=255)
    payload = fields.JSONField[dict[str, Any]](default=dict)
    status = fields.CharEnumField(OutboxStatus, max_length=16, default=OutboxStatus.PENDING)
    attempts = fields.SmallIntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.TextField(default="")
    sent_at = fields.DatetimeField(null=True)
    result = fields.JSONField[dict[str, Any]](default=dict)

    class Meta:
        table = "outbox_message"
        indexes = (Index(fields=("status", "next_attempt_at")),)


class InboundDelivery(TimestampedModel):
    """A DingTalk delivery (msgId or eventId) we have processed; duplicates are dropped."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=160, unique=True)
    kind = fields.CharField(max_length=32)

    class Meta:
        table = "inbound_delivery"


class CandidateNotice(TimestampedModel):
    """A message to a candidate (decision, offer); also shown in the mini-app.

    The body names the candidate, so it is encrypted with the PII vault.
    """

    id = fields.BigIntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="notices", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=32)
    # One notice per event: a retried decision does not write a second one.
    dedup_key = fields.CharField(max_length=128, unique=True)
    title = fields.CharField(max_length=128)
    body_enc = fields.TextField()
    # How it reached the candidate: "dingtalk_user", "group", "hr_forward", "miniapp_only".
    channel = fields.CharField(max_length=24, default="")
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "candidate_notice"
        indexes = (Index(fields=("application_id", "created_at")),)
