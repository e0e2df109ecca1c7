"""DingTalk 免登 (org members) and OAuth (external candidates) against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from integrations.dingtalk.clients import build_dingtalk_clients
from integrations.dingtalk.emulator.testing import EmulatorHandle
from miniapp_api.app import create_app
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock, JobLog, World, make_container
from workflows.candidates.models import Candidate
from workflows.messaging.deliveries import OrmDeliveryLog

ORG_MEMBER = "hr001"
EXTERNAL_UNION = "uidcandidate0001"


@pytest.fixture
async def dt_client(
    api_settings: Settings, emulator: EmulatorHandle, clock: FakeClock
) -> AsyncIterator[httpx.AsyncClient]:
    """The API with DingTalk clients pointed at the emulator."""
    container = make_container(api_settings, JobLog())
    container.dingtalk = build_dingtalk_clients(emulator.settings, delivery_log=OrmDeliveryLog())
    transport = httpx.ASGITransport(app=create_app(container, clock=clock))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http
    finally:
        await container.dingtalk.aclose()
        await container.drain_jobs(10)


async def _code(emulator: EmulatorHandle, user: str) -> str:
    return await asyncio.to_thread(emulator.control.auth_code, user)


async def test_an_org_member_signs_in_with_mianden_to_their_invitation(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, world: World
) -> None:
    await Candidate.filter(id=world.candidate_id).update(dingtalk_user_id=ORG_MEMBER)
    code = await _code(emulator, ORG_MEMBER)
    response = await dt_client.post("/api/v1/interview/session", json={"dingtalk_auth_code": code})
    assert response.status_code == 200, response.text
    assert response.json()["job"]["title"] == "后端开发工程师"


async def _start_oauth(client: httpx.AsyncClient) -> str:
    """Start as the page's 用钉钉账号登录 link does; the state is in the redirect, the nonce in
    an HttpOnly cookie."""
    started = await client.get("/auth/dingtalk/start", params={"next": "/i"})
    assert started.status_code == 302, started.text
    query = parse_qs(urlsplit(started.headers["location"]).query)
    assert query["redirect_uri"][0].endswith("/auth/dingtalk/callback")
    assert query["response_type"] == ["code"]
    assert "HttpOnly" in started.headers["set-cookie"]
    return query["state"][0]


async def test_an_external_candidate_signs_in_with_oauth_by_union_id(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, world: World
) -> None:
    await Candidate.filter(id=world.candidate_id).update(dingtalk_union_id=EXTERNAL_UNION)
    state = await _start_oauth(dt_client)
    code = await _code(emulator, EXTERNAL_UNION)
    response = await dt_client.post(
        "/api/v1/interview/session", json={"oauth_code": code, "oauth_state": state}
    )
    assert response.status_code == 200, response.text
    assert response.json()["candidate"]["display_name"] == "陈晨"


async def test_an_oauth_code_without_this_browsers_state_is_refused_before_any_dingtalk_call(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, world: World, api_settings: Settings
) -> None:
    await Candidate.filter(id=world.candidate_id).update(dingtalk_union_id=EXTERNAL_UNION)
    code = await _code(emulator, EXTERNAL_UNION)
    # Login CSRF: a link carrying someone's own code, opened in the victim's browser.
    bare = await dt_client.post("/api/v1/interview/session", json={"oauth_code": code})
    other_browser = await _start_oauth(dt_client)
    dt_client.cookies.clear()
    foreign = await dt_client.post(
        "/api/v1/interview/session", json={"oauth_code": code, "oauth_state": other_browser}
    )
    for refused in (bare, foreign):
        assert refused.status_code == 422
        assert "钉钉登录已超时或无效" in refused.json()["error"]["message"]
    # The code was never spent, so the rightful browser can still use it.
    state = await _start_oauth(dt_client)
    good = await dt_client.post(
        "/api/v1/interview/session", json={"oauth_code": code, "oauth_state": state}
    )
    assert good.status_code == 200, good.text


async def test_an_unlinked_dingtalk_account_is_told_to_open_the_invite_link(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, world: World
) -> None:
    state = await _start_oauth(dt_client)
    code = await _code(emulator, EXTERNAL_UNION)
    response = await dt_client.post(
        "/api/v1/interview/session", json={"oauth_code": code, "oauth_state": state}
    )
    assert response.status_code == 404
    assert "请打开 HR 发给你的邀请链接" in response.json()["error"]["message"]


async def test_a_bad_auth_code_is_refused_in_chinese(dt_client: httpx.AsyncClient) -> None:
    response = await dt_client.post(
        "/api/v1/interview/session", json={"dingtalk_auth_code": "not-a-code"}
    )
    assert response.status_code == 401
    assert "钉钉登录失败" in response.json()["error"]["message"]


async def test_page_config_names_the_corp_id_only_when_dingtalk_is_on(
    dt_client: httpx.AsyncClient, client: httpx.AsyncClient, api_settings: Settings
) -> None:
    on = (await dt_client.get("/api/v1/interview/config")).json()
    assert on == {"dingtalk_login": True, "corp_id": api_settings.dingtalk.corp_id}
    off = (await client.get("/api/v1/interview/config")).json()
    assert off == {"dingtalk_login": False, "corp_id": None}
    hr_off = (await client.get("/api/hr/config")).json()
    assert hr_off == {"dingtalk_login": False, "corp_id": None}
