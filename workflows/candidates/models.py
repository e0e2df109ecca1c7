"""Candidates (PII encrypted at rest, keyed hashes for duplicates) and their resumes."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from workflows.common.fields import TimestampedModel


class Candidate(TimestampedModel):
    """A person applying; contact data only as ciphertext plus keyed hashes."""

    id = fields.IntField(primary_key=True)
    name_enc = fields.TextField(default="")
    phone_enc = fields.TextField(default="")
    email_enc = fields.TextField(default="")
    # HMAC-SHA256 under the hash key; lets us find duplicates without storing plaintext.
    phone_hash = fields.CharField(max_length=64, null=True, db_index=True)
    email_hash = fields.CharField(max_length=64, null=True, db_index=True)
    identity_hash = fields.CharField(max_length=64, null=True, db_index=True)
    masked_phone = fields.CharField(max_length=32, default="")
    dingtalk_user_id = fields.CharField(max_length=64, null=True, db_index=True)
    dingtalk_union_id = fields.CharField(max_length=64, null=True, db_index=True)
    # Where to reach a candidate who is not in the org: the conversation the resume came from.
    source_conversation_id = fields.CharField(max_length=128, null=True)
    birth_year = fields.SmallIntField(null=True)
    years_experience = fields.FloatField(null=True)
    highest_degree = fields.CharField(max_length=16, default="")
    city = fields.CharField(max_length=64, default="")
    erased_at = fields.DatetimeField(null=True)
    # A resume that matched this older record but was not sent by HR nor by the record's own
    # person: kept apart (its contact data and DingTalk binding never touch the older record)
    # until HR merges it (`合并`). `duplicate_by` names the evidence (phone, email, ...).
    duplicate_of: fields.ForeignKeyNullableRelation[Candidate] = fields.ForeignKeyField(
        "models.Candidate",
        related_name="possible_duplicates",
        null=True,
        on_delete=fields.SET_NULL,
    )
    duplicate_by = fields.CharField(max_length=16, default="")

    resumes: fields.ReverseRelation[Resume]

    class Meta:
        table = "candidate"


class Resume(TimestampedModel):
    """One received resume file and what the parser made of it."""

    id = fields.IntField(primary_key=True)
    candidate: fields.ForeignKeyNullableRelation[Candidate] = fields.ForeignKeyField(
        "models.Candidate", related_name="resumes", null=True, on_delete=fields.CASCADE
    )
    storage_key = fields.CharField(max_length=255)
    file_name = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=64, default="")
    size_bytes = fields.BigIntField(default=0)
    sha256 = fields.CharField(max_length=64, db_index=True)
    # Encrypted JSON of the parsed fields: it is full of PII.
    parsed_enc = fields.TextField(default="")
    field_confidence = fields.JSONField[dict[str, float]](default=dict)
    parser_version = fields.CharField(max_length=32, default="")
    status = fields.CharField(max_length=16, default="parsed")
    error_code = fields.CharField(max_length=64, default="")
    source_channel = fields.CharField(max_length=32, default="dingtalk_bot")
    submitted_by = fields.CharField(max_length=80, default="")
    meta = fields.JSONField[dict[str, Any]](default=dict)

    class Meta:
        table = "resume"
