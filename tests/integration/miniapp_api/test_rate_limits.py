"""Sign-in and upload starts are rate limited per address, shared through Redis."""

from __future__ import annotations

import asyncio
import dataclasses
import time
import uuid

import httpx
import pytest
from arq.connections import RedisSettings, create_pool
from fastapi import FastAPI

from dinghire.bootstrap import Container
from miniapp_api.app import create_app
from tests.support import REDIS_URL


@pytest.fixture(autouse=True)
async def _whole_window() -> None:
    """Start well inside a one-minute window, so the counts cannot reset halfway."""
    into = time.time() % 60
    if into > 50:
        await asyncio.sleep(60.5 - into)


def _client(app: FastAPI, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://test")


async def _sign_in(http: httpx.AsyncClient) -> httpx.Response:
    return await http.post("/api/hr/session", json={"report_token": "junk"})


async def test_hr_sign_in_is_refused_after_ten_tries_a_minute_from_one_address(
    app: FastAPI,
) -> None:
    async with _client(app, "203.0.113.7") as http:
        tries = [await _sign_in(http) for _ in range(10)]
        refused = await _sign_in(http)
    assert all(r.status_code != 429 for r in tries)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert "请求过于频繁" in refused.json()["error"]["message"]
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    # Another address is counted on its own.
    async with _client(app, "198.51.100.9") as other:
        assert (await _sign_in(other)).status_code != 429


async def test_candidate_sign_in_allows_a_campus_behind_one_address(app: FastAPI) -> None:
    async with _client(app, "203.0.113.8") as http:
        statuses = [
            (await http.post("/api/v1/interview/session", json={"invite_token": "x"})).status_code
            for _ in range(40)
        ]
    assert 429 not in statuses


@pytest.mark.redis
async def test_two_api_processes_share_the_count_through_redis(container: Container) -> None:
    redis = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    try:
        shared = dataclasses.replace(container, redis=redis)
        first, second = create_app(shared), create_app(shared)
        ip = f"10.{uuid.uuid4().int % 250}.0.1"  # fresh address: counts left by other runs
        async with _client(first, ip) as a, _client(second, ip) as b:
            for _ in range(5):
                assert (await _sign_in(a)).status_code != 429
                assert (await _sign_in(b)).status_code != 429
            assert (await _sign_in(a)).status_code == 429
    finally:
        await redis.aclose()
