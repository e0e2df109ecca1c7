"""The scoring engines by name: one registry, so a new engine is one entry here.

`build_scorer(name, settings)` is the only place an AnswerScorer is constructed; the analysis
job, `dinghire eval scoring` and the benches all go through it.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.scoring.port import AnswerScorer
from settings.analysis import AnalysisSettings

# Bump when anything changes what a score means: results are stored per version, so scores of
# different engines or versions never mix in one report.
SCORER_VERSION = "score-3"

ScorerFactory = Callable[[AnalysisSettings], AnswerScorer]


def _offline(settings: AnalysisSettings) -> AnswerScorer:
    from analysis.scoring.offline import OfflineScorer

    return OfflineScorer(cpu_threads=settings.cpu_threads)


def _lexical(settings: AnalysisSettings) -> AnswerScorer:
    from analysis.scoring.paddle_engine import build_engine
    from analysis.scoring.scorer import LexicalScorer

    return LexicalScorer(build_engine(settings.paddlenlp_uie_dir))


def _llm(settings: AnalysisSettings) -> AnswerScorer:
    from analysis.scoring.llm import MemoryVerdictCache, judge_with_fallback

    # The judge of the configured server and model, the offline engine when it cannot score;
    # verdicts cached in memory (the process's scorer uses the database cache instead).
    return judge_with_fallback(settings, _offline(settings), MemoryVerdictCache())


# name -> factory; the first entry is the embedded default.
SCORERS: dict[str, ScorerFactory] = {
    "offline": _offline,
    "llm": _llm,
    "lexical": _lexical,
}


def scorer_names() -> tuple[str, ...]:
    """The engine names `build_scorer` accepts."""
    return tuple(SCORERS)


def build_scorer(name: str, settings: AnalysisSettings) -> AnswerScorer:
    """The scorer registered under `name`; ValueError names the known engines."""
    factory = SCORERS.get(name)
    if factory is None:
        raise ValueError(f"unknown scoring engine {name!r} (known: {', '.join(SCORERS)})")
    return factory(settings)
