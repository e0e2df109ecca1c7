"""Tables of the outcomes loop: what happened to hires, demographics (encrypted, fairness only),
scoring configuration versions, recalibration proposals, monthly reports and review requests."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index

from workflows.common.fields import TimestampedModel


class ProbationResult(StrEnum):
    """How a hire's probation ended."""

    PENDING = "pending"
    PASSED = "passed"
    EXTENDED = "extended"
    FAILED = "failed"


class HireOutcome(TimestampedModel):
    """What became of one hire: probation, tenure, leaving (one row per application)."""

    id = fields.IntField(primary_key=True)
    application: fields.OneToOneRelation[Any] = fields.OneToOneField(
        "models.Application", related_name="outcome", on_delete=fields.CASCADE
    )
    dingtalk_user_id = fields.CharField(max_length=64, null=True, db_index=True)
    hired_on = fields.DateField(null=True)
    probation = fields.CharEnumField(
        ProbationResult, max_length=16, default=ProbationResult.PENDING
    )
    regularised_on = fields.DateField(null=True)
    left_on = fields.DateField(null=True)
    # 主动 / 被动 / "" (unknown); the free-text reason is personal: encrypted.
    leaving_type = fields.CharField(max_length=16, default="")
    leaving_reason_enc = fields.TextField(default="")
    source = fields.CharField(max_length=16, default="excel")  # excel / dingtalk
    synced_at = fields.DatetimeField(null=True)

    ratings: fields.ReverseRelation[PerformanceRating]

    class Meta:
        table = "hire_outcome"


class PerformanceRating(TimestampedModel):
    """One performance rating of a hire for one period (e.g. 2026H1)."""

    id = fields.IntField(primary_key=True)
    outcome: fields.ForeignKeyRelation[HireOutcome] = fields.ForeignKeyField(
        "models.HireOutcome", related_name="ratings", on_delete=fields.CASCADE
    )
    period = fields.CharField(max_length=16)
    label = fields.CharField(max_length=8)  # as HR wrote it: S/A/B/C/D or 1..5
    value = fields.FloatField()  # on a 1..5 scale, 5 best

    class Meta:
        table = "performance_rating"
        unique_together = (("outcome", "period"),)


class DemographicProfile(TimestampedModel):
    """A candidate's gender, birth year, region and school tier: AES-GCM JSON, read only by the
    fairness analysis (HR head / admin, audited), never by scoring or ranking."""

    id = fields.IntField(primary_key=True)
    candidate: fields.OneToOneRelation[Any] = fields.OneToOneField(
        "models.Candidate", related_name="demographics", on_delete=fields.CASCADE
    )
    data_enc = fields.TextField(default="")
    source = fields.CharField(max_length=16, default="excel")  # excel / resume / dingtalk

    class Meta:
        table = "demographic_profile"


class ScoringConfig(TimestampedModel):
    """One version of a job's scoring configuration: dimension weights and pass line."""

    id = fields.IntField(primary_key=True)
    job: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Job", related_name="scoring_configs", on_delete=fields.CASCADE
    )
    version = fields.IntField()
    weights = fields.JSONField[dict[str, float]](default=dict)  # by dimension code
    pass_line = fields.FloatField()
    is_current = fields.BooleanField(default=True)
    reason = fields.CharField(max_length=255, default="")
    approved_by = fields.CharField(max_length=80, default="")

    class Meta:
        table = "scoring_config"
        unique_together = (("job", "version"),)
        indexes = (Index(fields=("job_id", "is_current")),)


class ProposalStatus(StrEnum):
    """Where a recalibration proposal stands."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class CalibrationProposal(TimestampedModel):
    """Suggested weights and pass line from outcomes; applied only when the HR head approves."""

    id = fields.IntField(primary_key=True)
    job: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Job", related_name="calibration_proposals", on_delete=fields.CASCADE
    )
    base_version = fields.IntField()
    weights = fields.JSONField[dict[str, float]](default=dict)
    pass_line = fields.FloatField()
    # n, evidence share, note, correlations, effect counts: what HR reads before deciding.
    evidence = fields.JSONField[dict[str, Any]](default=dict)
    status = fields.CharEnumField(ProposalStatus, max_length=16, default=ProposalStatus.PENDING)
    created_by = fields.CharField(max_length=80, default="")
    decided_by = fields.CharField(max_length=80, default="")
    decided_at = fields.DatetimeField(null=True)
    applied_version = fields.IntField(null=True)

    class Meta:
        table = "calibration_proposal"


class MonthlyReport(TimestampedModel):
    """The standing fairness, validity and drift report of one month (aggregates only)."""

    id = fields.IntField(primary_key=True)
    period = fields.CharField(max_length=7, unique=True)  # YYYY-MM
    body = fields.JSONField[dict[str, Any]](default=dict)
    alerts = fields.JSONField[list[str]](default=list)

    class Meta:
        table = "monthly_outcome_report"


class ReviewStatus(StrEnum):
    """A human review requested by a candidate."""

    OPEN = "open"
    DONE = "done"


class ReviewRequest(TimestampedModel):
    """A candidate's request for a human review of an automated assessment (PIPL Art. 24):
    an HR task until someone closes it."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Application", related_name="review_requests", on_delete=fields.CASCADE
    )
    report_version = fields.IntField(null=True)
    reason_enc = fields.TextField(default="")
    status = fields.CharEnumField(ReviewStatus, max_length=8, default=ReviewStatus.OPEN)
    assignee_user_id = fields.CharField(max_length=64, default="")
    resolution = fields.TextField(default="")
    closed_by = fields.CharField(max_length=80, default="")
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "review_request"
        indexes = (Index(fields=("status", "created_at")),)
