"""Readiness: can this process do its work? Database, Redis, object store and DingTalk."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from dinghire.bootstrap import Container, bootstrap, shutdown
from settings import JobBackend, Settings
from workflows import db

# A probe must answer well inside the orchestrator's own probe timeout (compose: 5 s).
CHECK_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Check:
    """One dependency's state: `ok`, `skipped` (not used by this deployment) or `error`."""

    name: str
    status: str
    detail: str
    elapsed_ms: int


@dataclass(frozen=True)
class Readiness:
    """Every check; ready when none is in error."""

    checks: tuple[Check, ...]

    @property
    def ready(self) -> bool:
        """True when no dependency is in error."""
        return all(check.status != "error" for check in self.checks)

    def as_json(self) -> dict[str, object]:
        """The body of `/readyz`."""
        return {
            "status": "ready" if self.ready else "not ready",
            "checks": {
                c.name: {"status": c.status, "detail": c.detail, "ms": c.elapsed_ms}
                for c in self.checks
            },
        }


async def _timed(name: str, probe: Callable[[], Awaitable[str]]) -> Check:
    started = time.monotonic()
    try:
        detail = await asyncio.wait_for(probe(), CHECK_TIMEOUT_S)
        status = "ok"
    except TimeoutError:
        status, detail = "error", f"no answer within {CHECK_TIMEOUT_S:g} s"
    except Exception as exc:  # a probe reports any failure instead of raising
        # The exception type only: messages can carry connection strings with passwords.
        status, detail = "error", type(exc).__name__
    return Check(name, status, detail, round((time.monotonic() - started) * 1000))


async def check_readiness(container: Container) -> Readiness:
    """Probe every dependency this process needs, concurrently."""
    settings = container.settings

    async def database() -> str:
        await db.ping(settings.database)
        return settings.database.dialect

    async def redis() -> str:
        assert container.redis is not None
        await container.redis.ping()
        return "ping"

    async def storage() -> str:
        # A write, read and delete proves the store is reachable, writable and decrypts.
        key = f"readyz/{uuid.uuid4().hex}"
        payload = b"dinghire-readyz"
        await container.store.put(key, payload)
        try:
            if await container.store.get(key) != payload:
                raise ValueError("read back differs")
        finally:
            await container.store.delete(key)
        return "write, read, delete"

    async def dingtalk() -> str:
        # Any HTTP answer proves the network path; no API call, so no monthly quota is spent.
        async with httpx.AsyncClient(timeout=CHECK_TIMEOUT_S) as client:
            resp = await client.get(settings.dingtalk.api_endpoint)
        return f"HTTP {resp.status_code}"

    probes: list[Awaitable[Check]] = [_timed("database", database), _timed("storage", storage)]
    if settings.redis.job_backend is JobBackend.ARQ and container.redis is not None:
        probes.append(_timed("redis", redis))
    if container.dingtalk is not None:
        probes.append(_timed("dingtalk", dingtalk))
    checks = list(await asyncio.gather(*probes))
    if settings.redis.job_backend is not JobBackend.ARQ:
        checks.append(Check("redis", "skipped", "in-process jobs", 0))
    if container.dingtalk is None:
        checks.append(Check("dingtalk", "skipped", "DingTalk disabled", 0))
    return Readiness(tuple(sorted(checks, key=lambda c: c.name)))


async def probe_once(settings: Settings) -> Readiness | str:
    """Bootstrap, check and shut down; the reason as text when the process cannot even start."""
    try:
        container = await bootstrap(settings)
    except Exception as exc:  # Redis or the database refused the first connection
        return f"{type(exc).__name__}: {exc}"
    try:
        return await check_readiness(container)
    finally:
        await shutdown(container)
