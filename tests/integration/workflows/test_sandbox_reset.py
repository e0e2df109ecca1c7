"""重置并载入演示: DingHire's data emptied and the demo seeded once, only inside the sandbox."""

from __future__ import annotations

import pytest

from settings import DatabaseSettings, Mode, Settings
from tests.fakes import make_services
from tests.integration.workflows.factories import make_candidate
from workflows.applications.models import Application
from workflows.candidates.models import Candidate
from workflows.jobs.models import Job
from workflows.seed import demo_data
from workflows.seed.reset import SandboxOnlyError, reset_sandbox_data
from workflows.seed.service import seed_demo
from workflows.staff.models import Staff


async def _a_played_run(settings: Settings) -> Candidate:
    await seed_demo()
    candidate = await make_candidate()
    job = await Job.get(title=demo_data.JOBS[0]["title"])
    await Application.create(candidate=candidate, job=job)
    store = make_services(settings).store
    await store.put(f"resumes/{candidate.id}/cv.pdf", b"%PDF resume", owner=candidate.id)
    return candidate


async def test_reset_empties_the_data_and_seeds_the_demo_jobs_once(
    db: DatabaseSettings, settings: Settings
) -> None:
    assert settings.sandbox_origin is not None
    deps = make_services(settings)
    candidate = await _a_played_run(settings)

    # The store may also hold other tests' objects (one directory per session): all go.
    stored = len(await deps.store.keys())
    assert stored >= 1

    report = await reset_sandbox_data(deps)

    assert not await Candidate.exists(id=candidate.id)
    assert await Application.all().count() == 0
    assert await deps.store.keys() == []
    assert report.objects == stored and report.tables > 20
    titles = sorted(await Job.all().values_list("title", flat=True))
    assert titles == sorted(spec["title"] for spec in demo_data.JOBS)
    assert report.seeded.jobs == len(demo_data.JOBS)
    assert await Staff.all().count() == len(demo_data.STAFF)
    # A second playthrough starts from the same place.
    again = await _a_played_run(settings)
    await reset_sandbox_data(deps)
    assert not await Candidate.exists(id=again.id)
    assert await Job.all().count() == len(demo_data.JOBS)


@pytest.mark.parametrize("where", ["production", "real_dingtalk", "dingtalk_off"])
async def test_reset_refuses_outside_the_sandbox_and_touches_nothing(
    db: DatabaseSettings, settings: Settings, where: str
) -> None:
    dingtalk = settings.dingtalk
    if where == "production":
        changed = settings.model_copy(update={"mode": Mode.PRODUCTION})
    elif where == "real_dingtalk":
        real = {
            "api_endpoint": "https://api.dingtalk.com",
            "oapi_endpoint": "https://oapi.dingtalk.com",
        }
        changed = settings.model_copy(update={"dingtalk": dingtalk.model_copy(update=real)})
    else:
        changed = settings.model_copy(
            update={"dingtalk": dingtalk.model_copy(update={"enabled": False})}
        )
    assert changed.sandbox_origin is None
    candidate = await _a_played_run(settings)
    deps = make_services(changed)

    with pytest.raises(SandboxOnlyError) as refused:
        await reset_sandbox_data(deps)

    assert "生产环境不允许重置" in refused.value.user_message
    assert await Candidate.exists(id=candidate.id)
    assert len(await deps.store.keys()) == 1
