"""The analysis job with `scoring_engine=llm`: the judge scores through a local
OpenAI-compatible server, its verdicts land in the database cache, and a stopped server hands
the answers to the offline engine with the reason stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analysis.scoring import build_scorer
from analysis.scoring.labels import scorer_label
from dinghire.bootstrap import build_vault
from dinghire.jobs import job_functions
from dinghire.scoring import build_process_scorer
from settings import DatabaseSettings, ScoringEngine, Settings
from tests.integration.analysis.factories import submitted_interview
from tests.unit.analysis.scoring.llm.chat_server import ChatRequest, ChatServer, verdict_json
from tests.unit.analysis.scoring.rubric import STRONG_INCIDENT
from workflows.assessments.models import AnalysisResult, LlmVerdict
from workflows.assessments.reports import current_report
from workflows.background.names import JobName
from workflows.background.queue import InProcessJobQueue
from workflows.events import EventBus
from workflows.storage.local import LocalEncryptedStore

DESIGN = (
    "我会先做容量规划，按每秒一万笔估算峰值，订单表按用户分库分表，库存用 Redis 预扣减，"
    "下单请求通过 Kafka 削峰，消费端保证幂等，最后配合监控告警和限流降级。"
)


def judge(request: ChatRequest) -> str:
    sentence = request.answer.split("，", 1)[0]
    return verdict_json(4, [sentence], "行为具体，有结果")


@pytest.fixture
def server() -> Iterator[ChatServer]:
    srv = ChatServer(judge, model="qwen2.5-7b-instruct")
    yield srv
    srv.stop()


def _ctx(settings: Settings, tmp_path: Path, base_url: str) -> dict[str, Any]:
    analysis = settings.analysis.model_copy(
        update={
            "scoring_engine": ScoringEngine.LLM,
            "llm_base_url": base_url,
            "llm_model": "qwen2.5-7b-instruct",
            "llm_retries": 1,
        }
    )
    llm_settings = settings.model_copy(update={"analysis": analysis})
    vault = build_vault(llm_settings)
    context: dict[str, Any] = {
        "settings": llm_settings,
        "vault": vault,
        "store": LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes()),
        "bus": EventBus(),
        # As the bootstrap builds it: database cache, offline fallback.
        "scorer": build_process_scorer(llm_settings, vault, build_scorer("offline", analysis)),
    }
    context["queue"] = InProcessJobQueue(job_functions(), context, max_tries=2)
    return context


async def _run_all(ctx: dict[str, Any], answer_ids: list[int]) -> None:
    for answer_id in answer_ids:
        await ctx["queue"].enqueue(JobName.ANALYSE_ANSWER, answer_id, job_id=f"analyse:{answer_id}")
    await ctx["queue"].drain(120)


async def test_llm_scores_the_interview_and_falls_back_when_its_server_stops(
    db: DatabaseSettings, settings: Settings, tmp_path: Path, server: ChatServer
) -> None:
    ctx = _ctx(settings, tmp_path, server.base_url)
    interview = await submitted_interview(ctx["vault"], [STRONG_INCIDENT, DESIGN])
    await _run_all(ctx, interview.answer_ids)
    results = await AnalysisResult.filter(answer_id__in=interview.answer_ids)
    assert len(results) == 2
    for row in results:
        scores = row.dimension_scores
        assert (scores["engine"], scores["model"]) == ("llm", "qwen2.5-7b-instruct")
        assert scores["fallback_reason"] == ""
        assessed = [d for d in scores["dimensions"] if d["score"] is not None]
        assert assessed and all(d["score"] == 7.5 for d in assessed)
    assert await LlmVerdict.all().count() == server.calls > 0
    report = await current_report(interview.application_id)
    assert report is not None and report.overall_score is not None
    engines = {s["engine"] for d in report.dimensions for s in d.get("scored_by", ())}
    assert engines == {"llm"}

    await ctx["queue"].close()
    server.stop()
    ctx = _ctx(settings, tmp_path, server.base_url)
    later = await submitted_interview(ctx["vault"], [DESIGN + "上线后峰值稳定。"])
    await _run_all(ctx, later.answer_ids)
    row = await AnalysisResult.get(answer_id=later.answer_ids[0])
    scores = row.dimension_scores
    assert scores["engine"] == "offline"
    assert "无法连接" in scores["fallback_reason"]
    label = scorer_label(scores["engine"], scores["model"], fallback=True)
    assert label.startswith("离线评分引擎") and "大模型评审不可用" in label
    await ctx["queue"].close()
