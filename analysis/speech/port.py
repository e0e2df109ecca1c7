"""The Transcriber port: 16 kHz mono float32 audio in, a Transcript out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from analysis.types import Segment, Transcript

AudioArray = npt.NDArray[np.float32]
SAMPLE_RATE = 16_000


@runtime_checkable
class Transcriber(Protocol):
    """Speech to text for one answer; implementations load their model lazily, offline."""

    @property
    def engine(self) -> str:
        """Engine label stored with each transcript, e.g. "faster-whisper/base"."""
        ...

    def transcribe(self, audio: AudioArray, *, language: str = "zh") -> Transcript:
        """Transcribe a 16 kHz mono float32 array."""
        ...


def weighted_confidence(segments: Sequence[Segment]) -> float:
    """Duration-weighted mean of segment confidences; 0 when there are none."""
    if not segments:
        return 0.0
    weights = [max(s.end - s.start, 0.01) for s in segments]
    return sum(w * s.confidence for w, s in zip(weights, segments, strict=True)) / sum(weights)


def build_transcript(
    segments: Sequence[Segment], *, language: str, engine: str, duration_s: float
) -> Transcript:
    """Assemble a Transcript from engine segments (text joined without spaces for Chinese)."""
    kept = tuple(s for s in segments if s.text.strip())
    joiner = "" if language.startswith("zh") else " "
    return Transcript(
        text=joiner.join(s.text.strip() for s in kept),
        segments=kept,
        language=language,
        confidence=weighted_confidence(kept),
        engine=engine,
        duration_s=duration_s,
    )
