"""The periodic sweep queues the analysis of answers stuck without a result, once per job id."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from arq.connections import RedisSettings, create_pool

from dinghire.bootstrap import build_vault
from settings import DatabaseSettings, Settings
from tests.fakes import make_services
from tests.integration.analysis.factories import submitted_interview
from workflows.assessments.models import AnalysisResult
from workflows.assessments.sweep import stuck_answer_ids, sweep_stuck_answers
from workflows.background.jobs import job_id
from workflows.background.names import JobName
from workflows.background.queue import ArqJobQueue
from workflows.background.schedule import schedule
from workflows.interviews.models import Answer, AnswerStatus


async def test_stuck_answers_are_queued_again_under_their_one_job_id(
    db: DatabaseSettings, redis_url: str, settings: Settings
) -> None:
    interview = await submitted_interview(build_vault(settings), ["甲", "乙", "丙", "丁", "戊"])
    lost, analysed, recent, superseded, done = interview.answer_ids
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    await Answer.filter(id__in=interview.answer_ids).update(
        status=AnswerStatus.UPLOADED, updated_at=hour_ago
    )
    await AnalysisResult.create(answer_id=analysed, analyser_version="v-test")
    await Answer.filter(id=recent).update(updated_at=datetime.now(UTC))
    await Answer.filter(id=superseded).update(superseded=True)
    await Answer.filter(id=done).update(status=AnswerStatus.ANALYSED)
    await Answer.filter(id=analysed).update(status=AnswerStatus.ANALYSING)

    redis = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        await redis.flushdb()  # the tests' Redis database: job ids of earlier runs go
        queue_name = f"dinghire:test:{secrets.token_hex(4)}"
        queue = ArqJobQueue(redis, queue_name)
        deps = make_services(settings, queue=queue)
        assert await stuck_answer_ids(deps) == [lost]
        # The upload's own job for this answer is still queued: the sweep does not double it.
        jid = job_id(JobName.ANALYSE_ANSWER, lost)
        assert await queue.enqueue(JobName.ANALYSE_ANSWER, lost, job_id=jid) is True
        first = await sweep_stuck_answers(deps)
        assert first.as_dict() == {"stuck": 1, "queued": 0}
        # That job was lost (Redis restarted empty): the next sweep queues it, once.
        await redis.delete(f"arq:job:{jid}")
        await redis.zrem(queue_name, jid)
        assert await queue.depth() == 0
        assert (await sweep_stuck_answers(deps)).as_dict() == {"stuck": 1, "queued": 1}
        assert (await sweep_stuck_answers(deps)).as_dict() == {"stuck": 1, "queued": 0}
        assert await queue.depth() == 1
    finally:
        await redis.aclose()


def test_the_sweep_is_a_row_of_the_one_schedule_table() -> None:
    rows = {p.job: p for p in schedule(Settings())}
    assert rows[JobName.SWEEP_STUCK_ANSWERS].cron_fields()[1] == set(range(2, 60, 5))
