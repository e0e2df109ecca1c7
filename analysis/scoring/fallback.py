"""A scorer that falls back to another when the first cannot score (e.g. its server is down).

The result always names the engine and model that actually scored, plus `fallback_reason`
saying which engine was meant to and why it did not, so the report never passes an offline
score off as the LLM's. After a failure the primary is skipped for `cooldown_s`, so a dead
server costs one round of retries, not one per answer.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Iterable, Sequence

from analysis.scoring.port import AnswerScorer, ScorerUnavailable
from analysis.scoring.types import AnswerScore, DimensionSpec, QuestionSpec
from analysis.types import Transcript

log = logging.getLogger(__name__)


class FallbackScorer:
    """Scores with `primary`; when it raises ScorerUnavailable, with `fallback`."""

    def __init__(
        self, primary: AnswerScorer, fallback: AnswerScorer, *, cooldown_s: float = 30.0
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self._cooldown_s = cooldown_s
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._down_reason = ""

    @property
    def engine(self) -> str:
        """The configured (primary) engine."""
        return self.primary.engine

    @property
    def model(self) -> str:
        """The configured (primary) engine's model."""
        return self.primary.model

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """The primary's score, or the fallback's with the reason the primary did not score."""
        flags = tuple(flags)
        with self._lock:
            resting = time.monotonic() < self._down_until
            reason = self._down_reason
        if not resting:
            try:
                return self.primary.score(
                    transcript,
                    question,
                    dimensions,
                    flags=flags,
                    min_asr_confidence=min_asr_confidence,
                )
            except ScorerUnavailable as exc:
                reason = str(exc)
                log.warning(
                    "%s unavailable, scoring with %s: %s", self.engine, self.fallback.engine, reason
                )
                with self._lock:
                    self._down_until = time.monotonic() + self._cooldown_s
                    self._down_reason = reason
        result = self.fallback.score(
            transcript, question, dimensions, flags=flags, min_asr_confidence=min_asr_confidence
        )
        primary = f"{self.primary.engine}（{self.primary.model}）"
        note = f"{primary}未能评分：{reason}；由 {result.engine} 引擎评分"
        return dataclasses.replace(result, fallback_reason=note)


class SerialScorer:
    """Lets one thread score at a time: the job scores off the event loop (the LLM judge's calls
    block), and the offline engine's models are not shared between threads."""

    def __init__(self, inner: AnswerScorer) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    @property
    def engine(self) -> str:
        """The wrapped scorer's engine."""
        return self.inner.engine

    @property
    def model(self) -> str:
        """The wrapped scorer's model."""
        return self.inner.model

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """The wrapped scorer's score, one call at a time."""
        with self._lock:
            return self.inner.score(
                transcript, question, dimensions, flags=flags, min_asr_confidence=min_asr_confidence
            )
