"""The pass line at work: recommendations per job, the automatic policy, one-tap confirmation."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.assessments.reports import current_report
from workflows.candidates.models import Candidate
from workflows.decisions.policy import (
    Decision,
    JobPolicy,
    automatic_decision,
    automatic_reason,
)
from workflows.decisions.policy import recommendation as policy_recommendation
from workflows.decisions.service import DecisionBatch, decide
from workflows.errors import NotFoundError
from workflows.jobs.models import Job
from workflows.messaging.notify import candidate_name
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.services import Services

POLICY_ACTOR = Actor.system("pass_line")


@dataclass(frozen=True, slots=True)
class ScoredOutcome:
    """An application that reached `scored`: its report, recommendation and any auto decision."""

    application: Application
    job: Job
    report: Report | None
    recommendation: str
    automatic: DecisionBatch | None


async def apply_scored_policy(application_id: int, deps: Services) -> ScoredOutcome:
    """Store the recommendation; auto-advance / auto-reject only where the job enabled it."""
    app = await Application.get_or_none(id=application_id)
    if app is None:
        raise NotFoundError(
            f"application {application_id} not found", user_message="找不到这份申请"
        )
    job = await Job.get(id=app.job_id)  # type: ignore[attr-defined]
    report = await current_report(application_id)
    score = (
        app.overall_score
        if app.overall_score is not None
        else (report.overall_score if report else None)
    )
    rec = policy_recommendation(score, job.pass_line)
    if app.recommendation != rec:
        await Application.filter(id=app.id).update(recommendation=rec)
    automatic: DecisionBatch | None = None
    if Stage(app.stage) is Stage.SCORED and score is not None:
        policy = JobPolicy(job.pass_line, job.auto_advance, job.auto_reject)
        choice = automatic_decision(score, policy)
        if choice is not None:
            automatic = await decide(
                [app.id],
                choice,
                actor=POLICY_ACTOR,
                reason=automatic_reason(choice, score, job.pass_line),
                deps=deps,
                update_card=False,
            )
    app = await Application.get(id=app.id)
    return ScoredOutcome(app, job, report, rec, automatic)


@dataclass(frozen=True, slots=True)
class RecommendationRow:
    """A scored application with what the pass line recommends for it."""

    application_id: int
    name: str
    overall_score: float | None
    recommendation: str


async def recommendations_for_job(
    job_id: int, *, viewer: Actor, vault: PiiVault
) -> list[RecommendationRow]:
    """Every application of the job still at `scored`, best score first, with its recommendation."""
    job = await Job.get(id=job_id)
    apps = await Application.filter(job_id=job_id, stage=Stage.SCORED).order_by("id")
    cands = {
        c.id: c
        for c in await Candidate.filter(id__in=[a.candidate_id for a in apps])  # type: ignore[attr-defined]
    }
    await record_access(viewer, "job.recommendations.listed", "job", job_id, count=len(apps))
    rows = [
        RecommendationRow(
            a.id,
            await candidate_name(cands[a.candidate_id], vault) or "未识别姓名",  # type: ignore[attr-defined]
            a.overall_score,
            policy_recommendation(a.overall_score, job.pass_line),
        )
        for a in apps
    ]
    # Highest score first; unscored last (they have no recommendation and wait for HR).
    return sorted(
        rows, key=lambda r: (r.overall_score is None, -(r.overall_score or 0.0), r.application_id)
    )


def encode_plan(rows: list[RecommendationRow]) -> str:
    """`12:advance,13:reject`: what a 一键确认 button will apply (rows without a recommendation
    are left to HR)."""
    return ",".join(f"{r.application_id}:{r.recommendation}" for r in rows if r.recommendation)


def decode_plan(text: str) -> list[tuple[int, Decision]]:
    """Inverse of encode_plan; malformed parts are ignored."""
    out: list[tuple[int, Decision]] = []
    for part in text.split(","):
        app_id, _, rec = part.partition(":")
        if app_id.strip().isdigit() and rec in (Decision.ADVANCE, Decision.REJECT):
            out.append((int(app_id), Decision(rec)))
    return out


@dataclass(frozen=True, slots=True)
class ConfirmResult:
    """What 一键确认 changed, and what it skipped because things moved since the list was made."""

    advanced: DecisionBatch
    rejected: DecisionBatch
    skipped: tuple[tuple[int, str], ...]


async def confirm_recommendations(
    job_id: int, plan: list[tuple[int, Decision]], *, actor: Actor, deps: Services
) -> ConfirmResult:
    """Apply a listed set of recommendations, re-checking each application at click time."""
    job = await Job.get(id=job_id)
    apps = {a.id: a for a in await Application.filter(id__in=[i for i, _ in plan], job_id=job_id)}
    go: dict[Decision, list[int]] = {Decision.ADVANCE: [], Decision.REJECT: []}
    skipped: list[tuple[int, str]] = []
    for app_id, planned in plan:
        app = apps.get(app_id)
        if app is None:
            skipped.append((app_id, f"不属于岗位 #{job_id}"))
        elif Stage(app.stage) is not Stage.SCORED:
            skipped.append((app_id, "状态已变化（不再是「已评分」），未处理"))
        elif policy_recommendation(app.overall_score, job.pass_line) != planned:
            skipped.append((app_id, f"及格线已改为 {job.pass_line:g}，建议已变化，未处理"))
        else:
            go[planned].append(app_id)
    reason = f"HR 一键确认及格线建议（及格线 {job.pass_line:g}）"
    advanced = await decide(
        go[Decision.ADVANCE], Decision.ADVANCE, actor=actor, reason=reason, deps=deps
    )
    rejected = await decide(
        go[Decision.REJECT], Decision.REJECT, actor=actor, reason=reason, deps=deps
    )
    return ConfirmResult(advanced, rejected, tuple(skipped))
