"""Shared by the LLM judge's tests: the demo rubric, a judge config and the offline fallback."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from analysis.scoring import AnswerScore, DimensionSpec, QuestionSpec, score_answer
from analysis.scoring.llm import LlmJudgeConfig
from analysis.types import Transcript
from settings.analysis import LlmResponseFormat
from tests.unit.analysis.scoring.rubric import BACKEND, question

INCIDENT = question("incident_a")  # tagged problem_solving + backend_expertise
DIMS: Sequence[DimensionSpec] = BACKEND


def config(
    base_url: str,
    *,
    retries: int = 2,
    response_format: LlmResponseFormat = LlmResponseFormat.JSON_SCHEMA,
    model: str = "test-judge-7b",
    timeout_s: float = 10.0,
) -> LlmJudgeConfig:
    """A judge config for a local test server (short pauses between tries)."""
    return LlmJudgeConfig(
        base_url=base_url,
        model=model,
        timeout_s=timeout_s,
        retries=retries,
        seed=7,
        response_format=response_format,
        concurrency=2,
        max_tokens=300,
        backoff_s=0.05,
    )


class LexicalScorer:
    """The embedded scorer of this branch (score_answer) behind the AnswerScorer port: the
    fallback engine in these tests."""

    engine = "lexical"
    model = "lexical"

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """Score with score_answer."""
        result = score_answer(
            transcript, question, dimensions, flags=flags, min_asr_confidence=min_asr_confidence
        )
        return dataclasses.replace(result, model=self.model)
