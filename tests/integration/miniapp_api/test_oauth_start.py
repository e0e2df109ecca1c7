"""The whole DingTalk OAuth sign-in of an external candidate through DingTalk's sign-in page
(the emulator's, OD:obtain-identity-credentials): the page's start link carries client_id,
redirect_uri, response_type=code, scope=openid, prompt=consent and the signed state; the sign-in
page comes back to redirect_uri with authCode and the same state, and the interview page signs
in with both."""

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

EXTERNAL_UNION = "uidcandidate0001"


def _sign_in_page(emulator: EmulatorHandle) -> str:
    return emulator.settings.api_endpoint.rstrip("/") + "/oauth2/auth"


@pytest.fixture
async def browser(
    api_settings: Settings, emulator: EmulatorHandle, clock: FakeClock
) -> AsyncIterator[httpx.AsyncClient]:
    """The API with DingTalk at the emulator (its sign-in page too), seen from one browser."""
    dingtalk = emulator.settings.model_copy(update={"oauth_authorize_url": _sign_in_page(emulator)})
    container = make_container(api_settings.model_copy(update={"dingtalk": dingtalk}), JobLog())
    container.dingtalk = build_dingtalk_clients(dingtalk, delivery_log=OrmDeliveryLog())
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


async def test_an_external_candidate_signs_in_through_dingtalks_sign_in_page(
    browser: httpx.AsyncClient, emulator: EmulatorHandle, world: World
) -> None:
    await Candidate.filter(id=world.candidate_id).update(dingtalk_union_id=EXTERNAL_UNION)
    started = await browser.get("/api/v1/interview/oauth/start")
    authorize = started.json()["authorize_url"]
    assert authorize.startswith(_sign_in_page(emulator) + "?")
    sent = parse_qs(urlsplit(authorize).query)
    assert sent["client_id"] == [emulator.settings.app_key] and sent["prompt"] == ["consent"]

    async with httpx.AsyncClient(trust_env=False) as dingtalk:
        signed_in = await dingtalk.get(authorize)

    assert signed_in.status_code == 302
    back = urlsplit(signed_in.headers["location"])
    assert back.path == "/i"
    query = parse_qs(back.query)
    assert query["state"] == sent["state"]  # returned unchanged
    session = await browser.post(
        "/api/v1/interview/session",
        json={"oauth_code": query["authCode"][0], "oauth_state": query["state"][0]},
    )
    assert session.status_code == 200, session.text
    assert session.json()["candidate"]["display_name"] == "陈晨"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"client_id": "not-our-app"}, "client_id"),
        ({"response_type": "token"}, "response_type"),
        ({"scope": "snsapi_login"}, "openid"),
        ({"redirect_uri": ""}, "redirect_uri"),
    ],
)
async def test_dingtalks_sign_in_page_refuses_a_malformed_request(
    emulator: EmulatorHandle, change: dict[str, str], why: str
) -> None:
    params = {
        "client_id": emulator.settings.app_key,
        "redirect_uri": "https://hire.example/i",
        "response_type": "code",
        "scope": "openid",
        "state": "s",
        "prompt": "consent",
    } | change
    async with httpx.AsyncClient(trust_env=False) as dingtalk:
        answer = await dingtalk.get(_sign_in_page(emulator), params=params)
    assert answer.status_code == 400 and why in answer.text
