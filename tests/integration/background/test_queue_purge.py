"""The sandbox reset's purge: queued, running and finished jobs forgotten, their ids free again."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

from arq.connections import RedisSettings, create_pool
from arq.constants import job_key_prefix, result_key_prefix

from workflows.background.names import JobName
from workflows.background.queue import ArqJobQueue, InProcessJobQueue

NAME = JobName.PURGE_DELIVERY_LOG


async def test_arq_purge_forgets_queued_and_finished_jobs(redis_url: str) -> None:
    run = secrets.token_hex(4)
    queue_name, queued, done = f"dinghire:test:{run}", f"queued-{run}", f"done-{run}"
    redis = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        queue = ArqJobQueue(redis, queue_name)
        assert await queue.enqueue(NAME, 30, job_id=queued) is True
        # A finished job's kept result makes arq refuse its id.
        await redis.set(f"{result_key_prefix}{done}", b"x")
        assert await queue.enqueue(NAME, 30, job_id=done) is False
        assert await queue.depth() == 1

        assert await queue.purge() >= 3  # the queue, the job and the result

        assert await queue.depth() == 0
        assert await queue.enqueue(NAME, 30, job_id=done) is True
        assert await queue.enqueue(NAME, 30, job_id=queued) is True
    finally:
        await redis.delete(queue_name, *(f"{job_key_prefix}{j}" for j in (queued, done)))
        await redis.aclose()


async def test_in_process_purge_cancels_running_jobs_and_frees_their_ids() -> None:
    started = asyncio.Event()
    ran: list[int] = []

    async def purge_delivery_log_job(ctx: dict[str, Any], days: int) -> None:
        ran.append(days)
        started.set()
        await asyncio.Event().wait()  # runs until cancelled

    queue = InProcessJobQueue([purge_delivery_log_job], {})
    assert await queue.enqueue(NAME, 30, job_id="j-1") is True
    await started.wait()

    assert await queue.purge() == 1

    assert await queue.depth() == 0
    assert queue.status("j-1") is None
    started.clear()
    assert await queue.enqueue(NAME, 31, job_id="j-1") is True
    await started.wait()
    assert ran == [30, 31]
    await queue.close()
