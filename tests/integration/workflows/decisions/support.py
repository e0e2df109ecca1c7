"""Builders for decision tests: scored applications with a stored report."""

from __future__ import annotations

from typing import Any

from analysis.reports import ReportDraft
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.reports import mark_scored, store_report
from workflows.candidates.models import Candidate
from workflows.events import EventBus
from workflows.jobs.models import Job
from workflows.privacy.vault import PiiVault

TO_SUBMITTED = (Stage.SCREENED, Stage.INVITED, Stage.INTERVIEWING, Stage.SUBMITTED)


def report_values(overall: float | None, **extra: Any) -> dict[str, Any]:
    """Report fields like build_report_job stores them."""
    dims = extra.pop(
        "dimensions",
        [
            {"code": "communication", "name": "沟通表达", "score": 8.4, "confidence": 0.8},
            {"code": "teamwork", "name": "团队协作", "score": 7.1, "confidence": 0.8},
            {"code": "problem_solving", "name": "问题解决", "score": 4.2, "confidence": 0.7},
            {"code": "learning", "name": "学习能力", "score": None, "confidence": 0.0},
        ],
    )
    values: dict[str, Any] = {
        "overall_score": overall,
        "confidence": 0.76,
        "dimensions": dims,
        "strengths": [{"code": "communication", "name": "沟通表达", "score": 8.4}],
        "weaknesses": [{"code": "problem_solving", "name": "问题解决", "score": 4.2}],
        "suggestions": ["「问题解决」得分偏低（4.2/10），下一轮建议重点追问：…"],
        "not_assessed": [
            {"code": "learning", "name": "学习能力", "reason": "没有考察该维度的题目"}
        ],
        "flags": ["multiple_faces", "noisy"],
        "flag_details": [
            {
                "flag": "multiple_faces",
                "label": "画面中出现多人",
                "kind": "integrity",
                "nodes": [1],
            },
            {"flag": "noisy", "label": "背景噪声较大", "kind": "quality", "nodes": [0, 2]},
        ],
    }
    values.update(extra)
    return values


async def make_candidate(
    vault: PiiVault,
    name: str,
    *,
    user_id: str | None = None,
    conversation_id: str | None = None,
) -> Candidate:
    """A candidate with an encrypted name and the channels given."""
    return await Candidate.create(
        name_enc=vault.encrypt(name, context="candidate.name"),
        masked_phone="139****0000",
        dingtalk_user_id=user_id,
        source_conversation_id=conversation_id,
    )


async def submitted_application(
    bus: EventBus, vault: PiiVault, job: Job, name: str, **channels: str | None
) -> Application:
    """An application walked through the stage table to `submitted`."""
    cand = await make_candidate(vault, name, **channels)
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("test"), bus=bus
    )
    for stage in TO_SUBMITTED:
        await applications.transition(
            app.id, stage, actor=Actor.system("test"), reason="测试准备", bus=bus
        )
    return app


async def score(bus: EventBus, application_id: int, overall: float | None, **extra: Any) -> None:
    """Store a report and move the application to `scored` (publishes the stage event)."""
    await store_report(
        application_id, "test/v1", ReportDraft(**report_values(overall, **extra)), []
    )
    assert await mark_scored(application_id, bus)


async def scored_application(
    bus: EventBus,
    vault: PiiVault,
    job: Job,
    name: str,
    overall: float | None,
    **channels: str | None,
) -> Application:
    """An application at `scored` with a current report."""
    app = await submitted_application(bus, vault, job, name, **channels)
    await score(bus, app.id, overall)
    return await Application.get(id=app.id)
