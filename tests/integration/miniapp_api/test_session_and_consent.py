"""Signing in with the invite link, consent gating and the text-only path."""

from __future__ import annotations

from datetime import timedelta

import httpx

from dinghire.bootstrap import Container
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock, Flow, JobLog, World, invite, make_job
from workflows.interviews.models import Answer, AnswerMode, AnswerStatus, InterviewSession
from workflows.privacy.models import ConsentKind, ConsentRecord


async def test_invite_link_signs_in_and_shows_the_job(
    client: httpx.AsyncClient, world: World
) -> None:
    body = await Flow(client).login(world.invite_token)
    assert body["candidate"]["display_name"] == "陈晨"
    assert body["job"]["title"] == "后端开发工程师"
    assert body["status"] == "not_started"
    assert body["consent"]["policy_version"] == "2026-12"
    assert body["consent"]["face_cues_available"] is False
    assert isinstance(body["server_now_ms"], int)


async def test_expired_invite_token_is_refused_in_chinese(
    client: httpx.AsyncClient, world: World, clock: FakeClock
) -> None:
    clock.advance(timedelta(days=4).total_seconds())
    response = await client.post(
        "/api/v1/interview/session", json={"invite_token": world.invite_token}
    )
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "邀请链接已过期，请联系 HR 重新发送"
    assert await InterviewSession.all().count() == 0


async def test_tampered_invite_token_is_refused(client: httpx.AsyncClient, world: World) -> None:
    payload, mac = world.invite_token.split(".")
    forged = payload[:-1] + ("A" if payload[-1] != "A" else "B") + "." + mac
    response = await client.post("/api/v1/interview/session", json={"invite_token": forged})
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "邀请链接无效"


async def test_calls_without_a_session_token_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/interview/plan")
    assert response.status_code == 401
    assert "邀请链接" in response.json()["error"]["message"]


async def test_nothing_can_be_answered_before_consent(flow: Flow) -> None:
    response = await flow.start(0)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "consent_required"
    assert await Answer.all().count() == 0


async def test_declining_processing_is_recorded_and_blocks_the_interview(flow: Flow) -> None:
    response = await flow.consent(recording=True, processing=False)
    assert response.status_code == 403
    assert "同意" in response.json()["error"]["message"]
    rows = await ConsentRecord.all().order_by("kind")
    assert {(r.kind, r.granted) for r in rows} == {
        (ConsentKind.PROCESSING, False),
        (ConsentKind.RECORDING, True),
    }
    assert (await flow.start(0)).status_code == 403


async def test_consent_rows_carry_policy_version_ip_and_user_agent(
    flow: Flow, world: World
) -> None:
    assert (await flow.consent()).json() == {"mode": "video"}
    rows = await ConsentRecord.filter(candidate_id=world.candidate_id)
    assert {r.kind for r in rows} == {ConsentKind.RECORDING, ConsentKind.PROCESSING}
    for row in rows:
        assert row.granted and row.policy_version == "2026-12"
        assert row.ip == "127.0.0.1" and row.user_agent == "test-agent"
        assert row.session_id is not None


async def test_declining_recording_gives_the_text_only_path(
    flow: Flow, jobs: JobLog, container: Container
) -> None:
    assert (await flow.consent(recording=False)).json() == {"mode": "text"}
    assert (await flow.start(0)).status_code == 200
    refused = await flow.open_upload(0, 1, 1000)
    assert refused.status_code == 403
    assert "文字作答" in refused.json()["error"]["message"]
    answered = await flow.call(
        "POST",
        "/api/v1/interview/nodes/0/text-answer",
        json={"text": "我叫陈晨，做了两年后端开发。"},
    )
    assert answered.status_code == 200, answered.text
    answer = await Answer.get(id=answered.json()["answer_id"])
    assert (answer.mode, answer.status) == (AnswerMode.TEXT, AnswerStatus.UPLOADED)
    assert "陈晨" not in answer.text_enc  # stored encrypted
    await container.drain_jobs(10)
    assert jobs.analysed == [answer.id]


async def test_face_cue_consent_is_only_offered_when_the_job_enables_it(
    client: httpx.AsyncClient, api_settings: Settings
) -> None:
    plain = await invite(api_settings, await make_job(title="销售顾问"))
    cues = await invite(api_settings, await make_job(title="客服专员", expression_cues=True))
    page = Flow(client)
    assert (await page.login(plain.invite_token))["consent"]["face_cues_available"] is False
    await page.consent(face=True)
    assert not await ConsentRecord.filter(
        candidate_id=plain.candidate_id, kind=ConsentKind.FACE_CUES
    ).exists()
    body = await page.login(cues.invite_token)
    assert body["consent"]["face_cues_available"] is True and body["consent"]["face_cues_text"]
    await page.consent(face=False)
    row = await ConsentRecord.get(candidate_id=cues.candidate_id, kind=ConsentKind.FACE_CUES)
    assert row.granted is False
    session = await InterviewSession.get(application_id=cues.application_id)
    assert session.face_cues_consent is False


async def test_device_check_is_stored_on_the_session(flow: Flow) -> None:
    await flow.consent()
    report = {
        "camera": {"ok": True, "width": 640, "height": 480, "label": "FaceTime"},
        "microphone": {"ok": True, "peak_level": 0.001, "label": "Mic"},
        "mode_choice": "video",
        "user_agent": "DingTalk/7.0",
    }
    response = await flow.call("POST", "/api/v1/interview/device-check", json=report)
    body = response.json()
    assert body["ok"] is False and body["mode"] == "video"
    assert any("麦克风" in p for p in body["problems"])
    session = await InterviewSession.get()
    assert session.device_check["camera"]["width"] == 640
    assert session.device_check["user_agent"] == "DingTalk/7.0"
