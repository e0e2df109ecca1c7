"""Several machines: the API and two arq workers share only PostgreSQL, Redis and the S3 store.

A candidate uploads three spoken answers through the API (recordings go to the S3 server,
sealed); two `dinghire worker` processes, each in its own empty working directory with its own
storage root and temp dir (no shared disk), analyse them between them, and the report is built.
Neither worker's directory ends up holding a recording.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from arq.connections import ArqRedis, RedisSettings, create_pool

from dinghire.bootstrap import bootstrap, build_vault, shutdown
from miniapp_api.app import create_app
from settings import DatabaseSettings, JobBackend, Settings, load_settings
from settings import RedisSettings as OurRedisSettings
from tests.integration.analysis.factories import BACKEND_JOB, backend_questions
from tests.integration.analysis.spoken_media import ANSWERS_PINYIN, spoken_answer_video
from tests.integration.analysis.test_worker_media import TEST_MIN_ASR_CONFIDENCE
from tests.integration.miniapp_api.harness import FakeClock, Flow, invite
from tests.s3server import S3Server, running_s3_server
from tests.support import REPO_ROOT
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.models import AnalysisResult, Report
from workflows.interviews.models import Answer, InterviewSession
from workflows.jobs.models import Job
from workflows.privacy.contexts import TRANSCRIPT

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.timeout(900)]


@pytest.fixture
def s3() -> Iterator[S3Server]:
    """moto's S3 server in its own process: the object store both hosts reach over HTTP."""
    with running_s3_server() as server:
        yield server


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[ArqRedis]:
    """The test Redis database, flushed."""
    pool = await create_pool(RedisSettings.from_dsn(redis_url))
    await pool.flushdb()
    try:
        yield pool
    finally:
        await pool.aclose()


def _host_env(
    s3: S3Server, db: DatabaseSettings, redis_url: str, queue: str, home: Path
) -> dict[str, str]:
    """A worker host's environment: the shared services, and only its own directories."""
    (home / "tmp").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DINGHIRE_")}
    env.update(
        DINGHIRE_MODE="test",
        DINGHIRE_DATABASE_URL=db.url,
        DINGHIRE_REDIS_URL=redis_url,
        DINGHIRE_REDIS_JOB_BACKEND="arq",
        DINGHIRE_REDIS_QUEUE_NAME=queue,
        # One job at a time per worker, so the three answers spread over both hosts.
        DINGHIRE_REDIS_WORKER_MAX_JOBS="1",
        DINGHIRE_STORAGE_BACKEND="s3",
        DINGHIRE_STORAGE_ROOT=str(home / "storage"),
        DINGHIRE_STORAGE_S3_ENDPOINT_URL=s3.endpoint,
        DINGHIRE_STORAGE_S3_BUCKET=s3.bucket,
        DINGHIRE_STORAGE_S3_ACCESS_KEY_ID=str(s3.settings().s3_access_key_id),
        DINGHIRE_STORAGE_S3_SECRET_ACCESS_KEY=s3.settings().s3_secret_access_key.get_secret_value(),  # type: ignore[union-attr]
        DINGHIRE_ANALYSIS_MIN_ASR_CONFIDENCE=TEST_MIN_ASR_CONFIDENCE,
        DINGHIRE_ANALYSIS_MODEL_CACHE_DIR=str(REPO_ROOT / "var" / "models"),
        DINGHIRE_SERVER_LOG_FORMAT="json",
        TMPDIR=str(home / "tmp"),
        PYTHONPATH=str(REPO_ROOT),
    )
    return env


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
async def test_two_workers_without_a_shared_disk_analyse_one_interview_into_a_report(
    db: DatabaseSettings, redis: ArqRedis, redis_url: str, s3: S3Server, tmp_path: Path
) -> None:
    queue = f"dinghire:test:{secrets.token_hex(4)}"
    settings: Settings = load_settings(
        strict=False,
        mode="test",
        database=db,
        redis=OurRedisSettings(url=redis_url, job_backend=JobBackend.ARQ, queue_name=queue),
        storage=s3.settings(root=tmp_path / "api" / "storage"),
    )
    media = [
        spoken_answer_video(p, tmp_path / f"answer{i}.mp4") for i, p in enumerate(ANSWERS_PINYIN)
    ]

    # The API host: uploads through the HTTP routes into the S3 store, jobs onto Redis.
    container = await bootstrap(settings, connect_db=False)
    try:
        await backend_questions()  # the seeded backend job: competency model and rubrics
        world = await invite(settings, await Job.get(title=BACKEND_JOB))
        app = create_app(container, clock=FakeClock())
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            flow = Flow(client)
            await flow.login(world.invite_token)
            assert (await flow.consent()).status_code == 200
            total = (await flow.call("GET", "/api/v1/interview/progress")).json()["total"]
            for index in range(total):
                assert (await flow.start(index)).status_code == 200
                done = await flow.upload(index, media[index % len(media)], mime="video/mp4")
                assert done.status_code == 200, done.text
            submitted = await flow.call("POST", "/api/v1/interview/submit")
            assert submitted.status_code == 200, submitted.text
    finally:
        await shutdown(container, disconnect_db=False)
    assert _files(tmp_path / "api" / "storage") == []  # the API kept nothing on its disk

    # Two worker hosts, started together, each in its own directory.
    homes = [tmp_path / "host-a", tmp_path / "host-b"]
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "dinghire",
            "worker",
            "--burst",
            cwd=home,
            env=_host_env(s3, db, redis_url, queue, home),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        for home in homes
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 600)
    logs = [out.decode() for out, _ in outputs]
    for proc, log in zip(procs, logs, strict=True):
        assert proc.returncode == 0, log[-3000:]

    session = await InterviewSession.get(application_id=world.application_id)
    answers = await Answer.filter(session_id=session.id).order_by("node_index")
    assert len(answers) == total
    ran = [[a.id for a in answers if f"analyse_answer_job:{a.id}" in log] for log in logs]
    assert all(ran), f"one host did no analysis: {ran}"
    assert sorted(ran[0] + ran[1]) == sorted(a.id for a in answers)  # each answer once

    vault = build_vault(settings)
    results = await AnalysisResult.filter(answer_id__in=[a.id for a in answers])
    # The workers sealed them under the candidate's data key: this process loads it first.
    await vault.unlock_tokens(r.transcript_enc for r in results)
    for answer in answers:
        (result,) = await AnalysisResult.filter(answer_id=answer.id)
        assert result.transcript_enc, result.error
        assert vault.decrypt(result.transcript_enc, context=TRANSCRIPT)  # type: ignore[attr-defined]
    report = await Report.get(application_id=world.application_id, is_current=True)
    assert report.dimensions, report.not_assessed
    evidence = [ev for d in report.dimensions for ev in d["evidence"]]
    assert evidence, report.not_assessed  # quotes from the transcripts the two hosts made
    assert (await Application.get(id=world.application_id)).stage == Stage.SCORED
    for home in homes:
        assert _files(home / "storage") == []
        # Decrypted recordings (dinghire-answer-*) never outlive their job; libraries' caches
        # (jieba's dictionary) may stay.
        assert [p for p in _files(home / "tmp") if p.name.startswith("dinghire-")] == []
