"""Validity, fairness and recalibration on a stored cohort with known truth: the valid dimension
shows in the correlations, the planted adverse impact is flagged and the clean attributes are
not, and a proposal changes nothing until the HR head approves it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.integration.workflows.outcomes.support import store_cohort
from tests.integration.workflows.spreadsheets.support import make_vault
from workflows.actors import Actor
from workflows.errors import PermissionDeniedError
from workflows.jobs.models import Job
from workflows.outcomes import config as configs
from workflows.outcomes.fairness import fairness_report
from workflows.outcomes.models import ProposalStatus
from workflows.outcomes.recalibration import decide_proposal, propose_recalibration
from workflows.outcomes.validity import validity_report
from workflows.privacy.models import AuditLog

HEAD = Actor.staff("hr_lijing")
HR = Actor.staff("hr_wangfang")


async def test_validity_and_fairness_on_the_stored_cohort(db: Any) -> None:
    vault = make_vault()
    await store_cohort(vault, n=400)
    report = await validity_report(HEAD)
    rows = {(r.predictor, r.outcome): r for r in report.rows if r.family.startswith("后端")}
    valid = rows[("问题解决", "绩效")].correlation
    null = rows[("沟通表达", "绩效")].correlation
    # Hires are selected on the composite: the corrected figure and its interval hold 0.4.
    assert valid.corrected_r is not None and valid.low is not None and valid.high is not None
    assert valid.low <= 0.4 <= valid.high and valid.low > 0
    assert null.low is not None and null.high is not None and null.low < 0.15 < valid.low
    # Selected on all dimensions at once: the multivariate correction, so the null one is ~0.
    assert valid.correction == null.correction == "lawley"
    assert null.low <= 0.0 <= null.high
    assert "全距限制校正" in rows[("问题解决", "绩效")].explanation
    with pytest.raises(PermissionDeniedError):
        await validity_report(HR)

    fairness = await fairness_report(
        vault=vault, actor=HEAD, since=datetime(2026, 11, 1, tzinfo=UTC)
    )
    assert fairness.applications == 400 and fairness.with_demographics == 400
    section = next(s for s in fairness.sections if s.decision == "面试评估")
    tables = {t.attribute: t for t in section.tables}
    assert [r.category for r in tables["gender"].adverse] == ["女"]
    # Clean attributes: no significant impact (a ratio may dip under 0.8 by chance: "watch").
    for clean in ("age_band", "region", "school_tier"):
        assert not tables[clean].adverse, tables[clean]
    assert any("性别「女」" in line and "低于五分之四" in line for line in fairness.alerts())
    audit = await AuditLog.filter(action="demographics.read", actor=str(HEAD)).count()
    assert audit == 1


async def test_proposal_applies_only_after_the_hr_head_approves(db: Any) -> None:
    vault = make_vault()
    job, _, _ = await store_cohort(vault, n=300)
    before = await configs.current_config(job.id)
    proposal = await propose_recalibration(job.id, HEAD)
    assert proposal.status == ProposalStatus.PENDING.value
    assert proposal.proposed_weights["problem_solving"] > proposal.current_weights[
        "problem_solving"
    ] / sum(proposal.current_weights.values())
    assert proposal.evidence["measure"] == "绩效"
    effect = proposal.evidence["effect"]
    assert isinstance(effect, dict) and "将不再通过" in str(effect["text"])
    assert (await configs.current_config(job.id)).version == before.version  # nothing applied

    with pytest.raises(PermissionDeniedError):
        await decide_proposal(proposal.id, HR, approve=True)
    approved = await decide_proposal(proposal.id, HEAD, approve=True)
    assert approved.status == "approved" and approved.applied_version == before.version + 1
    now = await configs.current_config(job.id)
    assert now.version == before.version + 1 and now.weights == proposal.proposed_weights
    assert (await Job.get(id=job.id)).pass_line == proposal.proposed_pass_line
    assert [c.version for c in await configs.history(job.id)] == [2, 1]
