"""Fixtures shared by the whole suite: settings, databases (SQLite and PostgreSQL) and Redis."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from integrations.dingtalk.emulator.testing import ensure_stream_endpoint
from settings import DatabaseSettings, Settings, load_settings
from tests.support import (
    ALLOW_MISSING_SERVICES,
    POSTGRES_ADMIN_URL,
    REDIS_URL,
    run_in_thread,
    tcp_reachable,
)
from workflows import db as dbmod

# Tests never read a developer's .env or ambient DINGHIRE_* variables.
for _key in [
    k for k in os.environ if k.startswith("DINGHIRE_") and not k.startswith("DINGHIRE_TEST_")
]:
    del os.environ[_key]
os.environ["DINGHIRE_MODE"] = "test"

# dingtalk_stream reads its endpoint once, at import: fix it before any test imports it.
STREAM_PORT = ensure_stream_endpoint()


def _require_service(name: str, url: str, default_port: int) -> None:
    parts = urlsplit(url)
    if tcp_reachable(parts.hostname or "127.0.0.1", parts.port or default_port):
        return
    message = f"{name} is not reachable at {url}: the core suite needs it (start the service)"
    if ALLOW_MISSING_SERVICES:
        pytest.skip(f"!!! SKIPPED: {message} !!!")
    pytest.fail(message)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Test settings on a private SQLite file and storage folder."""
    return load_settings(
        strict=False,
        mode="test",
        database=DatabaseSettings(url=f"sqlite://{tmp_path}/t.sqlite3"),
    )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with every committed migration applied, copied for each test."""
    path = tmp_path_factory.mktemp("sqlite") / "template.sqlite3"
    run_in_thread(lambda: dbmod.migrate(DatabaseSettings(url=f"sqlite://{path}")))
    return path


async def _admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(POSTGRES_ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextlib.contextmanager
def private_database(prefix: str) -> Iterator[str]:
    """A private, migrated PostgreSQL database, dropped afterwards."""
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    url = f"{POSTGRES_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    run_in_thread(lambda: _admin(f'CREATE DATABASE "{name}"'))
    try:
        run_in_thread(lambda: dbmod.migrate(DatabaseSettings(url=url)))
        yield url
    finally:
        run_in_thread(lambda: _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A private PostgreSQL database for this test session, migrated, dropped at the end."""
    _require_service("PostgreSQL", POSTGRES_ADMIN_URL, 5432)
    with private_database("dinghire_t") as url:
        yield url


async def _truncate_postgres() -> None:
    from tortoise import connections

    conn = connections.get("postgres")
    rows = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    names = ", ".join(f'"{r["tablename"]}"' for r in rows)
    if names:
        await conn.execute_script(f"TRUNCATE {names} RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def db(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> AsyncIterator[DatabaseSettings]:
    """The ORM connected to a migrated, empty database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "db.sqlite3"
        shutil.copy(sqlite_template, path)
        dbs = DatabaseSettings(url=f"sqlite://{path}")
    else:
        dbs = DatabaseSettings(url=request.getfixturevalue("postgres_url"), pool_max=4)
    await dbmod.connect(dbs, process_wide=False)
    try:
        if dbs.dialect == "postgres":
            await _truncate_postgres()
        yield dbs
    finally:
        await dbmod.disconnect()


@pytest.fixture
def redis_url() -> str:
    """URL of the real Redis (database 15, flushed by the tests that use it)."""
    _require_service("Redis", REDIS_URL, 6379)
    return REDIS_URL
