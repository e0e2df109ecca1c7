"""Fixtures for the interview API: settings, fake clock, container, app and an invited world."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from dinghire.bootstrap import Container
from miniapp_api.app import create_app
from settings import DatabaseSettings, Settings, StorageSettings, load_settings
from tests.integration.miniapp_api.harness import (
    FakeClock,
    Flow,
    JobLog,
    World,
    invite,
    make_container,
    make_job,
)

CHUNK = 16 * 1024
MAX_UPLOAD = 400 * 1024


@pytest.fixture
def api_settings(db: DatabaseSettings, tmp_path: Path) -> Settings:
    """Settings on the test database with a private storage root and a small upload limit."""
    return load_settings(
        strict=False,
        mode="test",
        database=db,
        storage=StorageSettings(root=tmp_path / "storage", max_upload_bytes=MAX_UPLOAD),
    )


@pytest.fixture
def clock() -> FakeClock:
    """The server clock the tests move."""
    return FakeClock()


@pytest.fixture
def jobs() -> JobLog:
    """Records the job functions' calls."""
    return JobLog()


@pytest.fixture
async def container(api_settings: Settings, jobs: JobLog) -> AsyncIterator[Container]:
    """A container whose queue runs the fake jobs."""
    built = make_container(api_settings, jobs)
    yield built
    await built.drain_jobs(10)


@pytest.fixture
def app(container: Container, clock: FakeClock) -> FastAPI:
    """The API with the fake clock and small chunks."""
    return create_app(container, clock=clock, chunk_size=CHUNK)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process HTTP client."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def world(api_settings: Settings) -> World:
    """An invited candidate with two years of experience."""
    return await invite(api_settings, await make_job())


@pytest.fixture
async def flow(client: httpx.AsyncClient, world: World) -> Flow:
    """A signed-in page."""
    page = Flow(client)
    await page.login(world.invite_token)
    return page
