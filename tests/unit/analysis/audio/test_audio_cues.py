"""Audio cues on synthetic signals whose pauses, level, clipping and noise are known."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from analysis.audio.cues import measure_audio
from analysis.types import Flag, Segment, Transcript

SR = 16000


def tone(seconds: float, amplitude: float = 0.3) -> npt.NDArray[np.float32]:
    t = np.arange(int(SR * seconds)) / SR
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def silence(seconds: float) -> npt.NDArray[np.float32]:
    return np.zeros(int(SR * seconds), dtype=np.float32)


def answer_with_pauses() -> npt.NDArray[np.float32]:
    """1 s lead-in, then 2 s voice, 1 s pause, 2 s voice, 4 s pause, 2 s voice, 1 s tail."""
    parts = [silence(1), tone(2), silence(1), tone(2), silence(4), tone(2), silence(1)]
    return np.concatenate(parts)


def test_pause_ratio_and_long_pauses_match_the_inserted_silences() -> None:
    cues = measure_audio(answer_with_pauses())
    # Between first and last voice (11 s) there are 5 s of silence; lead-in and tail don't count.
    assert cues.pause_ratio == pytest.approx(5 / 11, abs=0.02)
    assert cues.long_pauses == 1
    assert cues.flags == ()


def test_loudness_is_the_rms_of_the_voice_in_dbfs() -> None:
    cues = measure_audio(answer_with_pauses())
    expected = 20 * np.log10(0.3 / np.sqrt(2))
    assert cues.loudness_dbfs == pytest.approx(expected, abs=0.3)
    assert cues.loudness_std_db is not None and cues.loudness_std_db < 1.0
    assert cues.noise_floor_dbfs == -100.0  # digital silence in the pauses


def test_speaking_rate_is_characters_per_minute_of_voice() -> None:
    audio = answer_with_pauses()  # 6 s voiced
    text = "我" * 30
    transcript = Transcript(text, (Segment(1, 12, text, 0.9),), "zh", 0.9, "test", 13.0)
    cues = measure_audio(audio, transcript)
    assert cues.speaking_rate_cpm == pytest.approx(300, rel=0.05)


def test_a_clipped_signal_is_flagged() -> None:
    clipped = np.clip(tone(3, amplitude=2.0), -1, 1).astype(np.float32)
    cues = measure_audio(np.concatenate([silence(1), clipped, silence(1)]))
    assert cues.clipping_ratio is not None and cues.clipping_ratio > 0.1
    assert Flag.CLIPPING in cues.flags


def test_background_noise_in_the_pauses_is_flagged() -> None:
    audio = answer_with_pauses()
    noisy = audio + np.random.default_rng(0).normal(0, 0.03, audio.size).astype(np.float32)
    cues = measure_audio(noisy)
    assert cues.noise_floor_dbfs == pytest.approx(20 * np.log10(0.03), abs=1.5)
    assert Flag.NOISY in cues.flags
    assert Flag.CLIPPING not in cues.flags


def test_a_very_quiet_recording_is_flagged_too_quiet() -> None:
    cues = measure_audio((answer_with_pauses() * 0.003).astype(np.float32))
    assert Flag.TOO_QUIET in cues.flags
    assert cues.speaking_rate_cpm is None


def test_continuous_voice_has_no_pauses_and_no_measurable_floor() -> None:
    cues = measure_audio(tone(5))
    assert cues.pause_ratio == 0.0
    assert cues.noise_floor_dbfs is None
    assert cues.flags == ()
