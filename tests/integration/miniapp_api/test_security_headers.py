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
    assert "frame-ancestors 'self' https://*.dingtalk.com" in csp
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


async def test_production_serves_no_api_docs(container: Container) -> None:
    settings = container.settings.model_copy(update={"mode": Mode.PRODUCTION})
    app = create_app(dataclasses.replace(container, settings=settings))
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert (await _get(app, path)).status_code == 404, path


async def test_development_keeps_the_api_docs(client: httpx.AsyncClient) -> None:
    assert (await client.get("/openapi.json")).status_code == 200
