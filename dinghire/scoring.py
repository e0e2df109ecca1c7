"""The process's answer scorer, built once from the settings by the bootstrap."""

from __future__ import annotations

import asyncio

from analysis.scoring.fallback import SerialScorer
from analysis.scoring.port import AnswerScorer
from settings import ScoringEngine, Settings
from workflows.privacy.vault import PiiVault


def build_process_scorer(
    settings: Settings, vault: PiiVault, offline: AnswerScorer
) -> AnswerScorer:
    """With `scoring_engine=llm` the LLM judge with its verdicts cached in the database
    (encrypted) and `offline` as the fallback; otherwise `offline`. Call it on the event loop
    that owns the ORM; jobs then score in a worker thread, one answer at a time."""
    if settings.analysis.scoring_engine is not ScoringEngine.LLM:
        return SerialScorer(offline)
    # Only deployments with the judge load the HTTP client and the cache.
    from analysis.scoring.llm import judge_with_fallback
    from workflows.assessments.verdict_cache import OrmVerdictCache

    cache = OrmVerdictCache(vault, asyncio.get_running_loop())
    return SerialScorer(judge_with_fallback(settings.analysis, offline, cache))
