"""Consent records and the audit trail of access to candidate data."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel


class ConsentKind(StrEnum):
    """What a candidate agreed to; face cues need their own consent."""

    RECORDING = "recording"
    PROCESSING = "processing"
    FACE_CUES = "face_cues"
    # Recruiting messages by e-mail / SMS; a refusal (granted=False) is an opt-out.
    CONTACT_EMAIL = "contact_email"
    CONTACT_SMS = "contact_sms"


class ConsentRecord(TimestampedModel):
    """One consent decision, kept even when later withdrawn."""

    id = fields.IntField(primary_key=True)
    candidate: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Candidate", related_name="consents", on_delete=fields.CASCADE
    )
    session_id = fields.IntField(null=True, db_index=True)
    kind = fields.CharEnumField(ConsentKind, max_length=16)
    granted = fields.BooleanField()
    policy_version = fields.CharField(max_length=16)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=255, default="")
    at = fields.DatetimeField()

    class Meta:
        table = "consent_record"


class AuditLog(TimestampedModel):
    """Who touched which personal data, when and why."""

    id = fields.BigIntField(primary_key=True)
    actor = fields.CharField(max_length=80)
    action = fields.CharField(max_length=64)
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.CharField(max_length=64)
    detail = fields.JSONField[dict[str, Any]](default=dict)
    at = fields.DatetimeField()

    class Meta:
        table = "audit_log"
        indexes = (
            Index(fields=("subject_type", "subject_id", "at")),
            Index(fields=("actor", "at")),
        )


class CandidateKey(TimestampedModel):
    """One candidate's data key, wrapped by the master key `kek_id`.

    Destroying it (erasure) makes every copy of that candidate's ciphertexts unreadable, backups
    included: the backups leave this table out (deploy/backup, docs/operations.md).
    """

    id = fields.IntField(primary_key=True)
    candidate_id = fields.IntField(unique=True)
    kek_id = fields.CharField(max_length=16)
    wrapped = fields.TextField(default="")
    destroyed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "candidate_key"
