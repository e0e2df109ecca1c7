"""The LLM judge engine: rubric levels with verbatim evidence from an OpenAI-compatible server."""

from __future__ import annotations

from analysis.scoring.fallback import FallbackScorer
from analysis.scoring.llm.cache import MemoryVerdictCache, VerdictCache, VerdictKey
from analysis.scoring.llm.engine import ENGINE, LlmJudgeConfig, LlmScorer
from analysis.scoring.llm.prompt import PROMPT_VERSION
from analysis.scoring.llm.verdict import Verdict
from analysis.scoring.port import AnswerScorer
from settings.analysis import AnalysisSettings, ScoringEngine

__all__ = [
    "ENGINE",
    "PROMPT_VERSION",
    "LlmJudgeConfig",
    "LlmScorer",
    "MemoryVerdictCache",
    "Verdict",
    "VerdictCache",
    "VerdictKey",
    "build_scorer",
]


def build_scorer(
    settings: AnalysisSettings, fallback: AnswerScorer, cache: VerdictCache | None = None
) -> AnswerScorer:
    """The scorer the settings choose: with `scoring_engine=llm` the LLM judge, falling back to
    `fallback` (the offline engine) whenever it cannot score; otherwise `fallback` itself."""
    if settings.scoring_engine is not ScoringEngine.LLM:
        return fallback
    problems = settings.llm_problems()
    if problems:
        raise ValueError("; ".join(problems))
    judge = LlmScorer(LlmJudgeConfig.from_settings(settings), cache)
    return FallbackScorer(judge, fallback)
