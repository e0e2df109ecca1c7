"""Every response carries the security headers; production serves no API docs."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from fastapi import FastAPI

from dinghire.bootstrap import Container
from miniapp_api.app import create_app
from settings import Mode, ServerSettings


async def _get(app: FastAPI, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        return await http.get(path)


@pytest.mark.parametrize("path", ["/i/some-invite-token", "/healthz", "/api/hr/reports/1"])
async def test_pages_and_api_carry_the_security_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    resp = await client.get(path)
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert "frame-ancestors 'self' https://*.dingtalk.com" in csp  # (+ the sandbox in tests)
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["x-frame-options"] == "SAMEORIGIN"
    # Links carry tokens: the browser must not send them on as Referer.
    assert resp.headers["referrer-policy"] == "no-referrer"
    assert "camera=(self)" in resp.headers["permissions-policy"]
    # The test app's public URL is plain HTTP on loopback: no HSTS there.
    assert "strict-transport-security" not in resp.headers


async def test_https_deployments_send_hsts(container: Container) -> None:
    server = ServerSettings(public_base_url="https://hire.example.com")
    settings = container.settings.model_copy(update={"server": server})
    resp = await _get(create_app(dataclasses.replace(container, settings=settings)), "/healthz")
    assert resp.headers["strict-transport-security"].startswith("max-age=31536000")


async def test_the_emulators_sandbox_may_frame_the_pages_in_development(
    container: Container,
) -> None:
    # The candidate phone in the sandbox console frames /i/ and /o/ from the emulator's origin.
    settings = container.settings.model_copy(update={"mode": Mode.DEV})
    assert settings.dingtalk.uses_emulator
    origin = settings.sandbox_origin
    assert origin == settings.dingtalk.api_endpoint.rstrip("/")
    resp = await _get(create_app(dataclasses.replace(container, settings=settings)), "/i/x")
    ancestors = resp.headers["content-security-policy"].split("frame-ancestors", 1)[1]
    assert ancestors.strip() == f"'self' https://*.dingtalk.com {origin}"


async def test_production_never_lets_the_emulator_frame_the_pages(container: Container) -> None:
    # Even with the endpoint left on loopback (which production refuses at start), no sandbox.
    settings = container.settings.model_copy(update={"mode": Mode.PRODUCTION})
    assert settings.dingtalk.uses_emulator and settings.sandbox_origin is None
    resp = await _get(create_app(dataclasses.replace(container, settings=settings)), "/i/x")
    ancestors = resp.headers["content-security-policy"].split("frame-ancestors", 1)[1]
    assert ancestors.strip() == "'self' https://*.dingtalk.com"


async def test_real_dingtalk_endpoints_never_let_a_sandbox_frame_the_pages(
    container: Container,
) -> None:
    dingtalk = container.settings.dingtalk.model_copy(
        update={
            "api_endpoint": "https://api.dingtalk.com",
            "oapi_endpoint": "https://oapi.dingtalk.com",
        }
    )
    settings = container.settings.model_copy(update={"mode": Mode.DEV, "dingtalk": dingtalk})
    assert settings.sandbox_origin is None
    resp = await _get(create_app(dataclasses.replace(container, settings=settings)), "/i/x")
    assert resp.headers["content-security-policy"].endswith("https://*.dingtalk.com")


async def test_production_serves_no_api_docs(container: Container) -> None:
    settings = container.settings.model_copy(update={"mode": Mode.PRODUCTION})
    app = create_app(dataclasses.replace(container, settings=settings))
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert (await _get(app, path)).status_code == 404, path


async def test_development_keeps_the_api_docs(client: httpx.AsyncClient) -> None:
    assert (await client.get("/openapi.json")).status_code == 200
