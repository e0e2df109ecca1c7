"""The sandbox console's 重置并载入演示: empty DingHire's data, then load the demo afresh.

Only ever inside the local sandbox (Settings.sandbox_origin: not production, DingTalk on the
loopback emulator); everywhere else it refuses before touching anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from workflows.background.queue import ArqJobQueue, InProcessJobQueue
from workflows.errors import PermissionDeniedError
from workflows.jobs.models import Job
from workflows.seed.service import SeedReport, seed_demo
from workflows.services import Services

KEPT_TABLES = frozenset({"aerich"})  # the applied migrations


class SandboxOnlyError(PermissionDeniedError):
    """Emptying the data was asked for outside the local sandbox."""

    code = "sandbox_only"


@dataclass(frozen=True, slots=True)
class ResetReport:
    """What the reset emptied, and what the seed then created."""

    tables: int
    objects: int
    jobs: int
    seeded: SeedReport


async def reset_sandbox_data(deps: Services) -> ResetReport:
    """Empty every application table, the stored objects and the job queue, then seed the demo;
    SandboxOnlyError unless the settings say local sandbox."""
    if deps.settings.sandbox_origin is None:
        raise SandboxOnlyError(
            "reset_sandbox_data outside the local sandbox",
            user_message="只有本机沙盒（开发模式、钉钉模拟器）才能清空数据；生产环境不允许重置",
        )
    # Jobs first: a running one must not write rows back into the emptied tables.
    jobs = await _purge_jobs(deps)
    tables = await _empty_tables(Job._meta.db)
    deps.vault.keyring.forget_all()
    objects = 0
    for key in await deps.store.keys():
        objects += int(await deps.store.delete(key))
    return ResetReport(tables, objects, jobs, await seed_demo())


async def _purge_jobs(deps: Services) -> int:
    if isinstance(deps.queue, ArqJobQueue | InProcessJobQueue):
        return await deps.queue.purge()
    return 0


async def _empty_tables(conn: BaseDBAsyncClient) -> int:
    if conn.capabilities.dialect == "postgres":
        rows = await conn.execute_query_dict(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
        names = _quoted(r["tablename"] for r in rows)
        if names:
            await conn.execute_script(f"TRUNCATE {', '.join(names)} CASCADE")
        return len(names)
    rows = await conn.execute_query_dict(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    names = _quoted(r["name"] for r in rows)
    async with in_transaction(conn.connection_name) as tx:
        # Checked at commit, when every table is empty: no order among the foreign keys needed.
        await tx.execute_query("PRAGMA defer_foreign_keys = ON")
        for name in names:
            await tx.execute_query(f"DELETE FROM {name}")  # noqa: S608 (catalogue names, quoted)
    return len(names)


def _quoted(names: Iterable[Any]) -> list[str]:
    return ['"' + str(n).replace('"', '""') + '"' for n in names if str(n) not in KEPT_TABLES]
