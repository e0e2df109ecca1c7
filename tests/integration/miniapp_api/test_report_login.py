"""HR signs in to the report page with DingTalk 免登 against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from dinghire.bootstrap import Container
from integrations.dingtalk.clients import build_dingtalk_clients
from integrations.dingtalk.emulator.testing import EmulatorHandle
from miniapp_api.app import create_app
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock, JobLog, make_container
from tests.integration.miniapp_api.report_factory import BuiltReport, build_report, staff
from workflows.messaging.deliveries import OrmDeliveryLog
from workflows.privacy.audit import trail

MEDIA = b"\x1a\x45\xdf\xa3" + b"x" * 4096


@pytest.fixture
async def dt_container(
    api_settings: Settings, emulator: EmulatorHandle
) -> AsyncIterator[Container]:
    """A container whose DingTalk settings and clients are the emulator's."""
    settings = api_settings.model_copy(update={"dingtalk": emulator.settings})
    container = make_container(settings, JobLog())
    container.dingtalk = build_dingtalk_clients(emulator.settings, delivery_log=OrmDeliveryLog())
    try:
        yield container
    finally:
        await container.dingtalk.aclose()
        await container.drain_jobs(10)


@pytest.fixture
async def dt_client(dt_container: Container, clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    """The API with 免登 on."""
    transport = httpx.ASGITransport(app=create_app(dt_container, clock=clock))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def built(dt_container: Container) -> BuiltReport:
    """A stored report."""
    return await build_report(dt_container.vault, dt_container.store, MEDIA)


async def _code(emulator: EmulatorHandle, user: str) -> str:
    return await asyncio.to_thread(emulator.control.auth_code, user)


async def test_hr_signs_in_with_mianden_and_sees_any_report(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, built: BuiltReport
) -> None:
    config = (await dt_client.get("/api/hr/config")).json()
    assert config == {"dingtalk_login": True, "corp_id": emulator.settings.corp_id}
    hr = await staff("hr001", "王芳", ["hr"])
    code = await _code(emulator, "hr001")
    signed = await dt_client.post("/api/hr/session", json={"dingtalk_auth_code": code})
    assert signed.status_code == 200, signed.text
    body = signed.json()
    assert body["staff"]["name"] == "王芳" and body["application_id"] is None

    # The cookie carries the session; the Bearer token works as well (no cookie).
    view = await dt_client.get(f"/api/hr/reports/{built.application_id}")
    assert view.status_code == 200, view.text
    assert view.json()["viewer"] == {"name": "王芳", "scoped": False}
    bare = httpx.AsyncClient(transport=dt_client._transport, base_url="http://test")
    async with bare:
        bearer = {"Authorization": f"Bearer {body['session_token']}"}
        again = await bare.get(f"/api/hr/reports/{built.application_id}", headers=bearer)
        assert again.status_code == 200
    sign_ins = [e for e in await trail("staff", hr.id) if e.action == "hr.sign_in"]
    assert [e.detail["via"] for e in sign_ins] == ["dingtalk"]
    viewed = [
        e for e in await trail("application", built.application_id) if e.action == "report.viewed"
    ]
    assert [e.detail["via"] for e in viewed] == ["web", "web"]


async def test_an_org_member_who_is_not_hr_signs_in_but_may_not_see_the_report(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, built: BuiltReport
) -> None:
    await staff("emp001", "张伟", [])
    code = await _code(emulator, "emp001")
    signed = await dt_client.post("/api/hr/session", json={"dingtalk_auth_code": code})
    assert signed.status_code == 200
    refused = await dt_client.get(f"/api/hr/reports/{built.application_id}")
    assert refused.status_code == 403
    assert "你没有查看该候选人报告的权限" in refused.json()["error"]["message"]


async def test_a_dingtalk_user_unknown_to_dinghire_cannot_sign_in(
    dt_client: httpx.AsyncClient, emulator: EmulatorHandle, built: BuiltReport
) -> None:
    code = await _code(emulator, "mgr001")  # in the org, but not a DingHire staff row
    response = await dt_client.post("/api/hr/session", json={"dingtalk_auth_code": code})
    assert response.status_code == 403
    assert "不是本企业钉聘系统的成员" in response.json()["error"]["message"]
    assert "set-cookie" not in response.headers


async def test_a_bad_auth_code_is_refused_in_chinese(dt_client: httpx.AsyncClient) -> None:
    response = await dt_client.post("/api/hr/session", json={"dingtalk_auth_code": "not-a-code"})
    assert response.status_code == 401
    assert "钉钉登录失败" in response.json()["error"]["message"]
