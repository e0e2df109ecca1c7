"""The LLM judge against a real OpenAI-compatible server: llama-cpp-python with Gemma 3 270M.

Runs under `make test-extras` (the `llm` extra's venv). The tiny base model is a poor judge; this
proves the plumbing end to end: the real server's structured output, the verbatim check on what
it quotes, the verdict cache, determinism at temperature 0, and the fallback once it is stopped.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from analysis.scoring.fallback import FallbackScorer
from analysis.scoring.llm import LlmJudgeConfig, LlmScorer, MemoryVerdictCache
from analysis.scoring.types import AnswerScore
from settings.analysis import LlmResponseFormat
from tests.unit.analysis.extras_support import require_extra
from tests.unit.analysis.scoring.llm.support import DIMS, INCIDENT, LexicalScorer
from tests.unit.analysis.scoring.rubric import STRONG_INCIDENT, VAGUE_INCIDENT, typed

pytestmark = pytest.mark.extras

# One dimension keeps the test short: a dimension call takes seconds on 2 cores.
ONE_DIM = dataclasses.replace(INCIDENT, dimension_codes=("problem_solving",))


def _judge(base_url: str, model: str, cache: MemoryVerdictCache, **kw: object) -> LlmScorer:
    fields: dict[str, object] = {
        "base_url": base_url,
        "model": model,
        "timeout_s": 120.0,
        "retries": 1,
        # llama-cpp-python's server refuses `json_schema`; in JSON mode it takes the schema.
        "response_format": LlmResponseFormat.JSON_OBJECT,
        "concurrency": 1,
        "max_tokens": 160,
        "backoff_s": 0.1,
    }
    fields.update(kw)
    return LlmScorer(LlmJudgeConfig(**fields), cache)


def _verified_or_not_assessed(result: AnswerScore, text: str) -> None:
    for dim in result.dimensions:
        if dim.assessed:
            assert dim.evidence, dim
            assert all(e.text in text for e in dim.evidence)
        else:
            assert dim.not_assessed_reason


def test_tiny_gemma_judges_caches_repeats_and_falls_back(tmp_path: Path) -> None:
    require_extra("llm", ("llama_cpp",))
    from tests.unit.analysis.scoring.llm.llama_server import (
        DEFAULT_CACHE,
        MODEL_ALIAS,
        llama_server,
    )

    cache = MemoryVerdictCache()
    with llama_server(DEFAULT_CACHE, tmp_path / "server.log") as server:
        judge = _judge(server.base_url, MODEL_ALIAS, cache)
        scorer = FallbackScorer(judge, LexicalScorer(), cooldown_s=0)
        first = scorer.score(typed(STRONG_INCIDENT), ONE_DIM, DIMS)
        print(f"tiny model verdict: {first.to_dict()['dimensions']}")
        assert (first.engine, first.model, first.fallback_reason) == ("llm", MODEL_ALIAS, "")
        _verified_or_not_assessed(first, STRONG_INCIDENT)
        assert len(cache) == 1
        # Temperature 0 and a fixed seed: a fresh cache gets the same verdict from the server.
        fresh = _judge(server.base_url, MODEL_ALIAS, MemoryVerdictCache())
        assert fresh.score(typed(STRONG_INCIDENT), ONE_DIM, DIMS) == first
        fresh.close()
        # llama-cpp-python's server has no `json_schema` output: it fails such requests (HTTP
        # 500), the retry fails too, and the answer falls back saying so.
        strict = _judge(
            server.base_url,
            MODEL_ALIAS,
            MemoryVerdictCache(),
            response_format=LlmResponseFormat.JSON_SCHEMA,
        )
        refused = FallbackScorer(strict, LexicalScorer()).score(
            typed(STRONG_INCIDENT), ONE_DIM, DIMS
        )
        strict.close()
        assert refused.engine == "lexical"
        assert "HTTP 500" in refused.fallback_reason and "已尝试2次" in refused.fallback_reason
    # The server is gone: the same answer is a cache hit (any call would fail now) ...
    again = scorer.score(typed(STRONG_INCIDENT), ONE_DIM, DIMS)
    assert again == first
    # ... and a new answer is scored by the offline engine, which the result says.
    other = scorer.score(typed(VAGUE_INCIDENT + "我负责排查。"), ONE_DIM, DIMS)
    judge.close()
    assert other.engine == "lexical"
    assert "无法连接" in other.fallback_reason
    assert "已尝试2次" in other.fallback_reason
