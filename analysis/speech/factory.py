"""Build the configured Transcriber from settings.analysis."""

from __future__ import annotations

from pathlib import Path

from analysis.speech.funasr_engine import FunasrTranscriber
from analysis.speech.port import Transcriber
from analysis.speech.quality import SpeechCheckLimits
from analysis.speech.whisper import WhisperTranscriber
from settings.analysis import AnalysisSettings, AsrEngine


def build_transcriber(settings: AnalysisSettings) -> Transcriber:
    """The engine named by settings.asr_engine; nothing loads until the first transcription."""
    if settings.asr_engine is AsrEngine.FUNASR:
        return FunasrTranscriber(settings.funasr_model_dir, cpu_threads=settings.cpu_threads)
    return WhisperTranscriber(settings.model_cache_dir, cpu_threads=settings.cpu_threads)


def evaluation_transcribers(
    settings: AnalysisSettings, funasr_model_dir: Path | None = None
) -> list[Transcriber]:
    """Engines to measure: Whisper-base always, FunASR when a model directory is given or set."""
    engines: list[Transcriber] = [
        WhisperTranscriber(settings.model_cache_dir, cpu_threads=settings.cpu_threads)
    ]
    folder = funasr_model_dir or settings.funasr_model_dir
    if folder is not None:
        engines.append(FunasrTranscriber(folder, cpu_threads=settings.cpu_threads))
    return engines


def speech_limits(settings: AnalysisSettings) -> SpeechCheckLimits:
    """Speech check thresholds with the configured minimum ASR confidence."""
    return SpeechCheckLimits(min_confidence=settings.min_asr_confidence)
