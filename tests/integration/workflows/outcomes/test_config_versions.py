"""An approved recalibration changes the weights only for reports built after it: older reports
keep the configuration version (and the score) they were built with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dinghire.bootstrap import build_vault
from dinghire.jobs import job_functions
from settings import DatabaseSettings, Settings
from tests.integration.analysis.factories import submitted_interview
from tests.unit.analysis.scoring.rubric import STRONG_INCIDENT, VAGUE_INCIDENT
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.assessments.reports import current_report
from workflows.background.names import JobName
from workflows.background.queue import InProcessJobQueue
from workflows.events import EventBus
from workflows.outcomes import config as configs
from workflows.outcomes.models import CalibrationProposal
from workflows.outcomes.recalibration import decide_proposal
from workflows.storage.local import LocalEncryptedStore

HEAD = Actor.staff("hr_lijing")


@pytest.fixture
def ctx(settings: Settings, tmp_path: Path) -> dict[str, Any]:
    """A job ctx like the worker's, with the in-process queue."""
    context: dict[str, Any] = {
        "settings": settings,
        "vault": build_vault(settings),
        "store": LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes()),
        "bus": EventBus(),
    }
    context["queue"] = InProcessJobQueue(job_functions(), context, max_tries=2)
    return context


async def _interview(ctx: dict[str, Any]) -> int:
    interview = await submitted_interview(ctx["vault"], [STRONG_INCIDENT, VAGUE_INCIDENT])
    for answer_id in interview.answer_ids:
        await ctx["queue"].enqueue(JobName.ANALYSE_ANSWER, answer_id, job_id=f"a:{answer_id}")
    await ctx["queue"].drain(60)
    return interview.application_id


async def test_approved_weights_apply_to_later_reports_only(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    first_id = await _interview(ctx)
    first = await current_report(first_id)
    assert first is not None and first.scoring_config_version == 1
    app = await Application.get(id=first_id)
    job_id = int(app.job_id)  # type: ignore[attr-defined]
    v1 = await configs.current_config(job_id)
    assessed = [d for d in first.dimensions if d["score"] is not None]
    assert len(assessed) >= 2
    # A proposal that puts all the weight on the first assessed dimension.
    heavy = assessed[0]["code"]
    weights = {code: (1.0 if code == heavy else 0.0) for code in v1.weights}
    proposal = await CalibrationProposal.create(
        job_id=job_id, base_version=1, weights=weights, pass_line=55.0, evidence={"n": 40}
    )
    await decide_proposal(proposal.id, HEAD, approve=True)

    second_id = await _interview(ctx)
    second = await current_report(second_id)
    assert second is not None and second.scoring_config_version == 2
    by_code = {d["code"]: d for d in second.dimensions}
    assert second.overall_score == pytest.approx(10 * by_code[heavy]["score"], abs=0.1)

    # The older report is untouched: same version, same score, same weights used.
    again = await current_report(first_id)
    assert again is not None and again.id == first.id
    assert again.scoring_config_version == 1 and again.overall_score == first.overall_score
    assert (await configs.config_version(job_id, 1)) is not None
