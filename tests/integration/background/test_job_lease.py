"""A worker killed mid-job loses its lease within seconds and another worker takes the job over
(arq alone blocks the takeover for the job timeout + 10 s, 610 s here); a live worker keeps
renewing the lease of a job that runs longer than the lease."""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import sys
import time
from pathlib import Path

import pytest
from arq.connections import RedisSettings, create_pool
from arq.constants import in_progress_key_prefix
from arq.jobs import Job, JobStatus

from dinghire.worker import LeasedWorker
from settings import Settings
from tests.integration.background.lease_worker import LEASE_S
from tests.support import REPO_ROOT

pytestmark = [pytest.mark.redis, pytest.mark.timeout(120)]


async def _until(check: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await check():  # type: ignore[operator]
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


async def test_a_dead_workers_job_is_taken_over_within_the_lease(
    redis_url: str, tmp_path: Path
) -> None:
    redis = await create_pool(RedisSettings.from_dsn(redis_url))
    await redis.flushdb()
    queue = f"dinghire:test:{secrets.token_hex(4)}"
    marks = tmp_path / "marks"
    marks.touch()
    env = {**os.environ, "LEASE_TEST_REDIS_URL": redis_url, "LEASE_TEST_QUEUE": queue,
           "LEASE_TEST_MARKS": str(marks)}  # fmt: skip

    async def worker() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.integration.background.lease_worker", cwd=REPO_ROOT,
            env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip

    first = await worker()
    second: asyncio.subprocess.Process | None = None
    try:
        job = await redis.enqueue_job("hold_job", _job_id="hold:1", _queue_name=queue)
        assert job is not None
        await _until(lambda: _async(marks.read_text().split() == [str(first.pid)]), 60)
        key = in_progress_key_prefix + "hold:1"
        # The lease is short, and renewed while the job runs on past it.
        assert 0 < await redis.pttl(key) <= LEASE_S * 1000
        started = time.monotonic()
        await _until(lambda: _async(time.monotonic() - started > 2 * LEASE_S), 3 * LEASE_S)
        assert await redis.exists(key)

        os.killpg(first.pid, signal.SIGKILL)  # the host dies: nothing is cleaned up
        await first.wait()
        killed = time.monotonic()
        second = await worker()
        await _until(lambda: _status_complete(job), 60)
        took = time.monotonic() - killed
        info = await job.result_info()
        assert info is not None and info.success and info.result == second.pid
        assert marks.read_text().split() == [str(first.pid), str(second.pid)]  # once each
        assert took < LEASE_S + 15, took
    finally:
        for proc in (first, second):
            if proc is not None and proc.returncode is None:
                os.killpg(proc.pid, signal.SIGKILL)
                await proc.wait()
        await redis.flushdb()
        await redis.aclose()


async def _async(value: bool) -> bool:
    return value


async def _status_complete(job: Job) -> bool:
    return await job.status() == JobStatus.complete


def test_dinghire_worker_runs_with_the_configured_lease() -> None:
    from dinghire.worker import worker_settings

    settings = Settings()
    leased = LeasedWorker(**worker_settings(settings), lease_s=settings.redis.job_lease_s)
    try:
        assert leased.in_progress_timeout_s == settings.redis.job_lease_s == 60
        assert leased.job_timeout_s == settings.redis.job_timeout_s == 600
    finally:
        # arq's Worker made itself an event loop (and its signal handlers) outside any loop:
        # close it, or its self-pipe sockets leak into a later test as a ResourceWarning.
        leased.loop.close()
        asyncio.set_event_loop(None)
