"""Jobs, competency models with rubric levels, and the question bank."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields

from workflows.common.fields import TimestampedModel


class JobStatus(StrEnum):
    """Whether a job takes applications."""

    DRAFT = "draft"
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"


class QuestionType(StrEnum):
    """Kinds of interview question."""

    SELF_INTRODUCTION = "self_introduction"
    BEHAVIOURAL = "behavioural"
    SITUATIONAL = "situational"
    TECHNICAL = "technical"
    VALUES = "values"


class CompetencyModel(TimestampedModel):
    """What a role needs: weighted dimensions plus resume requirements."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128, unique=True)
    description = fields.TextField(default="")
    # Resume requirements used by matching: skills, degree, majors, years, industry, city, salary.
    requirements = fields.JSONField[dict[str, Any]](default=dict)

    dimensions: fields.ReverseRelation[Dimension]

    class Meta:
        table = "competency_model"


class Dimension(TimestampedModel):
    """One assessed competency, e.g. 沟通表达, with a weight inside its model."""

    id = fields.IntField(primary_key=True)
    competency_model: fields.ForeignKeyRelation[CompetencyModel] = fields.ForeignKeyField(
        "models.CompetencyModel", related_name="dimensions", on_delete=fields.CASCADE
    )
    code = fields.CharField(max_length=64)
    name = fields.CharField(max_length=64)
    description = fields.TextField(default="")
    weight = fields.FloatField(default=1.0)

    levels: fields.ReverseRelation[RubricLevel]

    class Meta:
        table = "dimension"
        unique_together = (("competency_model", "code"),)


class RubricLevel(TimestampedModel):
    """A behaviourally anchored level of a dimension (e.g. 1-5) with indicator phrases."""

    id = fields.IntField(primary_key=True)
    dimension: fields.ForeignKeyRelation[Dimension] = fields.ForeignKeyField(
        "models.Dimension", related_name="levels", on_delete=fields.CASCADE
    )
    level = fields.SmallIntField()
    label = fields.CharField(max_length=32)
    description = fields.TextField(default="")
    indicators = fields.JSONField[list[str]](default=list)

    class Meta:
        table = "rubric_level"
        unique_together = (("dimension", "level"),)


class QuestionSet(TimestampedModel):
    """An ordered interview plan made of question-bank items."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128, unique=True)
    description = fields.TextField(default="")

    items: fields.ReverseRelation[QuestionSetItem]

    class Meta:
        table = "question_set"


class Question(TimestampedModel):
    """One question-bank item."""

    id = fields.IntField(primary_key=True)
    type = fields.CharEnumField(QuestionType, max_length=32)
    text = fields.TextField()
    think_time_s = fields.IntField(default=30)
    answer_time_s = fields.IntField(default=180)
    retakes_allowed = fields.SmallIntField(default=1)
    difficulty = fields.SmallIntField(default=2)
    # Questions sharing a group are interchangeable; one is drawn per interview.
    equivalence_group = fields.CharField(max_length=64, default="", db_index=True)
    dimension_codes = fields.JSONField[list[str]](default=list)
    exemplar_answers = fields.JSONField[list[str]](default=list)
    follow_up_templates = fields.JSONField[list[str]](default=list)
    allow_follow_up = fields.BooleanField(default=False)

    class Meta:
        table = "question"


class QuestionSetItem(TimestampedModel):
    """A node of a question set: a fixed question or a draw from an equivalence group."""

    id = fields.IntField(primary_key=True)
    question_set: fields.ForeignKeyRelation[QuestionSet] = fields.ForeignKeyField(
        "models.QuestionSet", related_name="items", on_delete=fields.CASCADE
    )
    position = fields.SmallIntField()
    question: fields.ForeignKeyRelation[Question] = fields.ForeignKeyField(
        "models.Question", related_name="set_items", on_delete=fields.RESTRICT
    )

    class Meta:
        table = "question_set_item"
        unique_together = (("question_set", "position"),)


class Job(TimestampedModel):
    """An open position with its competency model, question set and salary band."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=128)
    department: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Department", related_name="jobs", null=True, on_delete=fields.SET_NULL
    )
    owner: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Staff", related_name="owned_jobs", null=True, on_delete=fields.SET_NULL
    )
    hiring_manager: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Staff", related_name="managed_jobs", null=True, on_delete=fields.SET_NULL
    )
    headcount = fields.IntField(default=1)
    status = fields.CharEnumField(JobStatus, max_length=16, default=JobStatus.OPEN, db_index=True)
    city = fields.CharField(max_length=64, default="")
    description = fields.TextField(default="")
    competency_model: fields.ForeignKeyNullableRelation[CompetencyModel] = fields.ForeignKeyField(
        "models.CompetencyModel", related_name="jobs", null=True, on_delete=fields.SET_NULL
    )
    question_set: fields.ForeignKeyNullableRelation[QuestionSet] = fields.ForeignKeyField(
        "models.QuestionSet", related_name="jobs", null=True, on_delete=fields.SET_NULL
    )
    pass_line = fields.FloatField(default=60.0)
    auto_advance = fields.BooleanField(default=False)
    auto_reject = fields.BooleanField(default=False)
    expression_cues_enabled = fields.BooleanField(default=False)
    # Decision messages to candidates may add a short improvement note drawn from the report.
    feedback_improvement_note = fields.BooleanField(default=False)
    # Offer approvers; empty means the default chain (hiring manager, then the HR head).
    # Each step: {"user_ids": [...], "mode": "AND" (会签) | "OR" (或签) | "NONE"}.
    offer_approvers = fields.JSONField[list[dict[str, Any]]](default=list)
    # Monthly CNY bands by level, e.g. {"初级": [8000, 12000], "中级": [12000, 18000]}.
    salary_band = fields.JSONField[dict[str, list[int]]](default=dict)
    # The job's own resume requirements for matching (same keys as the competency model's);
    # empty means the competency model's requirements apply.
    requirements = fields.JSONField[dict[str, Any]](default=dict)
    # Interview window: how long an invitation stays open (None: the global default), and the
    # last moment any interview of this job may be taken (None: no closing date).
    invite_ttl_hours = fields.IntField(null=True)
    interview_closes_at = fields.DatetimeField(null=True)

    class Meta:
        table = "job"

    def matching_requirements(self) -> dict[str, Any]:
        """The requirements matching uses: the job's own, else its competency model's."""
        if self.requirements:
            return self.requirements
        model = self.competency_model
        return dict(model.requirements) if model is not None else {}
