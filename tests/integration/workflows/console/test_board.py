"""The board on both databases: totals per column, ranking order (keyed first, then the
newest unkeyed), filters, and bulk actions refused outside the job or the role."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes import make_services
from tests.integration.workflows.console.support import hr, member
from tests.integration.workflows.spreadsheets.support import make_vault
from workflows.applications.models import Application
from workflows.applications.rank_score import rank_score
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.console.access import console_viewer
from workflows.console.board import BoardFilters, board, bulk_action
from workflows.errors import PermissionDeniedError
from workflows.jobs.models import Job
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault


async def _app(
    job: Job, vault: PiiVault, name: str, stage: Stage, overall: float | None, match: float | None
) -> Application:
    cand = await Candidate.create(name_enc=vault.encrypt(name, context=contexts.CANDIDATE_NAME))
    return await Application.create(
        candidate=cand,
        job=job,
        stage=stage,
        overall_score=overall,
        match_score=match,
        rank_score=rank_score(overall, match),
    )


async def test_columns_rank_keyed_first_and_filters_narrow_them(db: Any, settings: Any) -> None:
    viewer = await hr()
    vault = make_vault()
    job = await Job.create(title="后端开发工程师")
    await _app(job, vault, "甲", Stage.SCREENED, None, 60)
    await _app(job, vault, "乙", Stage.SCREENED, None, 90)
    await _app(job, vault, "丙", Stage.RECEIVED, None, None)
    await _app(job, vault, "丁", Stage.SCORED, 82, 70)
    await _app(job, vault, "戊", Stage.SCORED, 58, 95)
    page = await board(viewer, job.id, BoardFilters(), vault=vault)
    columns = {c.key: c for c in page.columns}
    assert [c.name for c in columns["new"].cards] == ["乙", "甲", "丙"]
    assert columns["new"].total == 3
    assert [c.name for c in columns["scored"].cards] == ["丁", "戊"]
    narrowed = await board(viewer, job.id, BoardFilters(min_overall=80), vault=vault)
    assert {c.key: c.total for c in narrowed.columns if c.total} == {"scored": 1}
    later = await board(viewer, job.id, BoardFilters(column="new"), vault=vault, page=2)
    assert [(c.key, c.total, c.cards) for c in later.columns] == [("new", 3, [])]


async def test_bulk_actions_stay_inside_the_job_and_the_role(db: Any, settings: Any) -> None:
    viewer = await hr()
    vault = make_vault()
    deps = make_services(settings, vault=vault)
    job = await Job.create(title="后端开发工程师")
    other = await Job.create(title="销售代表")
    mine = await _app(job, vault, "甲", Stage.SCORED, 80, 70)
    theirs = await _app(other, vault, "乙", Stage.SCORED, 80, 70)
    outcome = await bulk_action(viewer, job.id, "advance", [mine.id, theirs.id], deps=deps)
    assert outcome.done == 1
    assert outcome.failed == [(theirs.id, "不属于该岗位的申请")]
    assert (await Application.get(id=theirs.id)).stage == Stage.SCORED
    manager = console_viewer(await member("mgr_b", "陈刚", ["manager"]))
    await Job.filter(id=job.id).update(hiring_manager_id=manager.staff_id)
    with pytest.raises(PermissionDeniedError):
        await bulk_action(manager, job.id, "reject", [mine.id], deps=deps)
