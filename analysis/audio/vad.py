"""Energy-based voice activity on 30 ms frames (numpy only)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000
FRAME_S = 0.030
FLOOR_DB = -100.0  # digital silence is reported as this instead of -inf
ABS_VOICE_DB = -55.0  # nothing quieter counts as a voice, whatever the noise floor
BRIDGE_S = 0.25  # gaps this short are between syllables, not pauses

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Activity:
    """Per-frame levels and the voiced/unvoiced decision."""

    frame_db: FloatArray
    voiced: BoolArray
    threshold_db: float
    frame_s: float = FRAME_S


def frame_levels(audio: npt.NDArray[np.float32], sample_rate: int = SAMPLE_RATE) -> FloatArray:
    """RMS of each non-overlapping 30 ms frame in dBFS (full-scale sine peak = 1.0)."""
    size = round(FRAME_S * sample_rate)
    n = audio.size // size
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    frames = audio[: n * size].astype(np.float64).reshape(n, size)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    levels: FloatArray = np.maximum(20.0 * np.log10(np.maximum(rms, 1e-10)), FLOOR_DB)
    return levels


def _bridge(voiced: BoolArray, max_gap: int) -> BoolArray:
    """Mark short unvoiced runs between voiced frames as voiced."""
    out = voiced.copy()
    idx = np.flatnonzero(voiced)
    if idx.size < 2:
        return out
    gaps = np.diff(idx)
    for start, gap in zip(idx[:-1], gaps, strict=True):
        if 1 < gap <= max_gap + 1:
            out[start + 1 : start + gap] = True
    return out


def detect_activity(audio: npt.NDArray[np.float32], sample_rate: int = SAMPLE_RATE) -> Activity:
    """Voiced frames: above a threshold between the noise floor and the loud frames."""
    db = frame_levels(audio, sample_rate)
    if db.size == 0:
        return Activity(db, np.zeros(0, dtype=np.bool_), ABS_VOICE_DB)
    p10, p95 = float(np.percentile(db, 10)), float(np.percentile(db, 95))
    # 12 dB over the floor when there are pauses; 10 dB under the loud frames when there are
    # none (a continuous answer would otherwise put its own level at the "floor").
    threshold = max(ABS_VOICE_DB, min(p10 + 12.0, p95 - 10.0))
    voiced = db > threshold
    voiced = _bridge(voiced, round(BRIDGE_S / FRAME_S))
    return Activity(db, voiced, threshold)


def runs(mask: BoolArray) -> list[tuple[int, int]]:
    """(start, length) of each run of True in mask."""
    if mask.size == 0:
        return []
    padded = np.concatenate(([False], mask, [False]))
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return [(int(s), int(e - s)) for s, e in zip(edges[::2], edges[1::2], strict=True)]
