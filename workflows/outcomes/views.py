"""What the console shows of the outcomes loop, as JSON-ready dicts: the monthly reports, the
live validity figures, recalibration proposals and the review tasks (HR head / admin)."""

from __future__ import annotations

from typing import Any

from workflows.actors import Actor
from workflows.errors import NotFoundError
from workflows.outcomes import config as configs
from workflows.outcomes.access import may_see_fairness, require_fairness_access
from workflows.outcomes.explain import open_reviews
from workflows.outcomes.models import CalibrationProposal, MonthlyReport
from workflows.outcomes.serialise import validity_json
from workflows.outcomes.validity import validity_report
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault


async def monthly_periods(actor: Actor) -> list[dict[str, Any]]:
    """Every stored month, newest first, with its alert count."""
    await require_fairness_access(actor)
    rows = await MonthlyReport.all().order_by("-period")
    return [{"period": r.period, "alerts": len(r.alerts)} for r in rows]


async def monthly_body(actor: Actor, period: str | None = None) -> dict[str, Any]:
    """One month's report (the newest when `period` is None); the read is audited."""
    await require_fairness_access(actor)
    query = MonthlyReport.filter(period=period) if period else MonthlyReport.all()
    row = await query.order_by("-period").first()
    if row is None:
        raise NotFoundError("no monthly report", user_message="还没有公平性月报（每月 1 日生成）")
    await record_access(actor, "outcomes.monthly_read", "fairness", row.period)
    return {"period": row.period, "alerts": list(row.alerts), **row.body}


async def live_validity(actor: Actor) -> dict[str, Any]:
    """The validity figures over all data as of now."""
    return validity_json(await validity_report(actor))


def proposal_json(p: CalibrationProposal, current: dict[str, float], line: float) -> dict[str, Any]:
    """A proposal beside the current configuration."""
    return {
        "id": p.id,
        "job_id": int(p.job_id),  # type: ignore[attr-defined]
        "status": p.status.value,
        "base_version": p.base_version,
        "current_weights": current,
        "proposed_weights": dict(p.weights),
        "current_pass_line": line,
        "proposed_pass_line": p.pass_line,
        "evidence": dict(p.evidence),
        "applied_version": p.applied_version,
        "created_at": p.created_at.isoformat(),
    }


async def proposals(actor: Actor, job_id: int) -> dict[str, Any]:
    """The job's configuration versions and its proposals, newest first."""
    await require_fairness_access(actor)
    current = await configs.current_config(job_id)
    rows = await CalibrationProposal.filter(job_id=job_id).order_by("-id")
    return {
        "current": {
            "version": current.version,
            "weights": dict(current.weights),
            "pass_line": current.pass_line,
        },
        "versions": [
            {
                "version": c.version,
                "weights": dict(c.weights),
                "pass_line": c.pass_line,
                "reason": c.reason,
            }
            for c in await configs.history(job_id)
        ],
        "proposals": [proposal_json(p, dict(current.weights), current.pass_line) for p in rows],
    }


async def review_tasks(actor: Actor, vault: PiiVault) -> list[dict[str, Any]]:
    """Open review requests with the candidate's reason: all of them for the HR head and
    admins, one's own for the HR they are assigned to (audited)."""
    rows = await open_reviews()
    if not await may_see_fairness(actor):
        rows = [r for r in rows if r.assignee_user_id == actor.id]
    await record_access(actor, "review.list", "fairness", "reviews", count=len(rows))
    return [
        {
            "id": r.id,
            "application_id": int(r.application_id),  # type: ignore[attr-defined]
            "report_version": r.report_version,
            "reason": vault.decrypt(r.reason_enc, context=contexts.REVIEW_REASON),
            "assignee": r.assignee_user_id,
            "created_at": r.created_at.isoformat(),
        }
        for r in rows
    ]
