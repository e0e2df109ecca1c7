"""Audio cues of a spoken answer: speaking rate, pauses, loudness, clipping and noise."""

from analysis.audio.cues import AudioLimits, measure_audio

# The name analysis/answer_media.py imports.
measure_audio_cues = measure_audio

__all__ = ["AudioLimits", "measure_audio", "measure_audio_cues"]
