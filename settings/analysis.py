"""Analysis engines and their local model directories."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from settings.base import Section, section_config


class AsrEngine(StrEnum):
    """Speech recognition engines."""

    WHISPER = "whisper"
    FUNASR = "funasr"


class ScoringEngine(StrEnum):
    """Answer-scoring engines (analysis.scoring.engines registers one factory per value)."""

    OFFLINE = "offline"


class AnalysisSettings(Section):
    """Which engines analyse resumes and interviews; models load only from local paths."""

    model_config = section_config("analysis")

    asr_engine: AsrEngine = AsrEngine.WHISPER
    scoring_engine: ScoringEngine = ScoringEngine.OFFLINE
    model_cache_dir: Path = Path("var/models")
    funasr_model_dir: Path | None = None
    paddlenlp_uie_dir: Path | None = None
    cpu_threads: int = 2
    min_asr_confidence: float = 0.45
