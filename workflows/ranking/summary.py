"""One candidate's report summary for chat (`报告`), audited."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.reports import current_report
from workflows.errors import NotFoundError
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.sealed_json import open_doc
from workflows.privacy.vault import PiiVault
from workflows.ranking.views import ReportFacts, display_name, report_facts


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What the `报告` reply shows; `facts` is None before an interview report exists."""

    application_id: int
    job_id: int
    job_title: str
    name: str
    masked_phone: str
    stage: Stage
    overall_score: float | None
    match_score: float | None
    rank_score: float | None
    recommendation: str
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    facts: ReportFacts | None
    version: int | None


async def report_summary(application_id: int, *, viewer: Actor, vault: PiiVault) -> ReportSummary:
    """The current report of an application, reduced for chat; the read is audited."""
    app = await Application.get_or_none(id=application_id).prefetch_related("candidate", "job")
    if app is None:
        raise NotFoundError(
            f"application {application_id}", user_message=f"找不到申请编号 #{application_id}"
        )
    report = await current_report(app.id)
    await record_access(
        viewer,
        "report.summary.viewed",
        "application",
        app.id,
        report_id=report.id if report else None,
    )
    explanation = await open_doc(vault, app.match_explanation, context=contexts.MATCH_EXPLANATION)
    await vault.unlock(app.candidate.id)
    return ReportSummary(
        application_id=app.id,
        job_id=app.job.id,
        job_title=app.job.title,
        name=display_name(vault, app.candidate.name_enc),
        masked_phone=app.candidate.masked_phone,
        stage=Stage(app.stage),
        overall_score=app.overall_score,
        match_score=app.match_score,
        rank_score=app.rank_score,
        recommendation=app.recommendation,
        matched=tuple(str(m) for m in explanation.get("matched", [])),
        missing=tuple(str(m) for m in explanation.get("missing", [])),
        facts=report_facts(report) if report else None,
        version=report.version if report else None,
    )
