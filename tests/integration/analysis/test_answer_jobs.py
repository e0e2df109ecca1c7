"""Analysis jobs in process: text answers to a versioned report, once per answer and version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dinghire.bootstrap import build_vault
from dinghire.jobs import job_functions
from settings import DatabaseSettings, Settings
from tests.integration.analysis.factories import submitted_interview
from tests.unit.analysis.scoring.rubric import NO_RESULT_INCIDENT, STRONG_INCIDENT, VAGUE_INCIDENT
from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.assessments.jobs import (
    analyse_answer_job,
    analyser_version,
    build_report_job,
    rescore_application,
    subscribe_report_on_submit,
)
from workflows.assessments.models import AnalysisResult, Report
from workflows.assessments.reports import current_report, report_history
from workflows.background.dead_letters import list_failed_jobs
from workflows.background.names import JobName
from workflows.background.queue import InProcessJobQueue
from workflows.events import EventBus
from workflows.interviews.models import Answer, AnswerStatus, InterviewSession, SessionStatus
from workflows.privacy import contexts
from workflows.privacy.contexts import TRANSCRIPT
from workflows.privacy.sealed_json import open_doc, open_text
from workflows.storage.local import LocalEncryptedStore

INTRO = (
    "我叫李明，有六年后端开发经验，之前在一家电商公司负责订单系统，"
    "主导了订单服务拆分，把下单接口的平均耗时从八百毫秒降到了两百毫秒。"
)
DESIGN = (
    "我会先做容量规划，按每秒一万笔估算峰值，订单表按用户分库分表，库存用 Redis 预扣减，"
    "下单请求通过 Kafka 削峰，消费端保证幂等，最后配合监控告警和限流降级。"
)
LEARN = (
    "我会先花两天读官方文档和现有代码，搭建本地环境跑通主流程，"
    "第一周修复一个小问题熟悉流程，第二周独立完成一个需求，并把学习笔记整理成文档分享给团队。"
)


@pytest.fixture
def ctx(settings: Settings, tmp_path: Path) -> dict[str, Any]:
    """A job ctx like the worker's, with the in-process queue."""
    context: dict[str, Any] = {
        "settings": settings,
        "vault": build_vault(settings),
        "store": LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes()),
        "bus": EventBus(),
    }
    context["queue"] = InProcessJobQueue(job_functions(), context, max_tries=2)
    return context


async def _run_all(ctx: dict[str, Any], answer_ids: list[int]) -> None:
    queue: InProcessJobQueue = ctx["queue"]
    for answer_id in answer_ids:
        await queue.enqueue(JobName.ANALYSE_ANSWER, answer_id, job_id=f"analyse:{answer_id}")
    await queue.drain(60)


async def test_text_interview_produces_a_report_with_evidence_from_the_answers(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    texts = [INTRO, STRONG_INCIDENT, VAGUE_INCIDENT, DESIGN, LEARN]
    interview = await submitted_interview(ctx["vault"], list(texts))
    await _run_all(ctx, interview.answer_ids)

    results = await AnalysisResult.filter(answer_id__in=interview.answer_ids)
    assert sorted(r.answer_id for r in results) == sorted(interview.answer_ids)  # type: ignore[attr-defined]
    assert all(r.engine == "text" for r in results)
    stored = ctx["vault"].decrypt(results[0].transcript_enc, context=TRANSCRIPT)
    assert stored in texts
    # The words of the timed segments are sealed under the candidate's key like the transcript.
    raw = str([r.segments for r in results])
    assert results[0].segments and not any(t[:8] in raw for t in texts)
    opened = await ctx["vault"].open_segments(results[0].segments)
    assert all(s["text"] and s["text"] in stored for s in opened)

    # Evidence quotes are sealed at rest (under the candidate's key) and open with the vault.
    sealed = await current_report(interview.application_id)
    assert sealed is not None
    at_rest = [ev["text"] for dim in sealed.dimensions for ev in dim["evidence"]]
    assert at_rest and all(q.startswith("v2:c") for q in at_rest)
    report = await current_report(interview.application_id, ctx["vault"])
    assert report is not None and report.version == 1
    assert report.overall_score is not None and 0 < report.overall_score <= 100
    assert 0 < (report.confidence or 0) <= 1
    quotes = [ev["text"] for dim in report.dimensions for ev in dim["evidence"]]
    assert quotes and all(any(q in t for t in texts) for q in quotes)
    assert report.suggestions
    app = await Application.get(id=interview.application_id)
    assert app.stage == Stage.SCORED and app.overall_score == report.overall_score
    history = await StageHistory.filter(application_id=app.id, to_stage=Stage.SCORED).first()
    assert history is not None and history.actor == "system:analysis"
    statuses = {a.status for a in await Answer.filter(id__in=interview.answer_ids)}
    assert statuses == {AnswerStatus.ANALYSED}


async def test_running_an_answer_job_again_stores_no_second_result_or_report(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    interview = await submitted_interview(ctx["vault"], [STRONG_INCIDENT, DESIGN])
    await _run_all(ctx, interview.answer_ids)
    first = await analyse_answer_job({**ctx, "job_try": 1}, interview.answer_ids[0])
    again = await analyse_answer_job({**ctx, "job_try": 2}, interview.answer_ids[0])
    assert first["result_id"] == again["result_id"]
    await ctx["queue"].drain(30)
    report = await build_report_job({**ctx, "job_try": 1}, interview.application_id)
    assert report["created"] is False and report["version"] == 1
    assert await AnalysisResult.filter(answer_id__in=interview.answer_ids).count() == 2
    assert await Report.filter(application_id=interview.application_id).count() == 1


async def test_report_waits_for_the_last_answer_and_for_submission(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    interview = await submitted_interview(ctx["vault"], [STRONG_INCIDENT, DESIGN], submitted=False)
    await _run_all(ctx, interview.answer_ids)
    assert await current_report(interview.application_id) is None
    out = await build_report_job({**ctx, "job_try": 1}, interview.application_id)
    assert out is None  # no submitted interview: dead-lettered, not retried
    failed = await list_failed_jobs(function=JobName.BUILD_REPORT)
    assert [f.args for f in failed] == [[interview.application_id]]


async def test_rescoring_with_a_new_version_keeps_the_old_report(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    interview = await submitted_interview(ctx["vault"], [STRONG_INCIDENT, NO_RESULT_INCIDENT])
    await _run_all(ctx, interview.answer_ids)
    old = await current_report(interview.application_id)
    assert old is not None

    queued = await rescore_application(ctx, interview.application_id, "score-2/test")
    assert queued == 2
    await ctx["queue"].drain(60)

    versions = await report_history(interview.application_id)
    assert [(r.version, r.analyser_version, r.is_current) for r in versions] == [
        (2, "score-2/test", True),
        (1, analyser_version(ctx["settings"]), False),
    ]
    assert versions[1].id == old.id and versions[1].overall_score == old.overall_score
    assert await AnalysisResult.filter(answer_id__in=interview.answer_ids).count() == 4
    app = await Application.get(id=interview.application_id)
    assert app.stage == Stage.SCORED  # re-scoring does not move the stage again


async def test_follow_up_is_offered_as_the_next_node_while_the_interview_runs(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    interview = await submitted_interview(
        ctx["vault"], [INTRO, NO_RESULT_INCIDENT], submitted=False
    )
    assert interview.questions[1].allow_follow_up
    await _run_all(ctx, interview.answer_ids[1:])
    await analyse_answer_job({**ctx, "job_try": 2}, interview.answer_ids[1])  # a retry
    session = await InterviewSession.get(id=interview.session_id)
    follow_ups = [n for n in session.plan if n["kind"] == "follow_up"]
    assert len(follow_ups) == 1
    assert follow_ups[0]["after_index"] == 1
    # It quotes the answer: sealed under the candidate's key in the plan and the result.
    stored = follow_ups[0]["text"]
    assert stored.startswith("v2:c") and "结果" not in stored
    text = await open_text(ctx["vault"], stored, context=contexts.FOLLOW_UP_QUESTION)
    assert "结果" in text
    result = await AnalysisResult.get(answer_id=interview.answer_ids[1])
    assert "kind" not in result.follow_up  # only the seal and the node it became
    suggestion = await open_doc(ctx["vault"], result.follow_up, context=contexts.FOLLOW_UP)
    assert suggestion["kind"] == "missing_result" and suggestion["text"] == text
    assert suggestion["node_index"] == follow_ups[0]["index"]


async def test_unknown_answer_goes_to_the_dead_letters(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    assert await analyse_answer_job({**ctx, "job_try": 1, "job_id": "analyse:999"}, 999) is None
    failed = await list_failed_jobs()
    assert [(f.job_id, f.function) for f in failed] == [("analyse:999", JobName.ANALYSE_ANSWER)]


async def test_submitting_after_every_answer_was_analysed_still_builds_the_report(
    db: DatabaseSettings, ctx: dict[str, Any]
) -> None:
    subscribe_report_on_submit(ctx["bus"], ctx["queue"], ctx["settings"])
    interview = await submitted_interview(ctx["vault"], [STRONG_INCIDENT, DESIGN], submitted=False)
    await _run_all(ctx, interview.answer_ids)
    assert await current_report(interview.application_id) is None

    await InterviewSession.filter(id=interview.session_id).update(status=SessionStatus.SUBMITTED)
    await transition(
        interview.application_id,
        Stage.SUBMITTED,
        actor=Actor.system("test"),
        reason="候选人提交面试",
        bus=ctx["bus"],
    )
    await ctx["queue"].drain(30)
    assert await current_report(interview.application_id) is not None
    session = await InterviewSession.get(id=interview.session_id)
    assert session.status == SessionStatus.COMPLETED
    app = await Application.get(id=interview.application_id)
    assert app.stage == Stage.SCORED
