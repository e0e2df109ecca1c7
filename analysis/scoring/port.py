"""The answer-scoring port: every engine turns one answer into the same typed AnswerScore.

Engines (the offline embedded default, the LLM judge behind an OpenAI-compatible server) differ
in how they find a dimension's level; what they return is the same: per tagged dimension a
rubric level 1-5 mapped to 0-10 by `calibration.level_to_score`, verbatim evidence quotes and a
confidence, or "not assessed" with the reason. An engine never scores a dimension without at
least one evidence quote that is a verbatim substring of the transcript.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from analysis.scoring.types import AnswerScore, DimensionSpec, QuestionSpec
from analysis.types import Transcript


class AnswerScorer(Protocol):
    """Scores one answer against the dimensions its question is tagged with."""

    @property
    def engine(self) -> str:
        """Engine id stored with every result and shown in the report, e.g. "offline", "llm"."""
        ...

    @property
    def model(self) -> str:
        """What scored inside the engine (model name or offline model version)."""
        ...

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """Score each tagged dimension 0..10 with evidence, or mark it not assessed."""
        ...


class ScorerUnavailable(Exception):
    """An engine could not score this answer (server down, timeouts, invalid output after
    retries); a FallbackScorer then asks the next engine. The message says why, for the report."""
