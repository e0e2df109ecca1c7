"""A real arq worker process runs a job queued on the real Redis, exactly once per job id."""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from datetime import UTC, datetime, timedelta

from arq.connections import RedisSettings, create_pool
from arq.jobs import Job

from settings import DatabaseSettings
from tests.support import REPO_ROOT
from workflows.background.jobs import job_id
from workflows.background.names import JobName
from workflows.background.queue import ArqJobQueue
from workflows.messaging.models import InboundDelivery


async def test_worker_process_runs_queued_job_once(db: DatabaseSettings, redis_url: str) -> None:
    old = datetime.now(UTC) - timedelta(days=40)
    for i in range(3):
        row = await InboundDelivery.create(key=f"msg-old-{i}", kind="bot_message")
        await InboundDelivery.filter(id=row.id).update(created_at=old)
    await InboundDelivery.create(key="msg-new", kind="bot_message")

    queue_name = f"dinghire:test:{secrets.token_hex(4)}"
    redis = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        # Database 15 belongs to the tests; job ids and kept results from earlier runs go.
        await redis.flushdb()
        queue = ArqJobQueue(redis, queue_name)
        jid = job_id(JobName.PURGE_DELIVERY_LOG, 30)
        assert await queue.enqueue(JobName.PURGE_DELIVERY_LOG, 30, job_id=jid) is True
        # Same deterministic id: refused while the first is queued.
        assert await queue.enqueue(JobName.PURGE_DELIVERY_LOG, 30, job_id=jid) is False

        env = {
            **os.environ,
            "DINGHIRE_MODE": "test",
            "DINGHIRE_DATABASE_URL": db.url,
            "DINGHIRE_REDIS_URL": redis_url,
            "DINGHIRE_REDIS_JOB_BACKEND": "arq",
            "DINGHIRE_REDIS_QUEUE_NAME": queue_name,
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "dinghire",
            "worker",
            "--burst",
            cwd=REPO_ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=120)
        assert proc.returncode == 0, stderr.decode()[-2000:]

        result = await Job(jid, redis, _queue_name=queue_name).result(timeout=5)
        assert result == 3
        # Done and its result kept: enqueueing the same id again is still a no-op.
        assert await queue.enqueue(JobName.PURGE_DELIVERY_LOG, 30, job_id=jid) is False
    finally:
        await redis.delete(queue_name)
        await redis.aclose()
    assert sorted(r.key for r in await InboundDelivery.all()) == ["msg-new"]
