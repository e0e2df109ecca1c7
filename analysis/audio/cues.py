"""Measure AudioCues from the 16 kHz track (and the transcript, for the speaking rate)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from analysis.audio.vad import FLOOR_DB, SAMPLE_RATE, detect_activity, runs
from analysis.speech.quality import spoken_chars
from analysis.types import AudioCues, Flag, Transcript

LONG_PAUSE_S = 3.0
CLIP_LEVEL = 0.99  # |sample| at or above this is treated as clipped
MIN_FLOOR_S = 0.5


@dataclass(frozen=True, slots=True)
class AudioLimits:
    """When recording quality earns a flag."""

    max_clipping_ratio: float = 0.001  # 0.1% of samples at full scale is audible distortion
    max_noise_floor_dbfs: float = -40.0
    min_snr_db: float = 15.0
    min_loudness_dbfs: float = -40.0


def measure_audio(
    audio: npt.NDArray[np.float32],
    transcript: Transcript | None = None,
    *,
    sample_rate: int = SAMPLE_RATE,
    limits: AudioLimits | None = None,
) -> AudioCues:
    """Speaking rate, pauses, loudness, clipping and noise floor, with quality flags."""
    limits = limits or AudioLimits()
    activity = detect_activity(audio, sample_rate)
    db, voiced = activity.frame_db, activity.voiced
    if db.size == 0:
        return AudioCues(None, None, 0, None, None, None, None, (Flag.TOO_QUIET,))
    clipping = float(np.mean(np.abs(audio) >= CLIP_LEVEL))
    unvoiced_db = db[~voiced]
    # The floor is what the room sounds like in the pauses; an answer without half a second of
    # pause has no measurable floor (its quietest frames are still speech).
    noise_floor: float | None = None
    if unvoiced_db.size * activity.frame_s >= MIN_FLOOR_S:
        noise_floor = round(float(np.median(unvoiced_db)), 2)

    voiced_idx = np.flatnonzero(voiced)
    if voiced_idx.size == 0:
        silent_flags = [Flag.TOO_QUIET]
        if noise_floor is not None and noise_floor > limits.max_noise_floor_dbfs:
            silent_flags.append(Flag.NOISY)
        return AudioCues(
            speaking_rate_cpm=None,
            pause_ratio=1.0,
            long_pauses=0,
            loudness_dbfs=round(_rms_db(audio), 2),
            loudness_std_db=None,
            clipping_ratio=clipping,
            noise_floor_dbfs=noise_floor,
            flags=tuple(silent_flags),
        )
    # The answer spans first to last voiced frame; silence before and after is not a pause.
    span = voiced[voiced_idx[0] : voiced_idx[-1] + 1]
    pauses = [length for _, length in runs(~span)]
    long_frames = round(LONG_PAUSE_S / activity.frame_s)
    pause_ratio = float(np.mean(~span))
    voiced_s = float(voiced.sum()) * activity.frame_s
    voiced_db = db[voiced]
    loudness = _rms_db(_voiced_samples(audio, voiced, sample_rate, activity.frame_s))
    rate = None
    if transcript is not None and voiced_s > 0:
        rate = spoken_chars(transcript) / (voiced_s / 60.0)

    flags: list[Flag] = []
    if clipping > limits.max_clipping_ratio:
        flags.append(Flag.CLIPPING)
    if noise_floor is not None and (
        noise_floor > limits.max_noise_floor_dbfs or loudness - noise_floor < limits.min_snr_db
    ):
        flags.append(Flag.NOISY)
    if loudness < limits.min_loudness_dbfs:
        flags.append(Flag.TOO_QUIET)
    return AudioCues(
        speaking_rate_cpm=None if rate is None else round(rate, 1),
        pause_ratio=round(pause_ratio, 4),
        long_pauses=sum(1 for length in pauses if length >= long_frames),
        loudness_dbfs=round(loudness, 2),
        loudness_std_db=round(float(np.std(voiced_db)), 2),
        clipping_ratio=round(clipping, 6),
        noise_floor_dbfs=noise_floor,
        flags=tuple(flags),
    )


def _rms_db(samples: npt.NDArray[np.float32]) -> float:
    if samples.size == 0:
        return FLOOR_DB
    rms = float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))
    return max(20.0 * float(np.log10(max(rms, 1e-10))), FLOOR_DB)


def _voiced_samples(
    audio: npt.NDArray[np.float32],
    voiced: npt.NDArray[np.bool_],
    sample_rate: int,
    frame_s: float,
) -> npt.NDArray[np.float32]:
    size = round(frame_s * sample_rate)
    frames = audio[: voiced.size * size].reshape(voiced.size, size)
    return frames[voiced].reshape(-1)
