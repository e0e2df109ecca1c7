"""The LLM judge engine: rubric levels with verbatim evidence from an OpenAI-compatible server."""

from __future__ import annotations

from analysis.scoring.fallback import FallbackScorer
from analysis.scoring.llm.cache import MemoryVerdictCache, VerdictCache, VerdictKey
from analysis.scoring.llm.engine import ENGINE, LlmJudgeConfig, LlmScorer
from analysis.scoring.llm.prompt import PROMPT_VERSION
from analysis.scoring.llm.verdict import Verdict
from analysis.scoring.port import AnswerScorer
from settings.analysis import AnalysisSettings

__all__ = [
    "ENGINE",
    "PROMPT_VERSION",
    "LlmJudgeConfig",
    "LlmScorer",
    "MemoryVerdictCache",
    "Verdict",
    "VerdictCache",
    "VerdictKey",
    "judge_with_fallback",
]


def judge_with_fallback(
    settings: AnalysisSettings, fallback: AnswerScorer, cache: VerdictCache | None = None
) -> FallbackScorer:
    """The LLM judge of the settings' server and model, falling back to `fallback`; ValueError
    naming the missing settings when there is no server or model."""
    if not settings.llm_base_url or not settings.llm_model.strip():
        raise ValueError(
            "the LLM judge needs DINGHIRE_ANALYSIS_LLM_BASE_URL and DINGHIRE_ANALYSIS_LLM_MODEL"
        )
    judge = LlmScorer(LlmJudgeConfig.from_settings(settings), cache)
    return FallbackScorer(judge, fallback)
