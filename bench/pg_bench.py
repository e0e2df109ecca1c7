"""What the PostgreSQL benchmarks share: a private database for one run, timing, the figures.

`scratch_database` creates a database named after the benchmark, applies the committed
migrations and connects the ORM; on the way out it disconnects and drops the database (unless
kept for inspection). `timed` measures calls after one warm-up; `median_p95` gives the figures.
"""

from __future__ import annotations

import argparse
import importlib
import os
import secrets
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from settings import DatabaseSettings
from workflows import db

# asyncpg ships no type information; loaded dynamically so mypy --strict needs no override.
asyncpg: Any = importlib.import_module("asyncpg")

DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def pg_url(admin: str, name: str) -> str:
    """The URL of database `name` on the admin URL's server."""
    return admin.rsplit("/", 1)[0] + "/" + name


async def admin_sql(url: str, sql: str) -> None:
    """Run one statement on its own connection (CREATE / DROP DATABASE)."""
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@asynccontextmanager
async def scratch_database(
    admin_url: str, prefix: str, *, keep: bool = False
) -> AsyncIterator[str]:
    """A migrated private database with the ORM connected; yields its URL."""
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    url = pg_url(admin_url, name)
    await admin_sql(admin_url, f'CREATE DATABASE "{name}"')
    try:
        dbs = DatabaseSettings(url=url, pool_max=4)
        await db.migrate(dbs)
        await db.connect(dbs)
        try:
            yield url
        finally:
            await db.disconnect()
    finally:
        if keep:
            print(f"\nkept the database: {url}")
        else:
            await admin_sql(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def timed(runs: int, fn: Callable[[], Awaitable[Any]]) -> list[float]:
    """Milliseconds of `runs` calls after one warm-up."""
    await fn()
    out: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        await fn()
        out.append(1000 * (time.perf_counter() - started))
    return out


def median_p95(ms: list[float]) -> tuple[float, float]:
    """The median and the 95th percentile of some timings."""
    ordered = sorted(ms)
    return statistics.median(ms), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def arguments(doc: str | None, applications: int, runs: int) -> argparse.ArgumentParser:
    """The command line every PostgreSQL benchmark takes."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--applications", type=int, default=applications)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument(
        "--admin-url", default=os.environ.get("DINGHIRE_BENCH_POSTGRES_URL", DEFAULT_ADMIN_URL)
    )
    return parser
