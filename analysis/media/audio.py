"""Extract the answer's speech as 16 kHz mono: a float32 array or a PCM WAV file."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import numpy.typing as npt

from analysis.media.errors import UnusableMediaError, UnusableReason
from analysis.media.ffmpeg import input_args, require_file, run_ffmpeg

SAMPLE_RATE = 16_000
# Shorter than this is no answer at all (a click); ASR and cues need at least a few frames.
MIN_AUDIO_S = 0.1

AudioArray = npt.NDArray[np.float32]


def _limit_args(max_duration_s: float | None) -> list[str]:
    return ["-t", f"{max_duration_s:.3f}"] if max_duration_s else []


def decode_audio(
    path: Path, *, timeout_s: float = 120.0, max_duration_s: float | None = None
) -> AudioArray:
    """Decode the first audio stream of any recording to 16 kHz mono float32 in [-1, 1]."""
    require_file(path)
    raw = run_ffmpeg(
        [
            *input_args(path),
            *_limit_args(max_duration_s),
            "-map",
            "0:a:0",
            "-vn",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE),
            "-f",
            "f32le",
            "pipe:1",
        ],
        timeout_s=timeout_s,
        missing_stream=UnusableReason.NO_AUDIO,
    )
    audio = np.frombuffer(raw, dtype="<f4").astype(np.float32)
    if audio.size < int(MIN_AUDIO_S * SAMPLE_RATE):
        raise UnusableMediaError(UnusableReason.ZERO_DURATION, f"{audio.size} samples")
    return np.clip(audio, -1.0, 1.0)


def extract_wav(
    path: Path, out: Path, *, timeout_s: float = 120.0, max_duration_s: float | None = None
) -> Path:
    """Write the first audio stream of `path` to `out` as 16 kHz mono 16-bit PCM WAV."""
    audio = decode_audio(path, timeout_s=timeout_s, max_duration_s=max_duration_s)
    write_wav(out, audio)
    return out


def write_wav(out: Path, audio: AudioArray, sample_rate: int = SAMPLE_RATE) -> None:
    """Write a float32 mono array as 16-bit PCM WAV."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm.tobytes())


def duration_s(audio: AudioArray, sample_rate: int = SAMPLE_RATE) -> float:
    """Length of a decoded track in seconds."""
    return float(audio.size) / sample_rate
