"""Recalibration as a proposal: weights and pass line suggested from hires' outcomes, shown
against the current configuration with who would have advanced; applied only when the HR head
approves, as a new configuration version that reports built afterwards use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from analysis.outcomes import Scored, correlate, effect, propose
from workflows.actors import Actor
from workflows.errors import ConflictError, NotFoundError, PermissionDeniedError
from workflows.jobs.models import Dimension, Job
from workflows.outcomes import config as configs
from workflows.outcomes.access import require_fairness_access
from workflows.outcomes.cohort import OUTCOME_LABELS, Record, load_records
from workflows.outcomes.models import CalibrationProposal, ProposalStatus
from workflows.privacy.audit import record_access
from workflows.staff.models import Role, Staff

# The outcome the weights are fitted to, in order of preference.
MEASURES = ("performance", "probation", "retention")


@dataclass(frozen=True, slots=True)
class ProposalView:
    """A proposal as HR reads it."""

    id: int
    job_id: int
    status: str
    base_version: int
    current_weights: dict[str, float]
    proposed_weights: dict[str, float]
    current_pass_line: float
    proposed_pass_line: float
    evidence: dict[str, object]
    applied_version: int | None


def _view(p: CalibrationProposal, current: dict[str, float], line: float) -> ProposalView:
    return ProposalView(
        p.id,
        int(p.job_id),  # type: ignore[attr-defined]
        p.status.value,
        p.base_version,
        current,
        dict(p.weights),
        line,
        p.pass_line,
        dict(p.evidence),
        p.applied_version,
    )


async def _names(job: Job) -> dict[str, str]:
    """Dimension name -> code of the job's competency model."""
    dims = await Dimension.filter(competency_model_id=job.competency_model_id)  # type: ignore[attr-defined]
    return {d.name: d.code for d in dims}


def _scored(records: list[Record], names: dict[str, str]) -> list[Scored]:
    return [
        Scored(
            str(r.application_id),
            {names[n]: v for n, v in r.dimensions.items() if n in names},
        )
        for r in records
        if r.dimensions
    ]


async def propose_recalibration(job_id: int, actor: Actor) -> ProposalView:
    """Fit weights to the job's hires' outcomes and store the proposal (nothing is applied)."""
    await require_fairness_access(actor)
    job = await Job.get_or_none(id=job_id)
    if job is None:
        raise NotFoundError(f"job {job_id}", user_message=f"岗位 #{job_id} 不存在")
    current = await configs.current_config(job_id)
    names = await _names(job)
    records = [r for r in await load_records() if r.job_id == job_id]
    pool = _scored(records, names)
    by_key = {s.key: s for s in pool}
    measure = "performance"
    hires: list[tuple[Scored, float]] = []
    for candidate in MEASURES:
        measure = candidate
        hires = [
            (by_key[str(r.application_id)], float(v))
            for r in records
            if r.outcome is not None
            and (v := r.outcome.value(candidate)) is not None
            and str(r.application_id) in by_key
        ]
        if len(hires) >= 10:
            break
    proposal = propose(
        current.weights, current.pass_line, [h[0] for h in hires], [h[1] for h in hires], pool
    )
    change = effect(proposal, pool)
    code_names = {c: n for n, c in names.items()}
    correlations = {}
    for code in current.weights:
        pairs = [(s.dimensions[code], y) for s, y in hires if code in s.dimensions]
        c = correlate([p[0] for p in pairs], [p[1] for p in pairs])
        correlations[code_names.get(code, code)] = {
            "r": c.r,
            "n": c.n,
            "low": c.low,
            "high": c.high,
            "text": c.explain(code_names.get(code, code), OUTCOME_LABELS[measure]),
        }
    evidence: dict[str, object] = {
        "measure": OUTCOME_LABELS[measure],
        "n": proposal.n,
        "evidence_share": round(proposal.evidence_share, 3),
        "note": proposal.note,
        "correlations": correlations,
        "effect": {
            "advanced_both": len(change.advanced_both),
            "newly_advanced": [int(k) for k in change.newly_advanced],
            "no_longer_advanced": [int(k) for k in change.no_longer_advanced],
            "text": change.explain(),
        },
    }
    row = await CalibrationProposal.create(
        job_id=job_id,
        base_version=current.version,
        weights=proposal.proposed,
        pass_line=proposal.proposed_pass_line,
        evidence=evidence,
        created_by=str(actor),
    )
    await record_access(actor, "calibration.proposed", "job", job_id, proposal=row.id)
    return _view(row, dict(current.weights), current.pass_line)


async def _hr_head(actor: Actor) -> None:
    staff = await Staff.get_or_none(dingtalk_user_id=actor.id, is_active=True)
    if staff is None or not staff.has_role(Role.HR_HEAD):
        raise PermissionDeniedError(
            f"{actor} may not approve", user_message="只有 HR 负责人可以批准或驳回权重调整建议。"
        )


async def decide_proposal(proposal_id: int, actor: Actor, *, approve: bool) -> ProposalView:
    """Approve (a new configuration version; later reports use it) or reject a proposal."""
    await _hr_head(actor)
    row = await CalibrationProposal.get_or_none(id=proposal_id)
    if row is None:
        raise NotFoundError(f"proposal {proposal_id}", user_message="该调整建议不存在")
    if row.status is not ProposalStatus.PENDING:
        raise ConflictError("decided", user_message="该调整建议已处理过")
    current = await configs.current_config(int(row.job_id))  # type: ignore[attr-defined]
    if approve:
        if current.version != row.base_version:
            raise ConflictError(
                "stale", user_message="岗位配置在建议生成后已变更，请重新生成调整建议"
            )
        created = await configs.add_version(
            int(row.job_id),  # type: ignore[attr-defined]
            row.weights,
            row.pass_line,
            reason=f"HR 负责人批准调整建议 #{row.id}",
            approved_by=str(actor),
        )
        row.applied_version = created.version
    row.status = ProposalStatus.APPROVED if approve else ProposalStatus.REJECTED
    row.decided_by = str(actor)
    row.decided_at = datetime.now(UTC)
    await row.save()
    await record_access(
        actor,
        "calibration.approved" if approve else "calibration.rejected",
        "job",
        int(row.job_id),  # type: ignore[attr-defined]
        proposal=row.id,
    )
    return _view(row, dict(current.weights), current.pass_line)
