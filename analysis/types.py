"""Types shared by the analysis stages: transcripts, cues and quality flags.

Speech, audio and vision stages produce these; scoring and reports consume them. Keep them
plain frozen dataclasses so results serialise to JSON for storage and reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Segment:
    """A transcribed stretch of speech; times in seconds from the start of the answer."""

    start: float
    end: float
    text: str
    confidence: float  # 0..1, from the engine (e.g. exp(avg_logprob)), never invented
    no_speech_prob: float | None = None  # engine's probability that this is not speech, if given


@dataclass(frozen=True, slots=True)
class Transcript:
    """What was said in one answer (or typed, for a text answer: one segment, confidence 1)."""

    text: str
    segments: tuple[Segment, ...]
    language: str
    confidence: float  # duration-weighted mean of segment confidences; 0 when nothing was said
    engine: str  # e.g. "faster-whisper/base", "funasr/paraformer-zh", "text"
    duration_s: float = 0.0

    @property
    def is_empty(self) -> bool:
        """True when no words were recognised."""
        return not self.text.strip()


class Flag(StrEnum):
    """Why an answer needs a human look instead of (or besides) a score."""

    SILENT = "silent"
    LOW_ASR_CONFIDENCE = "low_asr_confidence"
    TOO_SHORT = "too_short"
    CLIPPING = "clipping"
    NOISY = "noisy"
    TOO_QUIET = "too_quiet"
    NO_FACE = "no_face"
    MULTIPLE_FACES = "multiple_faces"
    LOOKING_AWAY = "looking_away"
    POOR_LIGHTING = "poor_lighting"
    BLURRY = "blurry"
    UNUSABLE_MEDIA = "unusable_media"


@dataclass(frozen=True, slots=True)
class AudioCues:
    """Measured from the 16 kHz mono track; None where it could not be measured."""

    speaking_rate_cpm: float | None  # characters per minute of speech
    pause_ratio: float | None  # share of the answer that is silence
    long_pauses: int  # pauses of 3 s or more
    loudness_dbfs: float | None
    loudness_std_db: float | None
    clipping_ratio: float | None
    noise_floor_dbfs: float | None
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True, slots=True)
class VisionCues:
    """Integrity and recording-quality measures from sampled frames."""

    frames_sampled: int
    face_present_ratio: float | None
    multiple_faces_ratio: float | None
    off_centre_ratio: float | None
    brightness_mean: float | None
    blur_variance: float | None
    flags: tuple[Flag, ...] = ()
    # Present only when the job enables them and the candidate consented separately.
    expression: dict[str, float] = field(default_factory=dict)
