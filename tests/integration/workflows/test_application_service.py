"""Application use cases on SQLite and PostgreSQL: the full walk, history, events, refusals."""

from __future__ import annotations

import itertools

import pytest

from settings import DatabaseSettings
from tests.integration.workflows.factories import make_candidate, make_job
from workflows.actors import Actor
from workflows.applications import service
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import HAPPY_PATH, TRANSITIONS, Stage
from workflows.errors import ConflictError, IllegalTransitionError, NotFoundError
from workflows.events import ApplicationStageChanged, EventBus

HR = Actor.staff("hr_wangfang")


class Captured:
    def __init__(self, bus: EventBus) -> None:
        self.events: list[ApplicationStageChanged] = []
        bus.subscribe(ApplicationStageChanged, self._on)

    async def _on(self, event: ApplicationStageChanged) -> None:
        self.events.append(event)


async def test_application_walks_every_stage_of_the_main_path_with_history(
    db: DatabaseSettings,
) -> None:
    bus = EventBus()
    seen = Captured(bus)
    job, cand = await make_job(), await make_candidate()
    app, created = await service.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("intake"), bus=bus
    )
    assert created
    for step, (prev, nxt) in enumerate(itertools.pairwise(HAPPY_PATH)):
        change = await service.transition(
            app.id, nxt, actor=HR, reason=f"第{step + 1}步", bus=bus, expected_from=prev
        )
        assert (change.from_stage, change.to_stage) == (prev, nxt)

    rows = await service.history(app.id)
    assert [(r.from_stage, r.to_stage) for r in rows] == [
        (None, Stage.RECEIVED),
        *itertools.pairwise(HAPPY_PATH),
    ]
    assert rows[0].actor == "system:intake"
    assert all(r.actor == "staff:hr_wangfang" for r in rows[1:])
    assert [r.reason for r in rows[1:]] == [f"第{i + 1}步" for i in range(len(HAPPY_PATH) - 1)]
    assert all(a.at <= b.at for a, b in itertools.pairwise(rows))
    assert (await Application.get(id=app.id)).stage is Stage.HIRED
    assert [e.to_stage for e in seen.events] == [s.value for s in HAPPY_PATH]
    assert {e.job_id for e in seen.events} == {job.id}


async def test_side_paths_expire_and_reinvite_then_withdraw(db: DatabaseSettings) -> None:
    bus = EventBus()
    job, cand = await make_job(), await make_candidate()
    app, _ = await service.open_application(candidate_id=cand.id, job_id=job.id, actor=HR, bus=bus)
    for stage in (Stage.SCREENED, Stage.INVITED, Stage.EXPIRED, Stage.INVITED, Stage.WITHDRAWN):
        await service.transition(app.id, stage, actor=HR, reason="", bus=bus)
    assert len(await service.history(app.id)) == 6


@pytest.mark.parametrize(
    "target", [s for s in Stage if s not in TRANSITIONS[Stage.RECEIVED]], ids=str
)
async def test_illegal_transition_raises_and_writes_nothing(
    db: DatabaseSettings, target: Stage
) -> None:
    bus = EventBus()
    seen = Captured(bus)
    job, cand = await make_job(), await make_candidate()
    app, _ = await service.open_application(candidate_id=cand.id, job_id=job.id, actor=HR, bus=bus)
    with pytest.raises(IllegalTransitionError):
        await service.transition(app.id, target, actor=HR, reason="x", bus=bus)
    assert (await Application.get(id=app.id)).stage is Stage.RECEIVED
    assert await StageHistory.filter(application_id=app.id).count() == 1
    assert len(seen.events) == 1


async def test_opening_the_same_application_twice_returns_the_first(db: DatabaseSettings) -> None:
    bus = EventBus()
    job, cand = await make_job(), await make_candidate()
    first, made1 = await service.open_application(
        candidate_id=cand.id, job_id=job.id, actor=HR, bus=bus
    )
    second, made2 = await service.open_application(
        candidate_id=cand.id, job_id=job.id, actor=HR, bus=bus
    )
    assert (made1, made2) == (True, False)
    assert first.id == second.id
    assert await Application.filter(job_id=job.id).count() == 1


async def test_stale_expected_stage_is_a_conflict(db: DatabaseSettings) -> None:
    bus = EventBus()
    job, cand = await make_job(), await make_candidate()
    app, _ = await service.open_application(candidate_id=cand.id, job_id=job.id, actor=HR, bus=bus)
    await service.transition(app.id, Stage.SCREENED, actor=HR, reason="", bus=bus)
    with pytest.raises(ConflictError):
        await service.transition(
            app.id, Stage.REJECTED, actor=HR, reason="", bus=bus, expected_from=Stage.RECEIVED
        )


async def test_unknown_application_is_not_found(db: DatabaseSettings) -> None:
    with pytest.raises(NotFoundError):
        await service.transition(999_999, Stage.SCREENED, actor=HR, reason="", bus=EventBus())


async def test_failing_subscriber_does_not_undo_the_change(db: DatabaseSettings) -> None:
    bus = EventBus()

    async def broken(event: ApplicationStageChanged) -> None:
        raise RuntimeError("notify failed")

    bus.subscribe(ApplicationStageChanged, broken)
    job, cand = await make_job(), await make_candidate()
    app, _ = await service.open_application(candidate_id=cand.id, job_id=job.id, actor=HR, bus=bus)
    await service.transition(app.id, Stage.SCREENED, actor=HR, reason="", bus=bus)
    assert (await Application.get(id=app.id)).stage is Stage.SCREENED
    assert len(bus.failures) == 2
