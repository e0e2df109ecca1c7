"""Decide from a transcript whether an answer can be scored or needs a re-record / human look."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from analysis.speech.text import normalise_for_cer
from analysis.types import Flag, Transcript

# Whisper's own cut-off for "this segment is not speech" (faster-whisper no_speech_threshold).
NO_SPEECH_THRESHOLD = 0.6
# Whisper's own loop detector: text that gzip-compresses this well is a repetition loop
# ("数字数字数字..."), which the engine can emit with high token confidence.
MAX_COMPRESSION_RATIO = 2.4
_MIN_CHARS_FOR_RATIO = 20
# Within one segment: the same one to four characters five times running ("堂堂堂堂堂",
# "数字数字数字数字数字") is Whisper looping, however confident its tokens were.
_LOOP = re.compile(r"(.{1,4}?)\1{4,}")


def compression_ratio(text: str) -> float:
    """UTF-8 length over zlib-compressed length (higher = more repetitive)."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def segment_is_unsure(text: str, confidence: float, min_confidence: float) -> bool:
    """Whether a transcript segment should be marked as uncertain to the person reading it:
    the engine's confidence is below the line, or the text is a repetition loop."""
    return confidence < min_confidence or bool(_LOOP.search(normalise_for_cer(text)))


@dataclass(frozen=True, slots=True)
class SpeechCheckLimits:
    """Thresholds for spoken answers; min_confidence comes from settings.analysis."""

    min_confidence: float = 0.45
    min_duration_s: float = 3.0
    min_chars: int = 4


@dataclass(frozen=True, slots=True)
class SpeechCheck:
    """The verdict: flags, and whether the answer may be scored automatically."""

    flags: tuple[Flag, ...]
    spoken_chars: int

    @property
    def scorable(self) -> bool:
        """False when any flag means the words cannot be trusted (re-record or human review)."""
        return not self.flags


def spoken_chars(transcript: Transcript) -> int:
    """Letters and digits said in segments the engine believes are speech."""
    if not transcript.segments:
        return len(normalise_for_cer(transcript.text))
    return sum(
        len(normalise_for_cer(seg.text))
        for seg in transcript.segments
        if seg.no_speech_prob is None or seg.no_speech_prob < NO_SPEECH_THRESHOLD
    )


def check_speech(
    transcript: Transcript, duration_s: float, limits: SpeechCheckLimits | None = None
) -> SpeechCheck:
    """Flag SILENT (nothing said), TOO_SHORT and LOW_ASR_CONFIDENCE (unsure or looping)."""
    limits = limits or SpeechCheckLimits()
    chars = spoken_chars(transcript)
    flags: list[Flag] = []
    if chars == 0:
        flags.append(Flag.SILENT)
    if duration_s < limits.min_duration_s or 0 < chars < limits.min_chars:
        flags.append(Flag.TOO_SHORT)
    looping = (
        chars >= _MIN_CHARS_FOR_RATIO
        and compression_ratio(normalise_for_cer(transcript.text)) > MAX_COMPRESSION_RATIO
    )
    if chars > 0 and (transcript.confidence < limits.min_confidence or looping):
        flags.append(Flag.LOW_ASR_CONFIDENCE)
    return SpeechCheck(flags=tuple(flags), spoken_chars=chars)
