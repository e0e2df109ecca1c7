"""Request bodies of the console API (validated shapes; the use cases check the meaning)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from workflows.console.competency import DimensionForm, LevelForm, ModelForm
from workflows.console.jobs import JobForm
from workflows.console.questions import QuestionForm
from workflows.jobs.models import JobStatus, QuestionType


class JobIn(BaseModel):
    title: str = Field(max_length=128)
    department_id: int | None = None
    city: str = Field("", max_length=64)
    headcount: int = 1
    description: str = Field("", max_length=5000)
    requirements: dict[str, Any] = Field(default_factory=dict)
    owner_id: int | None = None
    hiring_manager_id: int | None = None
    competency_model_id: int | None = None
    question_set_id: int | None = None
    pass_line: float = 60.0
    auto_advance: bool = False
    auto_reject: bool = False
    offer_approvers: list[dict[str, Any]] = Field(default_factory=list, max_length=5)
    salary_band: dict[str, list[int]] = Field(default_factory=dict)
    invite_ttl_hours: int | None = None
    interview_closes_at: datetime | None = None
    status: JobStatus = JobStatus.OPEN

    def form(self) -> JobForm:
        """The use case's form."""
        return JobForm(**self.model_dump())


class LevelIn(BaseModel):
    level: int
    label: str = Field(max_length=32)
    indicators: list[str] = Field(default_factory=list, max_length=10)
    description: str = Field("", max_length=500)


class DimensionIn(BaseModel):
    code: str = Field(max_length=64)
    name: str = Field(max_length=64)
    weight: float
    description: str = Field("", max_length=500)
    levels: list[LevelIn] = Field(default_factory=list, max_length=5)


class ModelIn(BaseModel):
    name: str = Field(max_length=128)
    description: str = Field("", max_length=2000)
    requirements: dict[str, Any] = Field(default_factory=dict)
    dimensions: list[DimensionIn] = Field(default_factory=list, max_length=12)

    def form(self) -> ModelForm:
        """The use case's form."""
        return ModelForm(
            self.name,
            self.description,
            self.requirements,
            [
                DimensionForm(
                    d.code,
                    d.name,
                    d.weight,
                    d.description,
                    [
                        LevelForm(lv.level, lv.label, lv.indicators, lv.description)
                        for lv in d.levels
                    ],
                )
                for d in self.dimensions
            ],
        )


class CopyIn(BaseModel):
    name: str = Field(max_length=128)


class QuestionIn(BaseModel):
    type: QuestionType
    text: str = Field(max_length=1000)
    think_time_s: int = 30
    answer_time_s: int = 180
    retakes_allowed: int = 1
    difficulty: int = 2
    equivalence_group: str = Field("", max_length=64)
    dimension_codes: list[str] = Field(default_factory=list, max_length=6)
    exemplar_answers: list[str] = Field(default_factory=list, max_length=5)
    follow_up_templates: list[str] = Field(default_factory=list, max_length=5)

    def form(self) -> QuestionForm:
        """The use case's form."""
        return QuestionForm(**self.model_dump())


class SetIn(BaseModel):
    name: str = Field(max_length=128)
    description: str = Field("", max_length=2000)
    question_ids: list[int] = Field(max_length=20)


class BulkIn(BaseModel):
    action: str
    application_ids: list[int] = Field(max_length=200)
    reason: str = Field("", max_length=200)


class RolesIn(BaseModel):
    roles: list[str] = Field(max_length=5)
