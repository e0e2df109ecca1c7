"""Dashboard figures on both databases: funnel from the stage history, time in stage (the SQL
of PostgreSQL and the walk of SQLite agree), sources, score histogram and the what-if."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.integration.workflows.console.support import hr
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.console.dashboard import dashboard, what_if
from workflows.jobs.models import Job

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


async def _app(job: Job, path: list[tuple[Stage, float]], overall: float | None) -> None:
    cand = await Candidate.create()
    app = await Application.create(
        candidate=cand, job=job, stage=path[-1][0], overall_score=overall
    )
    await Application.filter(id=app.id).update(created_at=T0)
    previous = Stage.RECEIVED
    for stage, hours in path:
        await StageHistory.create(
            application=app,
            from_stage=previous,
            to_stage=stage,
            actor="staff:hr",
            at=T0 + timedelta(hours=hours),
        )
        previous = stage


async def test_funnel_times_and_scores_of_one_job(db: Any) -> None:
    viewer = await hr()
    job = await Job.create(title="后端开发工程师", pass_line=65)
    await _app(job, [(Stage.SCREENED, 2)], None)
    await _app(job, [(Stage.SCREENED, 4), (Stage.INVITED, 10)], None)
    await _app(
        job,
        [(Stage.SCREENED, 6), (Stage.INVITED, 30), (Stage.INTERVIEWING, 31),
         (Stage.SUBMITTED, 32), (Stage.SCORED, 33)],
        72.4,
    )  # fmt: skip
    figures = await dashboard(viewer, job.id)
    assert [s.count for s in figures.funnel] == [3, 3, 2, 1, 1, 0, 0, 0]
    assert figures.funnel[2].rate == round(2 / 3, 4)
    times = {t.stage: t for t in figures.stage_times}
    # Received -> screened after 2, 4 and 6 hours; screened -> invited after 6 and 24.
    assert (times["received"].median_hours, times["received"].samples) == (4.0, 3)
    assert (times["screened"].median_hours, times["screened"].mean_hours) == (15.0, 15.0)
    assert figures.sources == {"钉钉机器人": 3}
    assert figures.overall_histogram[72] == 1
    assert what_if(figures.overall_histogram, 70) == 1
    assert what_if(figures.overall_histogram, 75) == 0
    assert figures.time_to_hire_days is None
