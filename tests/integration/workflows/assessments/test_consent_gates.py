"""Analysis does what the candidate agreed to: face cues only with this interview's face-cue
grant under the current policy text, and nothing at all once consent was taken back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dinghire.bootstrap import build_vault
from settings import DatabaseSettings, Settings
from tests.integration.analysis.factories import submitted_interview
from workflows.assessments.answers import load_answer_context
from workflows.assessments.jobs import analyse_answer_job
from workflows.assessments.models import AnalysisResult
from workflows.interviews.consent import POLICY_VERSION
from workflows.interviews.models import Answer, AnswerMode, InterviewSession, SessionStatus
from workflows.jobs.models import Job
from workflows.privacy.models import ConsentKind, ConsentRecord
from workflows.storage.local import LocalEncryptedStore


@pytest.fixture
def ctx(settings: Settings, tmp_path: Path) -> dict[str, Any]:
    return {
        "settings": settings,
        "vault": build_vault(settings),
        "store": LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes()),
        "job_try": 1,
    }


async def _grant(session_id: int, candidate_id: int, *, version: str = POLICY_VERSION) -> None:
    await ConsentRecord.create(
        candidate_id=candidate_id,
        session_id=session_id,
        kind=ConsentKind.FACE_CUES,
        granted=True,
        policy_version=version,
        at=datetime.now(UTC),
    )


async def _face_cues_job() -> None:
    await Job.filter(title="高级后端开发工程师").update(expression_cues_enabled=True)


async def test_face_cues_need_this_sessions_grant_under_the_current_policy(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    first = await submitted_interview(ctx["vault"], ["第一次面试的回答"])
    await _face_cues_job()
    session = await InterviewSession.get(id=first.session_id).prefetch_related("application")
    candidate_id = session.application.candidate_id
    await _grant(first.session_id, candidate_id)
    assert (await load_answer_context(first.answer_ids[0])).face_cues_allowed

    # The same candidate's next interview (a new slot): the earlier grant does not carry over.
    again = await InterviewSession.create(
        application_id=first.application_id,
        status=SessionStatus.SUBMITTED,
        plan=session.plan,
        answer_mode=session.answer_mode,
    )
    await Answer.filter(id=first.answer_ids[0]).update(session_id=again.id)
    assert not (await load_answer_context(first.answer_ids[0])).face_cues_allowed
    # ...nor does a grant in this session under an older consent text.
    await _grant(again.id, candidate_id, version="2026-11")
    assert not (await load_answer_context(first.answer_ids[0])).face_cues_allowed


@pytest.mark.parametrize("withdrawn", ["processing_consent", "recording_consent"])
async def test_an_answer_is_not_analysed_once_consent_was_taken_back(
    db: DatabaseSettings, ctx: dict[str, Any], withdrawn: str
) -> None:
    interview = await submitted_interview(
        ctx["vault"], [b"\x1aE\xdf\xa3 not analysed"], store=ctx["store"], mode=AnswerMode.VIDEO
    )
    await InterviewSession.filter(id=interview.session_id).update(**{withdrawn: False})

    outcome = await analyse_answer_job(ctx, interview.answer_ids[0])

    assert outcome == {"answer_id": interview.answer_ids[0], "skipped": "consent_withdrawn"}
    assert not await AnalysisResult.exists()
