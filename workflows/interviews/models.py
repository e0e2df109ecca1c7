"""Interview sessions and answers."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel


class SessionStatus(StrEnum):
    """Progress the candidate sees (未开始 / 进行中 / 已提交 / 评估中 / 已完成)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    EVALUATING = "evaluating"
    COMPLETED = "completed"


class AnswerMode(StrEnum):
    """How an answer was given."""

    VIDEO = "video"
    AUDIO = "audio"
    TEXT = "text"


class AnswerStatus(StrEnum):
    """Upload and analysis state of one answer."""

    PENDING = "pending"
    UPLOADING = "uploading"
    UPLOADED = "uploaded"
    ANALYSING = "analysing"
    ANALYSED = "analysed"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"


class InterviewSession(TimestampedModel):
    """One sitting of an interview: the drawn plan, consents and progress."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="sessions", on_delete=fields.CASCADE
    )
    invitation: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Invitation", related_name="sessions", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharEnumField(SessionStatus, max_length=16, default=SessionStatus.NOT_STARTED)
    # The drawn questions in order, frozen at start so a retry sees the same plan.
    plan = fields.JSONField[list[dict[str, Any]]](default=list)
    current_node = fields.SmallIntField(default=0)
    answer_mode = fields.CharEnumField(AnswerMode, max_length=8, default=AnswerMode.VIDEO)
    device_check = fields.JSONField[dict[str, Any]](default=dict)
    # Seeds the random draw of equivalent questions; derived from the application so a
    # retry (even under a new invitation) sees the same questions.
    plan_seed = fields.BigIntField(default=0)
    deadline_at = fields.DatetimeField(null=True)
    # Consent decisions in force (each decision is also a ConsentRecord row).
    consent_policy_version = fields.CharField(max_length=16, default="")
    recording_consent = fields.BooleanField(null=True)
    processing_consent = fields.BooleanField(null=True)
    face_cues_consent = fields.BooleanField(default=False)
    consented_at = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    submitted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "interview_session"
        indexes = (Index(fields=("application_id", "status")),)


class Answer(TimestampedModel):
    """The candidate's answer to one node of the plan."""

    id = fields.IntField(primary_key=True)
    session: fields.ForeignKeyRelation[InterviewSession] = fields.ForeignKeyField(
        "models.InterviewSession", related_name="answers", on_delete=fields.CASCADE
    )
    node_index = fields.SmallIntField()
    attempt = fields.SmallIntField(default=1)
    question: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Question", related_name="answers", null=True, on_delete=fields.SET_NULL
    )
    question_text = fields.TextField(default="")
    is_follow_up = fields.BooleanField(default=False)
    mode = fields.CharEnumField(AnswerMode, max_length=8)
    status = fields.CharEnumField(AnswerStatus, max_length=16, default=AnswerStatus.PENDING)
    text_enc = fields.TextField(default="")
    media_key = fields.CharField(max_length=255, default="")
    media_sha256 = fields.CharField(max_length=64, default="")
    media_bytes = fields.BigIntField(default=0)
    duration_s = fields.FloatField(null=True)
    question_shown_at = fields.DatetimeField(null=True)
    answer_started_at = fields.DatetimeField(null=True)
    answer_ended_at = fields.DatetimeField(null=True)
    # Server-side deadlines of this attempt; the server's clock is the one that counts.
    think_deadline_at = fields.DatetimeField(null=True)
    answer_deadline_at = fields.DatetimeField(null=True)
    # A retake replaces the attempt before it; only the newest attempt of a node counts.
    superseded = fields.BooleanField(default=False)
    # When the candidate read the transcript of this recorded attempt and confirmed it
    # (never edited: the words are the engine's); null when not confirmed.
    transcript_confirmed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "answer"
        unique_together = (("session", "node_index", "attempt"),)


class UploadStatus(StrEnum):
    """State of one resumable upload."""

    OPEN = "open"
    VALIDATING = "validating"
    COMPLETE = "complete"
    FAILED = "failed"
    ABORTED = "aborted"


class UploadSession(TimestampedModel):
    """A chunked, resumable upload of one answer attempt's recording.

    Chunks are stored sealed (envelope encryption) under `uploads/<id>/<index>` until the
    upload completes; `chunk_sha256` keeps each acknowledged chunk's checksum so a repeated
    chunk is acknowledged idempotently and the whole file's SHA-256 is checked at the end.
    """

    id = fields.CharField(max_length=32, primary_key=True)
    session: fields.ForeignKeyRelation[InterviewSession] = fields.ForeignKeyField(
        "models.InterviewSession", related_name="uploads", on_delete=fields.CASCADE
    )
    answer: fields.ForeignKeyRelation[Answer] = fields.ForeignKeyField(
        "models.Answer", related_name="uploads", on_delete=fields.CASCADE
    )
    node_index = fields.SmallIntField()
    attempt = fields.SmallIntField()
    mime_type = fields.CharField(max_length=64)
    total_bytes = fields.BigIntField()
    declared_duration_s = fields.FloatField(null=True)
    chunk_size = fields.IntField()
    received_bytes = fields.BigIntField(default=0)
    next_index = fields.IntField(default=0)
    chunk_sha256 = fields.JSONField[list[str]](default=list)
    status = fields.CharEnumField(UploadStatus, max_length=16, default=UploadStatus.OPEN)
    error_code = fields.CharField(max_length=64, default="")
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "upload_session"
        indexes = (Index(fields=("session_id", "node_index", "attempt")),)
