"""`/readyz`: ready only while the database, Redis, the object store and DingTalk answer."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import httpx
import pytest
from arq.connections import ArqRedis, RedisSettings, create_pool
from fastapi import FastAPI

from dinghire.bootstrap import Container
from integrations.dingtalk.clients import build_dingtalk_clients
from miniapp_api.app import create_app
from settings import DingTalkSettings, JobBackend
from settings import RedisSettings as OurRedisSettings
from tests.support import REDIS_URL, free_port
from workflows.messaging.deliveries import OrmDeliveryLog


async def _get(app: FastAPI) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        return await http.get("/readyz")


async def test_ready_when_database_and_storage_answer(client: httpx.AsyncClient) -> None:
    resp = await client.get("/readyz")
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["storage"]["status"] == "ok"
    # The embedded default runs jobs in-process and this container has no DingTalk clients.
    assert body["checks"]["redis"] == {"status": "skipped", "detail": "in-process jobs", "ms": 0}
    assert body["checks"]["dingtalk"]["status"] == "skipped"


async def test_not_ready_when_storage_cannot_be_written(container: Container) -> None:
    root = container.settings.storage.root
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("a file where the storage directory should be")
    resp = await _get(create_app(container))
    assert resp.status_code == 503
    checks = resp.json()["checks"]
    assert checks["storage"]["status"] == "error"
    assert checks["database"]["status"] == "ok"


@pytest.fixture
async def dingtalk_down(container: Container) -> AsyncIterator[Container]:
    dead = f"http://127.0.0.1:{free_port()}"
    dt = DingTalkSettings(api_endpoint=dead, oapi_endpoint=dead, max_retries=0)
    settings = container.settings.model_copy(update={"dingtalk": dt})
    clients = build_dingtalk_clients(dt, delivery_log=OrmDeliveryLog())
    yield dataclasses.replace(container, settings=settings, dingtalk=clients)
    await clients.aclose()


async def test_not_ready_when_dingtalk_is_unreachable(dingtalk_down: Container) -> None:
    resp = await _get(create_app(dingtalk_down))
    assert resp.status_code == 503
    check = resp.json()["checks"]["dingtalk"]
    assert check["status"] == "error" and check["detail"] == "ConnectError"


@pytest.mark.redis
async def test_redis_is_checked_with_arq_workers(container: Container) -> None:
    arq = OurRedisSettings(url=REDIS_URL, job_backend=JobBackend.ARQ)
    settings = container.settings.model_copy(update={"redis": arq})
    redis = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    try:
        app = create_app(dataclasses.replace(container, settings=settings, redis=redis))
        resp = await _get(app)
    finally:
        await redis.aclose()
    assert resp.status_code == 200, resp.text
    assert resp.json()["checks"]["redis"]["status"] == "ok"


async def test_not_ready_when_redis_is_down(container: Container) -> None:
    arq = OurRedisSettings(url=REDIS_URL, job_backend=JobBackend.ARQ)
    settings = container.settings.model_copy(update={"redis": arq})
    # Connects lazily: the probe is the first to find nobody listening.
    dead = ArqRedis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    try:
        resp = await _get(create_app(dataclasses.replace(container, settings=settings, redis=dead)))
    finally:
        await dead.aclose()
    assert resp.status_code == 503
    assert resp.json()["checks"]["redis"]["status"] == "error"
