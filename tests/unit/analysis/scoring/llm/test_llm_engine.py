"""The LLM judge against a local OpenAI-compatible server, through the real openai SDK.

The server (chat_server.py) answers like vLLM or llama.cpp would, with verdicts the test
scripts; everything on our side is the production code: prompt, SDK call, retries, parsing,
the verbatim check, calibration, the cache and the fallback.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from analysis.scoring.calibration import level_to_score
from analysis.scoring.fallback import FallbackScorer
from analysis.scoring.llm import PROMPT_VERSION, LlmScorer, MemoryVerdictCache
from analysis.scoring.llm.prompt import VERDICT_SCHEMA
from analysis.scoring.port import ScorerUnavailable
from settings.analysis import LlmResponseFormat
from tests.unit.analysis.scoring.llm.chat_server import (
    ChatRequest,
    ChatServer,
    Failure,
    first_sentence,
    verdict_json,
)
from tests.unit.analysis.scoring.llm.support import DIMS, INCIDENT, LexicalScorer, config
from tests.unit.analysis.scoring.rubric import STRONG_INCIDENT, VAGUE_INCIDENT, spoken, typed

LEVELS = {"problem_solving": 4, "backend_expertise": 3}


def quoting_judge(request: ChatRequest) -> str:
    """A judge that quotes the answer's first sentence, spaced the way a model might."""
    quote = " ".join(first_sentence(request.answer)[i : i + 6] for i in range(0, 60, 6)).strip()
    level = LEVELS.get(request.dimension, 3)
    return verdict_json(level, [quote], "先查监控定位根因，再采取措施并复盘")


def inventing_judge(request: ChatRequest) -> str:
    """A judge whose quotes are paraphrases: nothing the candidate said word for word."""
    return verdict_json(5, ["我迅速定位了数据库问题并彻底解决", "团队对我评价很高"], "表现优秀")


@pytest.fixture
def server() -> Iterator[ChatServer]:
    srv = ChatServer(quoting_judge)
    yield srv
    srv.stop()


def judge(server: ChatServer, **kwargs: object) -> LlmScorer:
    return LlmScorer(config(server.base_url, **kwargs))


def test_verbatim_quote_becomes_evidence_and_the_level_the_calibrated_score(
    server: ChatServer,
) -> None:
    scorer = judge(server)
    try:
        result = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    assert (result.engine, result.model, result.fallback_reason) == ("llm", "test-judge-7b", "")
    by_code = {d.code: d for d in result.dimensions}
    assert set(by_code) == set(LEVELS)
    for code, level in LEVELS.items():
        dim = by_code[code]
        assert dim.score == level_to_score(level)
        assert dim.level == level
        # The transcript's own words, not the model's respaced copy.
        assert [e.text for e in dim.evidence] == [first_sentence(STRONG_INCIDENT)]
        assert dim.evidence[0].text in STRONG_INCIDENT
        assert "复盘" in dim.contributions[0].detail
    assert server.calls == len(LEVELS)


def test_invented_quotes_are_dropped_and_the_level_is_not_assessed(server: ChatServer) -> None:
    server.judge = inventing_judge
    scorer = judge(server)
    try:
        result = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    for dim in result.dimensions:
        assert dim.score is None
        assert dim.evidence == ()
        assert "摘录都不是回答原文" in dim.not_assessed_reason


def test_mixed_quotes_keep_only_the_verbatim_one(server: ChatServer) -> None:
    def judge_fn(request: ChatRequest) -> str:
        real = "我加了联合索引并对接口做了限流"
        return verdict_json(4, ["我一个人重写了整个支付系统", real, "加了"], "有具体措施")

    server.judge = judge_fn
    scorer = judge(server)
    try:
        result = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    for dim in result.dimensions:
        # The paraphrase is not in the answer; "加了" is, but two characters prove nothing.
        assert [e.text for e in dim.evidence] == ["我加了联合索引并对接口做了限流"]
        assert dim.score == level_to_score(4)


def test_level_zero_means_not_assessed_with_the_judges_reason(server: ChatServer) -> None:
    server.judge = lambda r: verdict_json(0, [], "回答没有描述任何具体的排查行为")
    scorer = judge(server)
    try:
        result = scorer.score(typed(VAGUE_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    assert all(d.score is None for d in result.dimensions)
    assert all("没有描述任何具体的排查行为" in d.not_assessed_reason for d in result.dimensions)


def test_evidence_carries_the_time_of_the_segment_it_was_said_in(server: ChatServer) -> None:
    quote = "我加了联合索引并对接口做了限流"
    server.judge = lambda r: verdict_json(4, [quote], "有具体措施")
    transcript = spoken(STRONG_INCIDENT, chunk=30)
    scorer = judge(server)
    try:
        result = scorer.score(transcript, INCIDENT, DIMS)
    finally:
        scorer.close()
    ev = result.dimensions[0].evidence[0]
    pos = STRONG_INCIDENT.index(quote)
    seg = transcript.segments[pos // 30]
    assert (ev.segment_index, ev.start) == (pos // 30, seg.start)
    assert ev.end >= seg.end


def test_the_request_asks_for_a_deterministic_schema_constrained_verdict(
    server: ChatServer,
) -> None:
    scorer = judge(server)
    try:
        scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    body = server.requests[0]
    assert body["model"] == "test-judge-7b"
    assert (body["temperature"], body["seed"], body["max_tokens"]) == (0.0, 7, 300)
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["schema"] == VERDICT_SCHEMA
    user = body["messages"][-1]["content"]
    # The BARS levels and the answer itself are in the prompt.
    assert "等级 5" in user
    assert STRONG_INCIDENT in user


def test_json_object_and_plain_modes_for_servers_without_json_schema(server: ChatServer) -> None:
    def chatty(request: ChatRequest) -> str:
        if "response_format" in request.body:
            return quoting_judge(request)
        return "好的，评估如下：\n```json\n" + quoting_judge(request) + "\n```"

    server.judge = chatty
    for mode in (LlmResponseFormat.JSON_OBJECT, LlmResponseFormat.PLAIN):
        scorer = judge(server, response_format=mode)
        try:
            result = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
        finally:
            scorer.close()
        assert [d.score for d in result.dimensions] == [level_to_score(4), level_to_score(3)]
    sent = [r.get("response_format") for r in server.requests]
    assert sent == [{"type": "json_object", "schema": VERDICT_SCHEMA}] * 2 + [None] * 2


def test_second_run_is_a_cache_hit_the_server_sees_one_call_per_dimension(
    server: ChatServer,
) -> None:
    cache = MemoryVerdictCache()
    first, second = (
        LlmScorer(config(server.base_url), cache),
        LlmScorer(config(server.base_url), cache),
    )
    try:
        a = first.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
        assert server.calls == 2
        # The server would now say something else: the cached verdict still stands.
        server.judge = inventing_judge
        b = second.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        first.close()
        second.close()
    assert server.calls == 2
    assert a == b
    assert len(cache) == 2
    key = first.cache_key(INCIDENT, DIMS[1], STRONG_INCIDENT)
    assert (key.engine, key.model, key.prompt_version) == ("llm", "test-judge-7b", PROMPT_VERSION)


def test_same_transcript_twice_gives_identical_scores_and_identical_requests(
    server: ChatServer,
) -> None:
    scorer = judge(server)
    try:
        a = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
        b = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    assert a.to_dict() == b.to_dict()
    by_dim: dict[str, list[object]] = {}
    for body in server.requests:
        by_dim.setdefault(body["messages"][-1]["content"], []).append(body)
    assert len(by_dim) == 2
    assert all(len(v) == 2 and v[0] == v[1] for v in by_dim.values())


def test_a_transient_server_error_is_retried(server: ChatServer) -> None:
    failures = iter([Failure(503, "loading model")])

    def flaky(request: ChatRequest) -> str | Failure:
        return next(failures, None) or quoting_judge(request)

    server.judge = flaky
    scorer = judge(server)
    try:
        result = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    assert result.engine == "llm"
    assert all(d.assessed for d in result.dimensions)
    assert server.calls == 3


def test_invalid_output_is_retried_then_the_offline_engine_scores(server: ChatServer) -> None:
    server.judge = lambda r: "我认为这个回答可以打 4 分。"
    scorer = FallbackScorer(judge(server, retries=2), LexicalScorer())
    try:
        result = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.primary.close()
    assert (result.engine, result.model) == ("lexical", "lexical")
    assert "llm（test-judge-7b）未能评分" in result.fallback_reason
    assert "无法解析" in result.fallback_reason
    assert "已尝试3次" in result.fallback_reason
    assert all(d.assessed for d in result.dimensions)
    # Each judged dimension was asked 1 + 2 times at most before the answer fell back.
    assert 3 <= server.calls <= 6


def test_a_server_rejecting_json_schema_says_which_setting_to_change(server: ChatServer) -> None:
    def strict(request: ChatRequest) -> str | Failure:
        if request.body.get("response_format", {}).get("type") == "json_schema":
            return Failure(422, "Input should be 'text' or 'json_object'")
        return quoting_judge(request)

    server.judge = strict
    scorer = judge(server)
    try:
        with pytest.raises(ScorerUnavailable, match="RESPONSE_FORMAT=json_object"):
            scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()


def test_an_unknown_model_is_not_retried(server: ChatServer) -> None:
    server.judge = lambda r: Failure(404, "model 'qwen-72b' not found")
    scorer = judge(server, retries=3)
    try:
        with pytest.raises(ScorerUnavailable, match="HTTP 404"):
            scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
    finally:
        scorer.close()
    assert server.calls <= 2  # one per dimension at most, no retries


def test_stopped_server_retries_then_falls_back_and_the_result_says_so(
    server: ChatServer,
) -> None:
    scorer = FallbackScorer(judge(server, retries=2), LexicalScorer())
    try:
        first = scorer.score(typed(STRONG_INCIDENT), INCIDENT, DIMS)
        server.stop()
        second = scorer.score(typed(VAGUE_INCIDENT + "我负责排查。"), INCIDENT, DIMS)
        # Within the cool-down the dead server is not asked again.
        third = scorer.score(typed(STRONG_INCIDENT + "我也写了文档。"), INCIDENT, DIMS)
    finally:
        scorer.primary.close()
    assert first.engine == "llm" and first.fallback_reason == ""
    assert second.engine == "lexical"
    assert "无法连接" in second.fallback_reason and "已尝试3次" in second.fallback_reason
    assert third.engine == "lexical" and third.fallback_reason == second.fallback_reason


def test_unscoreable_answers_never_reach_the_server(server: ChatServer) -> None:
    scorer = judge(server)
    try:
        result = scorer.score(typed("不知道。"), INCIDENT, DIMS)
        low = scorer.score(spoken(STRONG_INCIDENT, confidence=0.2), INCIDENT, DIMS)
    finally:
        scorer.close()
    assert server.calls == 0
    assert all(d.score is None for d in (*result.dimensions, *low.dimensions))
    assert "过短" in result.not_assessed_reason
    assert "可信度过低" in low.not_assessed_reason
