"""Applications (candidate x job) and their stage history."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.applications.stages import Stage
from workflows.common.fields import TimestampedModel


class Application(TimestampedModel):
    """A candidate applying for one job; its stage only changes through the transition table."""

    id = fields.IntField(primary_key=True)
    candidate: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Candidate", related_name="applications", on_delete=fields.CASCADE
    )
    job: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Job", related_name="applications", on_delete=fields.CASCADE
    )
    resume: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Resume", related_name="applications", null=True, on_delete=fields.SET_NULL
    )
    stage = fields.CharEnumField(Stage, max_length=24, default=Stage.RECEIVED)
    stage_changed_at = fields.DatetimeField(auto_now_add=True)
    source_channel = fields.CharField(max_length=32, default="dingtalk_bot")
    match_score = fields.FloatField(null=True)
    match_explanation = fields.JSONField[dict[str, Any]](default=dict)
    overall_score = fields.FloatField(null=True)
    # The ranking key: interview score weighted with the resume match (see workflows.ranking);
    # stored so a job's ranking is one index range scan even with 100k applications.
    rank_score = fields.FloatField(null=True)
    recommendation = fields.CharField(max_length=16, default="")
    hr_card_track_id = fields.CharField(max_length=96, null=True)

    history: fields.ReverseRelation[StageHistory]

    class Meta:
        table = "application"
        unique_together = (("candidate", "job"),)
        # Ranking pages and pipeline counts per job are the hot queries.
        indexes = (
            Index(fields=("job_id", "stage")),
            Index(fields=("job_id", "overall_score")),
            Index(fields=("job_id", "match_score")),
            Index(fields=("job_id", "rank_score", "id")),
            Index(fields=("stage", "stage_changed_at")),
        )


class StageHistory(TimestampedModel):
    """One recorded stage change: from, to, who, why, when."""

    id = fields.BigIntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="history", on_delete=fields.CASCADE
    )
    from_stage = fields.CharEnumField(Stage, max_length=24, null=True)
    to_stage = fields.CharEnumField(Stage, max_length=24)
    actor = fields.CharField(max_length=80)
    reason = fields.TextField(default="")
    at = fields.DatetimeField()

    class Meta:
        table = "stage_history"
        indexes = (Index(fields=("application_id", "at")),)
