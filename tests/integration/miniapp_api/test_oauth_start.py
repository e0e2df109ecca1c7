"""Starting DingTalk OAuth sign-in for an external candidate (OD:obtain-identity-credentials):
our start link sends the browser to DingTalk's sign-in page with client_id, redirect_uri,
response_type=code, scope=openid, prompt=consent and a signed `state`; DingTalk (the emulator's
page) comes back with authCode and the same state; the callback accepts only a fresh state from
the same browser and hands the code to the interview page, which signs in with it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from integrations.dingtalk.clients import build_dingtalk_clients
from integrations.dingtalk.emulator.testing import EmulatorHandle
from miniapp_api.app import create_app
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock, JobLog, World, make_container
from workflows.candidates.models import Candidate
from workflows.messaging.deliveries import OrmDeliveryLog

EXTERNAL_UNION = "uidcandidate0001"


@pytest.fixture
async def browser(
    api_settings: Settings, emulator: EmulatorHandle, clock: FakeClock
) -> AsyncIterator[httpx.AsyncClient]:
    """The API with DingTalk at the emulator, seen from one browser (keeps its cookies)."""
    settings = api_settings.model_copy(update={"dingtalk": emulator.settings})
    container = make_container(settings, JobLog())
    container.dingtalk = build_dingtalk_clients(emulator.settings, delivery_log=OrmDeliveryLog())
    before = await asyncio.to_thread(emulator.control.configure)
    await asyncio.to_thread(emulator.control.configure, oauth_login_user=EXTERNAL_UNION)
    transport = httpx.ASGITransport(app=create_app(container, clock=clock))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http
    finally:
        await asyncio.to_thread(
            emulator.control.configure, oauth_login_user=before.oauth_login_user
        )
        await container.dingtalk.aclose()
        await container.drain_jobs(10)


async def _to_dingtalk_and_back(browser: httpx.AsyncClient, emulator: EmulatorHandle) -> str:
    """Start, sign in on DingTalk's page; the callback path DingTalk redirects to."""
    start = await browser.get("/auth/dingtalk/start", params={"next": "/i"})
    assert start.status_code == 302
    location = start.headers["location"]
    assert location.startswith(emulator.settings.api_endpoint.rstrip("/") + "/oauth2/auth?")
    query = parse_qs(urlsplit(location).query)
    assert query["client_id"] == [emulator.settings.app_key]
    assert query["response_type"] == ["code"] and query["scope"] == ["openid"]
    assert query["prompt"] == ["consent"] and query["state"][0]
    assert query["redirect_uri"][0].endswith("/auth/dingtalk/callback")
    async with httpx.AsyncClient(trust_env=False) as dingtalk:
        signed_in = await dingtalk.get(location)
    assert signed_in.status_code == 302
    back = urlsplit(signed_in.headers["location"])
    assert back.path == "/auth/dingtalk/callback"
    assert parse_qs(back.query)["state"] == query["state"]  # returned unchanged
    return f"{back.path}?{back.query}"


async def test_a_candidate_with_a_dingtalk_account_signs_in_through_the_oauth_start(
    browser: httpx.AsyncClient, emulator: EmulatorHandle, world: World
) -> None:
    await Candidate.filter(id=world.candidate_id).update(dingtalk_union_id=EXTERNAL_UNION)
    callback = await _to_dingtalk_and_back(browser, emulator)

    landed = await browser.get(callback)

    assert landed.status_code == 302
    page = urlsplit(landed.headers["location"])
    assert page.path == "/i"
    code = parse_qs(page.query)["authCode"][0]
    state = parse_qs(page.query)["state"][0]  # checked again with the nonce at the exchange
    bare = await browser.post("/api/v1/interview/session", json={"oauth_code": code})
    assert bare.status_code == 422  # a code without this browser's state is never exchanged
    session = await browser.post(
        "/api/v1/interview/session", json={"oauth_code": code, "oauth_state": state}
    )
    assert session.status_code == 200, session.text
    assert session.json()["candidate"]["display_name"] == "陈晨"
    again = await browser.get(callback)  # the nonce cookie is gone: no replay
    assert again.status_code == 400


async def test_a_state_from_another_browser_or_tampered_is_refused(
    browser: httpx.AsyncClient, emulator: EmulatorHandle, api_settings: Settings
) -> None:
    callback = await _to_dingtalk_and_back(browser, emulator)
    browser.cookies.clear()  # the code arrives in a browser that did not start the sign-in
    refused = await browser.get(callback)
    assert refused.status_code == 400 and "钉钉登录已超时或无效" in refused.text

    callback = await _to_dingtalk_and_back(browser, emulator)
    tampered = callback.replace("state=", "state=x")
    assert (await browser.get(tampered)).status_code == 400


async def test_only_the_interview_page_is_a_return_address(browser: httpx.AsyncClient) -> None:
    start = await browser.get("/auth/dingtalk/start", params={"next": "https://evil.example/x"})
    state = parse_qs(urlsplit(start.headers["location"]).query)["state"][0]
    landed = await browser.get(
        "/auth/dingtalk/callback", params={"authCode": "c0de", "state": state}
    )
    assert landed.status_code == 302
    assert landed.headers["location"] == "/i?" + urlencode({"authCode": "c0de", "state": state})


async def test_dingtalks_page_refuses_an_unknown_app(emulator: EmulatorHandle) -> None:
    url = emulator.settings.api_endpoint.rstrip("/") + "/oauth2/auth"
    params = {
        "client_id": "not-our-app",
        "redirect_uri": "https://hire.example/auth/dingtalk/callback",
        "response_type": "code",
        "scope": "openid",
        "state": "s",
        "prompt": "consent",
    }
    async with httpx.AsyncClient(trust_env=False) as dingtalk:
        answer = await dingtalk.get(url, params=params)
    assert answer.status_code == 400 and "client_id" in answer.text
