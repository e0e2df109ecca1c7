"""The interview page inside DingTalk: 免登 through the JSAPI, and its fallbacks, end to end.

The app runs with DingTalk on against a private emulator; Chromium claims DingTalk's user agent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from integrations.dingtalk.emulator.testing import EmulatorHandle, start_test_emulator
from tests.e2e.browser import chromium_path
from tests.e2e.live_server import LiveServer
from tests.e2e.test_interview_page import _candidate_page, _invite_candidate, _serving
from tests.support import free_port
from workflows.applications.models import Application
from workflows.candidates.models import Candidate
from workflows.interviews.models import InterviewSession
from workflows.privacy.audit import trail

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@pytest.fixture
def emulator() -> Iterator[EmulatorHandle]:
    """A private DingTalk emulator with the seeded test org (its own port: no clash with the
    integration suite's session emulator)."""
    handle = start_test_emulator(free_port())
    try:
        yield handle
    finally:
        handle.control.close()
        handle.server.stop()


@pytest.fixture
def dingtalk_live(
    chromium: str, tmp_path: Path, sqlite_template: Path, emulator: EmulatorHandle
) -> Iterator[LiveServer]:
    """The app with DingTalk on, against the emulator (免登 goes through the real login client)."""
    with _serving(tmp_path, sqlite_template, emulator.settings) as server:
        yield server


# DingTalk's Android webview names itself in the user agent; the page keys 免登 off "DingTalk".
DINGTALK_UA = (
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Mobile Safari/537.36 AliApp(DingTalk/7.6.10) com.alibaba.android.rimet/37066 "
    "Channel/700159 language/zh-CN"
)
JSAPI_URL = re.compile(r".*/static/interview/vendor/dingtalk-jsapi-[^/]*\.js$")
ORG_MEMBER = "emp001"  # 张伟 in the emulator's seeded test org


def _fake_jsapi(auth_code: str) -> str:
    """Stands in for the vendored JSAPI: 免登 answers with the given code, noting the corpId."""
    return (
        "window.dd = { runtime: { permission: { requestAuthCode: function (options) {"
        " window.__ddCorpIds = (window.__ddCorpIds || []).concat([options.corpId]);"
        f" setTimeout(function () {{ options.onSuccess({{ code: {auth_code!r} }}); }}, 0);"
        " } } } };"
    )


async def _link_org_member(server: LiveServer, application_id: int) -> int:
    """Link the invited candidate to an org member of the emulator; returns the candidate id."""
    app = await Application.get(id=application_id)
    candidate_id: int = app.candidate_id  # type: ignore[attr-defined]
    await Candidate.filter(id=candidate_id).update(dingtalk_user_id=ORG_MEMBER)
    return candidate_id


async def _signed_in_sessions(application_id: int, candidate_id: int) -> list[int]:
    """The interview sessions the server recorded a sign-in for, for this candidate."""
    session = await InterviewSession.get(application_id=application_id)
    sign_ins = [
        e for e in await trail("candidate", candidate_id) if e.action == "interview_sign_in"
    ]
    return [e.detail["session"] for e in sign_ins if e.detail.get("session") == session.id]


def test_org_member_inside_dingtalk_signs_in_without_the_invite_token(
    chromium: str, dingtalk_live: LiveServer, emulator: EmulatorHandle, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    live = dingtalk_live
    _, application_id, job_title = live.run(_invite_candidate(live))
    candidate_id = live.run(_link_org_member(live, application_id))
    auth_code = emulator.control.auth_code(ORG_MEMBER)
    jsapi_requests: list[str] = []
    sessions_posted: list[dict[str, Any]] = []

    def serve_fake_jsapi(route: Any) -> None:
        jsapi_requests.append(route.request.url)
        route.fulfill(content_type="text/javascript", body=_fake_jsapi(auth_code))

    with _candidate_page(chromium, tmp_path, user_agent=DINGTALK_UA) as (page, problems, shots):
        page.route(JSAPI_URL, serve_fake_jsapi)
        page.on(
            "request",
            lambda r: (
                sessions_posted.append(r.post_data_json)
                if r.url.endswith("/api/v1/interview/session")
                else None
            ),
        )
        page.goto(f"{live.base_url}/i")  # the workbench entry: no invite token anywhere
        expect(page.locator("#screen-welcome")).to_be_visible()
        expect(page.locator("#w-job")).to_have_text(job_title)
        expect(page.locator("#welcome-title")).to_have_text("张伟，你好")
        shots.take("10-dingtalk-welcome")
        corp_ids = page.evaluate("window.__ddCorpIds")

    assert problems == []
    assert len(jsapi_requests) == 1, jsapi_requests
    assert corp_ids == [emulator.settings.corp_id]  # from GET /api/v1/interview/config
    assert sessions_posted == [{"dingtalk_auth_code": auth_code}]
    assert len(live.run(_signed_in_sessions(application_id, candidate_id))) == 1


def test_outside_dingtalk_the_page_never_loads_the_jsapi_and_asks_for_the_invite_link(
    chromium: str, dingtalk_live: LiveServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    jsapi_requests: list[str] = []

    def refuse_jsapi(route: Any) -> None:
        jsapi_requests.append(route.request.url)
        route.abort()

    with _candidate_page(chromium, tmp_path) as (page, problems, _):
        page.route(JSAPI_URL, refuse_jsapi)
        page.goto(f"{dingtalk_live.base_url}/i")
        expect(page.locator("#screen-error")).to_be_visible()
        expect(page.locator("#error-message")).to_have_text(
            "请从钉钉消息中的面试邀请链接进入面试。"
        )

    assert jsapi_requests == []
    assert problems == []


def test_when_dingtalk_login_fails_the_page_falls_back_to_the_invite_token(
    chromium: str, dingtalk_live: LiveServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    token, _, job_title = dingtalk_live.run(_invite_candidate(dingtalk_live))
    jsapi_loaded: list[str] = []
    sessions_posted: list[dict[str, Any]] = []
    # The real vendored JSAPI: it trusts the user agent, but headless Chromium has no DingTalk
    # bridge to answer requestAuthCode, so 免登 fails and the token is used instead.
    with _candidate_page(chromium, tmp_path, user_agent=DINGTALK_UA) as (page, problems, _):
        page.on(
            "response",
            lambda r: jsapi_loaded.append(r.url) if JSAPI_URL.match(r.url) and r.ok else None,
        )
        page.on(
            "request",
            lambda r: (
                sessions_posted.append(r.post_data_json)
                if r.url.endswith("/api/v1/interview/session")
                else None
            ),
        )
        page.goto(f"{dingtalk_live.base_url}/i/{token}")
        # The page gives up on the silent bridge after 10 s (AUTH_CODE_TIMEOUT_MS in dingtalk.js).
        expect(page.locator("#screen-welcome")).to_be_visible(timeout=20_000)
        expect(page.locator("#w-job")).to_have_text(job_title)
        has_jsapi = page.evaluate("typeof window.dd.runtime.permission.requestAuthCode")

    assert len(jsapi_loaded) == 1, jsapi_loaded
    assert has_jsapi == "function"
    assert sessions_posted == [{"invite_token": token}]
    assert problems == []
