"""The resume parse job through a real arq worker process: parsed and answered once per message."""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from pathlib import Path

from arq.connections import RedisSettings, create_pool
from arq.jobs import Job

from dinghire.bootstrap import build_store
from settings import DatabaseSettings, StorageSettings, load_settings
from tests.fixtures.resumes.resume_fixtures import make_text_pdf
from tests.support import REPO_ROOT
from workflows.actors import Actor, ActorKind
from workflows.background.queue import ArqJobQueue
from workflows.candidates.intake_job import (
    PARSE_RESUME_JOB,
    PendingResume,
    already_parsed,
    parse_job_id,
    pending_key,
    stash_pending,
)
from workflows.candidates.models import Candidate, Resume
from workflows.messaging.models import OutboxMessage


async def test_worker_parses_a_stashed_resume_once(
    db: DatabaseSettings, redis_url: str, tmp_path: Path
) -> None:
    settings = load_settings(
        strict=False, mode="test", database=db, storage=StorageSettings(root=tmp_path / "store")
    )
    store = build_store(settings)
    msg_id = "msgABC+/=" + secrets.token_hex(4)
    key = pending_key(msg_id)
    pending = PendingResume(
        key=key,
        filename="我的简历.pdf",
        submitted_by=str(Actor(ActorKind.CANDIDATE, "dt:emp001")),
        source_channel="dingtalk_bot",
        candidate_user_id="emp001",
        candidate_conversation_id="cid-single",
        msg_id=msg_id,
        reply_webhook="https://example.invalid/robot/sendBySession?session=x",
        reply_webhook_expires_at_ms=0,
        sender_staff_id="emp001",
        sender_nick="小李",
        sender_is_hr=False,
        single_chat=True,
    )
    await stash_pending(store, pending, make_text_pdf())

    queue_name = f"dinghire:test:{secrets.token_hex(4)}"
    redis = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        await redis.flushdb()
        queue = ArqJobQueue(redis, queue_name)
        jid = parse_job_id(key)
        assert await queue.enqueue(PARSE_RESUME_JOB, key, job_id=jid) is True
        # A redelivered message asks again with the same id: refused.
        assert await queue.enqueue(PARSE_RESUME_JOB, key, job_id=jid) is False
        env = {
            **os.environ,
            "DINGHIRE_MODE": "test",
            "DINGHIRE_DATABASE_URL": db.url,
            "DINGHIRE_REDIS_URL": redis_url,
            "DINGHIRE_REDIS_JOB_BACKEND": "arq",
            "DINGHIRE_REDIS_QUEUE_NAME": queue_name,
            "DINGHIRE_STORAGE_ROOT": str(tmp_path / "store"),
            "DINGHIRE_DINGTALK_ENABLED": "false",
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
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=180)
        assert proc.returncode == 0, stderr.decode()[-2000:]
        result = await Job(jid, redis, _queue_name=queue_name).result(timeout=5)
        assert result["status"] == "created"
        assert await queue.enqueue(PARSE_RESUME_JOB, key, job_id=jid) is False
    finally:
        await redis.delete(queue_name)
        await redis.aclose()

    assert await already_parsed(store, key)
    assert not await store.exists(f"inbox/{key}/file")
    cand = await Candidate.get()
    assert cand.dingtalk_user_id == "emp001"
    assert await Resume.filter(candidate_id=cand.id).count() == 1
    reply = await OutboxMessage.get(dedup_key=f"reply:{msg_id}:summary")
    assert "您的简历《我的简历.pdf》已收到" in str(reply.payload)
