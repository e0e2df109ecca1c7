"""Analysis results per answer and versioned reports per application."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel


class AnalysisStatus:
    """Values of AnalysisResult.status."""

    OK = "ok"  # scored (some dimensions may still be "not assessed")
    NOT_ASSESSED = "not_assessed"  # nothing scoreable: silent, unusable or unreliable
    FAILED = "failed"


class AnalysisResult(TimestampedModel):
    """What the analysers found in one answer, for one analyser version."""

    id = fields.IntField(primary_key=True)
    answer: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Answer", related_name="results", on_delete=fields.CASCADE
    )
    analyser_version = fields.CharField(max_length=32)
    status = fields.CharField(max_length=16, default=AnalysisStatus.OK)
    engine = fields.CharField(max_length=64, default="")
    # The transcript is personal data: ciphertext only. Segments keep times and confidences.
    transcript_enc = fields.TextField(default="")
    segments = fields.JSONField[list[dict[str, Any]]](default=list)
    duration_s = fields.FloatField(null=True)
    audio_cues = fields.JSONField[dict[str, Any]](default=dict)
    vision_cues = fields.JSONField[dict[str, Any]](default=dict)
    dimension_scores = fields.JSONField[dict[str, Any]](default=dict)
    flags = fields.JSONField[list[str]](default=list)
    follow_up = fields.JSONField[dict[str, Any]](default=dict)
    error = fields.TextField(default="")

    class Meta:
        table = "analysis_result"
        # Exactly one result per answer and analyser version, however often a job retries.
        unique_together = (("answer", "analyser_version"),)


class Report(TimestampedModel):
    """An application's aggregated report; re-scoring adds a version, never overwrites."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="reports", on_delete=fields.CASCADE
    )
    version = fields.IntField(default=1)
    analyser_version = fields.CharField(max_length=32)
    overall_score = fields.FloatField(null=True)
    confidence = fields.FloatField(null=True)
    dimensions = fields.JSONField[list[dict[str, Any]]](default=list)
    # Each: {code, name, score, summary, evidence: [quotes]}.
    strengths = fields.JSONField[list[dict[str, Any]]](default=list)
    weaknesses = fields.JSONField[list[dict[str, Any]]](default=list)
    suggestions = fields.JSONField[list[str]](default=list)
    # Each: {code, name, reason}.
    not_assessed = fields.JSONField[list[dict[str, Any]]](default=list)
    flags = fields.JSONField[list[str]](default=list)
    flag_details = fields.JSONField[list[dict[str, Any]]](default=list)
    # The AnalysisResult ids this version was built from (makes rebuilding idempotent).
    result_ids = fields.JSONField[list[int]](default=list)
    is_current = fields.BooleanField(default=True)
    # The job's scoring configuration version (weights, pass line) this report was built with.
    scoring_config_version = fields.IntField(null=True)

    class Meta:
        table = "report"
        unique_together = (("application", "version"),)
        indexes = (Index(fields=("application_id", "is_current")),)


class LlmVerdict(TimestampedModel):
    """A cached LLM-judge verdict on one dimension of one answer text: the same input is never
    judged twice, so re-scoring gives the same score. Encrypted: the quotes are personal data."""

    id = fields.IntField(primary_key=True)
    # Keyed hash of (engine, model, prompt version, transcript hash, question/dimension).
    key_hash = fields.CharField(max_length=64, unique=True)
    engine = fields.CharField(max_length=32)
    model = fields.CharField(max_length=128)
    prompt_version = fields.CharField(max_length=32)
    dimension_code = fields.CharField(max_length=64)
    verdict_enc = fields.TextField()

    class Meta:
        table = "llm_verdict"
