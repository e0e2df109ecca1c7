"""The candidate's look at the transcript of a recorded answer: real speech uploaded, the real
analysis job transcribes it, the page reads (only its own) transcript, confirms or retakes."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from dinghire.bootstrap import Container
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock, Flow, World, invite
from tests.support import SHARED_DATA
from workflows.assessments.jobs import analyse_answer_job
from workflows.assessments.models import AnalysisResult
from workflows.interviews.models import Answer, InterviewSession
from workflows.jobs.models import Job
from workflows.privacy.models import AuditLog

SPEECH = SHARED_DATA / "speech_zh" / "asr_example_zh.wav"  # 欢迎大家来体验达摩院推出的语音识别模型


def _speech_webm(out: Path) -> bytes:
    """Real Mandarin over a test picture, as the page records it (VP8 + Opus WebM)."""
    if not SPEECH.is_file():
        pytest.fail(f"reference speech missing: {SPEECH} (../shared/data must be present)")
    args = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15"]
    args += ["-i", str(SPEECH), "-shortest", "-c:v", "libvpx", "-c:a", "libopus", str(out)]
    subprocess.run(args, check=True, timeout=120)
    return out.read_bytes()


def _silent_webm(out: Path) -> bytes:
    """Three seconds of a quiet room (faint hiss) with a picture: nothing is said."""
    args = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15"]
    args += ["-f", "lavfi", "-i", "anoisesrc=amplitude=0.002:color=pink", "-t", "3"]
    subprocess.run([*args, "-c:v", "libvpx", "-c:a", "libopus", str(out)], check=True, timeout=60)
    return out.read_bytes()


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return _speech_webm(tmp_path_factory.mktemp("media") / "speech.webm")


def _job_ctx(container: Container, settings: Settings) -> dict[str, Any]:
    """The worker's ctx for the real analysis job (its model stays loaded across calls)."""
    return {
        "settings": settings,
        "vault": container.vault,
        "store": container.store,
        "bus": container.bus,
        "queue": container.queue,
        "job_try": 1,
    }


async def _answered(flow: Flow, data: bytes, *, attempt: int = 1) -> int:
    if attempt == 1:
        assert (await flow.consent()).status_code == 200
        assert (await flow.start(0)).status_code == 200
    done = await flow.upload(0, data, attempt=attempt)
    assert done.status_code == 200, done.text
    return int(done.json()["answer_id"])


async def _transcript(flow: Flow, attempt: int | None = None) -> Any:
    query = f"?attempt={attempt}" if attempt is not None else ""
    return await flow.call("GET", f"/api/v1/interview/nodes/0/transcript{query}")


async def test_the_candidate_reads_confirms_and_the_read_is_audited_once(
    flow: Flow, speech: bytes, container: Container, api_settings: Settings
) -> None:
    answer_id = await _answered(flow, speech)
    pending = await _transcript(flow, 1)
    assert pending.status_code == 200, pending.text
    body = pending.json()
    assert (body["status"], body["parts"], body["confirmed"]) == ("pending", [], False)
    assert body["retake"] == {"allowed": True, "retakes_left": 1, "reason": ""}
    early = await flow.call(
        "POST", "/api/v1/interview/nodes/0/transcript/confirm", json={"attempt": 1}
    )
    assert early.status_code == 409 and "还没有生成" in early.json()["error"]["message"]

    await analyse_answer_job(_job_ctx(container, api_settings), answer_id)
    ready = (await _transcript(flow, 1)).json()
    assert ready["status"] == "ready"
    text = "".join(p["text"] for p in ready["parts"])
    assert "语音识别" in text and "欢迎大家" in text, text
    assert all(isinstance(p["low_confidence"], bool) for p in ready["parts"])
    await _transcript(flow, 1)  # the page polls: one audit entry, not one per poll
    audits = await AuditLog.filter(action="transcript.viewed", subject_id=str(answer_id))
    assert len(audits) == 1 and audits[0].actor.startswith("candidate:")
    assert text not in str(audits[0].detail)

    confirm = await flow.call(
        "POST", "/api/v1/interview/nodes/0/transcript/confirm", json={"attempt": 1}
    )
    assert confirm.status_code == 200 and confirm.json()["confirmed"] is True
    first = (await Answer.get(id=answer_id)).transcript_confirmed_at
    assert first is not None
    again = await flow.call(
        "POST", "/api/v1/interview/nodes/0/transcript/confirm", json={"attempt": 1}
    )
    assert again.status_code == 200
    assert (await Answer.get(id=answer_id)).transcript_confirmed_at == first


async def test_another_session_cannot_read_this_answer(
    flow: Flow, speech: bytes, client: Any, api_settings: Settings, world: World
) -> None:
    await _answered(flow, speech)
    other_world = await invite(api_settings, await Job.get(id=world.job_id), name="李雷")
    other = Flow(client)
    await other.login(other_world.invite_token)
    assert (await other.consent()).status_code == 200
    refused = await other.call("GET", "/api/v1/interview/nodes/0/transcript")
    assert refused.status_code == 404
    assert refused.json()["error"]["message"] == "这道题还没有作答"
    anonymous = await client.get("/api/v1/interview/nodes/0/transcript")
    assert anonymous.status_code == 401


async def test_a_retake_replaces_the_answer_until_no_retake_is_left(
    flow: Flow, speech: bytes, container: Container, api_settings: Settings
) -> None:
    first_id = await _answered(flow, speech)
    retake = await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    assert retake.status_code == 200 and retake.json()["attempt"] == 2
    stale = await _transcript(flow, 1)
    assert stale.status_code == 409
    assert stale.json()["error"]["message"] == "这次作答已被重新作答替代"
    # The replaced attempt is not transcribed: only the final answer counts.
    out = await analyse_answer_job(_job_ctx(container, api_settings), first_id)
    assert out == {"answer_id": first_id, "skipped": "superseded"}
    assert not await AnalysisResult.exists(answer_id=first_id)

    second_id = await _answered(flow, speech, attempt=2)
    body = (await _transcript(flow, 2)).json()
    assert body["attempt"] == 2 and body["status"] == "pending"
    assert body["retake"] == {"allowed": False, "retakes_left": 0, "reason": "本题的重答机会已用完"}
    refused = await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    assert refused.status_code == 409
    assert refused.json()["error"]["message"] == "本题的重答机会已用完"
    assert second_id != first_id


async def test_no_retake_when_the_interview_closes_before_a_new_attempt_could_end(
    flow: Flow, speech: bytes, clock: FakeClock, world: World
) -> None:
    await _answered(flow, speech)
    session = await InterviewSession.get()
    assert session.deadline_at is not None
    # 30 s to think and 60 s to answer no longer fit before the interview's deadline.
    clock.now = session.deadline_at - timedelta(seconds=80)
    await flow.login(world.invite_token)  # the page's session token has expired meanwhile
    body = (await _transcript(flow, 1)).json()
    assert body["retake"]["allowed"] is False
    assert body["retake"]["reason"] == "距面试截止时间已不足一次完整作答，不能重新作答"
    refused = await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    assert refused.status_code == 409 and "截止时间" in refused.json()["error"]["message"]


async def test_a_silent_recording_says_nothing_was_recognised(
    flow: Flow, container: Container, api_settings: Settings, tmp_path: Path
) -> None:
    answer_id = await _answered(flow, _silent_webm(tmp_path / "silent.webm"))
    await analyse_answer_job(_job_ctx(container, api_settings), answer_id)
    body = (await _transcript(flow, 1)).json()
    assert body["status"] == "empty" and body["parts"] == []
    assert body["message"].startswith("没有识别到语音")
    confirm = await flow.call(
        "POST", "/api/v1/interview/nodes/0/transcript/confirm", json={"attempt": 1}
    )
    assert confirm.status_code == 409


async def test_text_answers_have_no_transcript_to_check(flow: Flow) -> None:
    await flow.consent(recording=False)
    await flow.start(0)
    saved = await flow.call(
        "POST", "/api/v1/interview/nodes/0/text-answer", json={"text": "我做过五年后端开发。"}
    )
    assert saved.status_code == 200
    refused = await _transcript(flow)
    assert refused.status_code == 409
    assert refused.json()["error"]["message"] == "文字作答无需核对转写"
