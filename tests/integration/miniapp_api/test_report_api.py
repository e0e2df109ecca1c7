"""The HR report over HTTP: sign-in with a report link, who may see it, what it holds, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from dinghire.bootstrap import Container
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock
from tests.integration.miniapp_api.report_factory import (
    EVIDENCE_AT,
    NAME,
    BuiltReport,
    build_report,
    staff,
)
from workflows.applications.models import Application
from workflows.assessments.models import Report
from workflows.interviews.tokens import TokenError, TokenExpiredError
from workflows.links import report_url, sign_report_token, verify_report_token
from workflows.privacy.audit import trail
from workflows.staff.models import Staff
from workflows.staff.web_session import sign_web_session, verify_web_session

MEDIA = bytes(range(256)) * 64


@pytest.fixture
async def built(container: Container) -> BuiltReport:
    """A stored report of the seeded backend job."""
    return await build_report(container.vault, container.store, MEDIA)


def _token(settings: Settings, application_id: int, staff_id: int) -> str:
    url = report_url(settings, application_id, staff_id=staff_id)
    assert urlsplit(url).path == f"/r/{application_id}"
    return parse_qs(urlsplit(url).query)["t"][0]


async def _sign_in_with_link(
    client: httpx.AsyncClient, settings: Settings, application_id: int, member: Staff
) -> httpx.Response:
    token = _token(settings, application_id, member.id)
    return await client.post("/api/hr/session", json={"report_token": token})


async def _report(client: httpx.AsyncClient, application_id: int) -> dict[str, Any]:
    response = await client.get(f"/api/hr/reports/{application_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_staff_report_link_signs_in_that_member_for_that_report_only(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    hr = await staff("hr001", "王芳", ["hr"])
    signed = await _sign_in_with_link(client, api_settings, built.application_id, hr)
    assert signed.status_code == 200, signed.text
    assert signed.json()["staff"]["name"] == "王芳"
    assert signed.json()["application_id"] == built.application_id
    cookie = signed.headers["set-cookie"]
    assert "dinghire_hr=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()

    view = await _report(client, built.application_id)
    assert view["candidate"]["name"] == NAME
    assert view["viewer"] == {"name": "王芳", "scoped": True}

    # The same session cannot open another application's report.
    other = await Application.create(candidate_id=built.candidate_id, job_id=await _other_job())
    refused = await client.get(f"/api/hr/reports/{other.id}")
    assert refused.status_code == 403
    assert "仅能查看链接对应的报告" in refused.json()["error"]["message"]

    entries = await trail("application", built.application_id)
    viewed = [e for e in entries if e.action == "report.viewed"]
    assert [(e.actor, e.detail["via"]) for e in viewed] == [("staff:hr001", "report_link")]
    assert viewed[0].detail["version"] == 1 and "李明" not in str(viewed[0].detail)
    sign_ins = await trail("staff", hr.id)
    assert [e.detail["via"] for e in sign_ins if e.action == "hr.sign_in"] == ["report_link"]


async def _other_job() -> int:
    from workflows.jobs.models import Job

    job = await Job.create(title="测试岗位")
    return job.id


async def test_a_link_for_any_hr_still_needs_dingtalk_and_a_forged_one_is_refused(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    anyone = _token(api_settings, built.application_id, 0)
    response = await client.post("/api/hr/session", json={"report_token": anyone})
    assert response.status_code == 403
    assert "需要在钉钉中打开" in response.json()["error"]["message"]

    hr = await staff("hr001", "王芳", ["hr"])
    token = _token(api_settings, built.application_id, hr.id)
    payload, mac = token.split(".")
    forged = f"{payload}.{'A' * len(mac)}"
    response = await client.post("/api/hr/session", json={"report_token": forged})
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "报告链接无效，请在钉钉中重新打开"


async def test_without_signing_in_the_report_says_so_in_chinese(
    client: httpx.AsyncClient, built: BuiltReport
) -> None:
    response = await client.get(f"/api/hr/reports/{built.application_id}")
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "尚未登录，请在钉钉中打开报告链接"
    media = await client.get(f"/api/hr/answers/{built.media_answer_id}/media")
    assert media.status_code == 401


async def test_staff_who_are_neither_hr_nor_the_hiring_manager_are_refused_and_audited(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    employee = await staff("emp001", "张伟", [])
    assert (
        await _sign_in_with_link(client, api_settings, built.application_id, employee)
    ).is_success
    response = await client.get(f"/api/hr/reports/{built.application_id}")
    assert response.status_code == 403
    assert "仅 HR 与该岗位的用人经理可以查看" in response.json()["error"]["message"]
    media = await client.get(f"/api/hr/answers/{built.media_answer_id}/media")
    assert media.status_code == 403
    actions = [(e.actor, e.action) for e in await trail("application", built.application_id)]
    assert ("staff:emp001", "report.view.denied") in actions
    assert ("staff:emp001", "answer.media.denied") in actions
    assert not any(a == "report.viewed" for _, a in actions)


async def test_the_jobs_hiring_manager_may_view_but_another_manager_may_not(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    from workflows.jobs.models import Job

    manager = await staff("mgr001", "李强", ["manager"])
    await Job.filter(id=built.job_id).update(hiring_manager_id=manager.id)
    assert (
        await _sign_in_with_link(client, api_settings, built.application_id, manager)
    ).is_success
    assert (await _report(client, built.application_id))["job"]["title"] == "高级后端开发工程师"

    await Job.filter(id=built.job_id).update(hiring_manager_id=None)
    response = await client.get(f"/api/hr/reports/{built.application_id}")
    assert response.status_code == 403


async def test_the_view_holds_dimensions_with_timed_evidence_not_assessed_flags_and_resume(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    hr = await staff("hr001", "王芳", ["hr"])
    await _sign_in_with_link(client, api_settings, built.application_id, hr)
    view = await _report(client, built.application_id)
    report = await Report.get(id=built.report_id)

    assert view["overall"]["score"] == report.overall_score is not None
    assert 0 < view["overall"]["confidence"] <= 1
    dims = {d["code"]: d for d in view["dimensions"]}
    assert set(dims) == {
        "backend_expertise",
        "problem_solving",
        "teamwork",
        "communication",
        "learning",
    }
    solving = dims["problem_solving"]
    assert solving["assessed"] and solving["score"] == 7.5 and solving["weight"] == 0.25
    [quote] = solving["evidence"]
    assert quote["text"] == "我先查看监控，定位到数据库连接池被耗尽。"
    assert (quote["start"], quote["time_label"], quote["has_media"]) == (EVIDENCE_AT, "00:03", True)
    assert quote["answer_id"] == built.media_answer_id and quote["question_number"] == 2
    backend = dims["backend_expertise"]
    assert backend["score"] is not None and len(backend["evidence"]) == 2
    assert not dims["teamwork"]["assessed"]
    assert "没有考察该维度" in dims["teamwork"]["not_assessed_reason"]
    assert "回答未涉及学习经历" in dims["learning"]["not_assessed_reason"]
    assert {n["code"] for n in view["not_assessed"]} == {"teamwork", "learning"}
    assert any("下一轮建议补充考察" in s for s in view["suggestions"])

    flags = {f["flag"]: f for f in view["flags"]}
    assert flags["looking_away"]["kind"] == "integrity"
    assert flags["looking_away"]["explanation"].startswith("视线频繁偏离屏幕（第2题）")
    assert flags["noisy"]["kind"] == "quality" and "不计入评分" in flags["noisy"]["explanation"]

    answers = view["answers"]
    assert [a["number"] for a in answers] == [1, 2, 3]
    recorded = answers[1]
    assert recorded["has_media"] and recorded["media_kind"] == "video"
    assert [s["time_label"] for s in recorded["segments"]] == ["00:00", "00:03", "00:05"]
    assert recorded["transcript"].startswith("去年双十一")
    assert answers[0]["transcript"].startswith("我叫李明") and answers[0]["segments"] == []
    # Which engine transcribed each recorded answer, and whether the candidate confirmed it.
    assert recorded["asr_engine_label"] == "Whisper-base（离线）"
    assert recorded["transcript_confirmed"] is True
    assert recorded["transcript_check_label"] == "候选人已核对并确认转写文字"
    assert (answers[0]["asr_engine_label"], answers[0]["transcript_confirmed"]) == ("", False)

    resume = view["candidate"]["resume"]
    assert (resume["degree"], resume["years"], resume["school"]) == ("硕士", 6.0, "浙江大学")
    assert (resume["last_employer"], resume["last_title"]) == ("云栖电商", "高级后端工程师")
    assert resume["skills"] == ["Java", "MySQL", "Redis", "Kafka"]
    assert view["match"]["score"] == 82.5 and "缺少加分技能 Kubernetes" in view["match"]["missing"]
    assert view["report"]["version"] == 1
    assert view["recommendation"]["label"] in ("建议进入下一轮", "建议淘汰")


async def test_an_application_without_a_report_says_not_generated_yet(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    hr = await staff("hr001", "王芳", ["admin"])
    pending = await Application.create(candidate_id=built.candidate_id, job_id=await _other_job())
    await _sign_in_with_link(client, api_settings, pending.id, hr)
    response = await client.get(f"/api/hr/reports/{pending.id}")
    assert response.status_code == 404
    assert response.json()["error"] == {"code": "report_not_ready", "message": "尚未生成报告"}


async def test_the_page_is_served_at_the_report_link_path(
    client: httpx.AsyncClient, built: BuiltReport
) -> None:
    page = await client.get(f"/r/{built.application_id}?t=anything")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/report/report.js" in page.text
    assert page.headers["cache-control"] == "no-store"


def test_a_report_link_token_cannot_pass_as_a_web_session() -> None:
    secret, now = b"k" * 32, datetime.now(UTC)
    link = sign_report_token(1, 7, now + timedelta(days=1), secret)
    with pytest.raises(TokenError):
        verify_web_session(link, secret, now)
    session = sign_web_session(7, now + timedelta(hours=1), secret, application_id=3)
    claims = verify_web_session(session, secret, now)
    assert (claims.staff_id, claims.application_id) == (7, 3)
    with pytest.raises(TokenExpiredError):
        verify_web_session(session, secret, now + timedelta(hours=2))


async def test_a_link_session_expires_after_two_hours(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport, clock: FakeClock
) -> None:
    hr = await staff("hr001", "王芳", ["hr"])
    await _sign_in_with_link(client, api_settings, built.application_id, hr)
    clock.advance(2 * 3600 - 60)
    assert (await client.get(f"/api/hr/reports/{built.application_id}")).status_code == 200
    clock.advance(120)
    response = await client.get(f"/api/hr/reports/{built.application_id}")
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "登录已过期，请在钉钉中重新打开报告"


async def test_a_staff_report_link_signs_in_once_and_only_for_an_hour(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> None:
    hr = await staff("hr001", "王芳", ["hr"])
    url = report_url(api_settings, built.application_id, staff_id=hr.id)
    token = parse_qs(urlsplit(url).query)["t"][0]
    first = await client.post("/api/hr/session", json={"report_token": token})
    assert first.status_code == 200, first.text

    # A forwarded or leaked copy of the same link is worthless once it has been used.
    second = await client.post("/api/hr/session", json={"report_token": token})
    assert second.status_code == 403
    assert "已使用过" in second.json()["error"]["message"]

    secret = api_settings.security.secret_key.get_secret_value().encode()
    claims = verify_report_token(token, secret, datetime.now(UTC))
    assert claims.expires_at - datetime.now(UTC) <= timedelta(hours=1)


async def test_the_report_and_the_console_share_the_base_stylesheet(
    client: httpx.AsyncClient, built: BuiltReport
) -> None:
    report = await client.get(f"/r/{built.application_id}?t=anything")
    console = await client.get("/console")
    for page in (report, console):
        assert page.status_code == 200
        base_at = page.text.index("/static/common/base.css")
        assert base_at < page.text.index(".css", base_at + len("/static/common/base.css"))
    base = await client.get("/static/common/base.css")
    assert base.status_code == 200 and "--primary: #0a59d0" in base.text
