"""Turn one stored recording into a transcript, audio cues and vision cues.

The media, speech, audio and vision stages belong to their own packages; this module only
sequences them for analyse_answer_job: decrypt to a private temp file, decode, transcribe, measure.
Vision (frame sampling + cues) runs in a thread beside ASR once the audio is decoded: ctranslate2,
ffmpeg and OpenCV release the GIL, so an answer takes about max(ASR, vision), not their sum.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from analysis import speech
from analysis.audio import measure_audio_cues
from analysis.media.audio import decode_audio, duration_s
from analysis.media.errors import UnusableMediaError
from analysis.media.frames import sample_frames
from analysis.speech import SpeechCheckLimits, Transcriber, check_speech
from analysis.types import Flag, Transcript, VisionCues
from analysis.vision import measure_vision_cues
from settings import Settings

# Subprocess limits: a recording is at most a few minutes; anything slower is stuck.
DECODE_TIMEOUT_S = 120.0
FRAMES_TIMEOUT_S = 180.0
MAX_ANSWER_S = 15 * 60.0
# One frame a second: face presence, multiple faces and looking away are ratios with thresholds
# of 10-50%, which 60 samples per minute resolve as well as 120, and lighting and blur are
# medians. Half the frames halves the Haar work that competes with ASR for the two cores.
VISION_FPS = 1.0


@dataclass(frozen=True, slots=True)
class MediaOutcome:
    """What the media stages produced for one answer."""

    transcript: Transcript
    audio_cues: dict[str, Any]
    vision_cues: dict[str, Any]
    flags: tuple[str, ...]
    error: str = ""  # the Chinese reason when the recording was unusable
    asr_s: float = 0.0  # wall time of the transcription (the ASR real-time factor's numerator)


def empty_transcript(engine: str) -> Transcript:
    """The transcript of a recording nothing could be heard in."""
    return Transcript("", (), "zh", 0.0, engine, 0.0)


class MediaStore(Protocol):
    """Where recordings are kept (the encrypted store): copied out plain, never loaded whole."""

    async def save_plain(self, key: str, fd: int) -> int:
        """Write the object's plaintext to the open file `fd`; the bytes written."""
        ...


async def analyse_recording(
    store: MediaStore,
    media_key: str,
    *,
    transcriber: Transcriber,
    video: bool,
    face_cues: bool,
    speech_limits: SpeechCheckLimits | None = None,
) -> MediaOutcome:
    """Decrypt `media_key` into a private temp file (streamed) and run the media stages on it."""
    fd, name = tempfile.mkstemp(prefix="dinghire-answer-", suffix=".media")
    path = Path(name)
    try:
        # 0600 temp file, removed in all cases: the plaintext never outlives the job, and only
        # one segment of it is in memory at a time.
        try:
            await store.save_plain(media_key, fd)
        finally:
            os.close(fd)
        return await _stages(
            path, transcriber, video=video, face_cues=face_cues, limits=speech_limits
        )
    finally:
        await asyncio.to_thread(path.unlink, missing_ok=True)


async def _stages(
    path: Path,
    transcriber: Transcriber,
    *,
    video: bool,
    face_cues: bool,
    limits: SpeechCheckLimits | None,
) -> MediaOutcome:
    engine = transcriber.engine
    try:
        audio = await asyncio.to_thread(
            decode_audio, path, timeout_s=DECODE_TIMEOUT_S, max_duration_s=MAX_ANSWER_S
        )
    except UnusableMediaError as exc:
        return MediaOutcome(empty_transcript(engine), {}, {}, (Flag.UNUSABLE_MEDIA,), exc.message)
    seconds = duration_s(audio)
    vision = asyncio.create_task(_vision(path, seconds, face_cues)) if video else None
    try:
        asr_started = time.perf_counter()
        transcript: Transcript = await asyncio.to_thread(transcriber.transcribe, audio)
        asr_s = time.perf_counter() - asr_started
        speech = check_speech(transcript, seconds, limits)
        acues = await asyncio.to_thread(measure_audio_cues, audio, transcript)
        vcues = await vision if vision is not None else None
    finally:
        if vision is not None:
            # On any failure, let the thread finish before the caller deletes the temp file
            # (and collect its outcome, which no longer matters).
            await asyncio.gather(vision, return_exceptions=True)
    flags = [*speech.flags, *acues.flags, *(vcues.flags if vcues else ())]
    return MediaOutcome(
        transcript,
        _jsonable(acues),
        _jsonable(vcues) if vcues else {},
        tuple(dict.fromkeys(str(f) for f in flags)),
        asr_s=asr_s,
    )


async def _vision(path: Path, seconds: float, face_cues: bool) -> VisionCues | None:
    """Sample frames spread over the recording and measure the vision cues."""
    try:
        frames = await asyncio.to_thread(
            sample_frames,
            path,
            fps=VISION_FPS,
            duration_s=seconds or None,
            timeout_s=FRAMES_TIMEOUT_S,
        )
    except UnusableMediaError:
        return None  # an audio answer in a video container: no picture, nothing to flag
    return await asyncio.to_thread(measure_vision_cues, frames, face_cues=face_cues)


def _jsonable(obj: Any) -> dict[str, Any]:
    data = dataclasses.asdict(obj)
    data["flags"] = [str(f) for f in data.get("flags", ())]
    return data


def build_transcriber(settings: Settings) -> Transcriber:
    """The default transcriber from the analysis settings (build once per process)."""
    return speech.build_transcriber(settings.analysis)
