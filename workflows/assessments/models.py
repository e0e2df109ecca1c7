"""Analysis results per answer and versioned reports per application."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from workflows.common.fields import TimestampedModel


class AnalysisResult(TimestampedModel):
    """What the analysers found in one answer, for one analyser version."""

    id = fields.IntField(primary_key=True)
    answer: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Answer", related_name="results", on_delete=fields.CASCADE
    )
    analyser_version = fields.CharField(max_length=32)
    status = fields.CharField(max_length=16, default="ok")
    transcript_enc = fields.TextField(default="")
    segments = fields.JSONField[list[dict[str, Any]]](default=list)
    audio_cues = fields.JSONField[dict[str, Any]](default=dict)
    vision_cues = fields.JSONField[dict[str, Any]](default=dict)
    dimension_scores = fields.JSONField[dict[str, Any]](default=dict)
    flags = fields.JSONField[list[str]](default=list)
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
    strengths = fields.JSONField[list[str]](default=list)
    weaknesses = fields.JSONField[list[str]](default=list)
    suggestions = fields.JSONField[list[str]](default=list)
    not_assessed = fields.JSONField[list[str]](default=list)
    flags = fields.JSONField[list[str]](default=list)
    is_current = fields.BooleanField(default=True)

    class Meta:
        table = "report"
        unique_together = (("application", "version"),)
