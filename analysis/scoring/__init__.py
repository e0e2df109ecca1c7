"""Answer scoring: evidence-based dimension scores from a transcript (pure logic, no ORM)."""

from analysis.scoring.engine import LexicalEngine, MatchEngine
from analysis.scoring.engines import SCORER_VERSION, build_scorer, scorer_names
from analysis.scoring.port import AnswerScorer
from analysis.scoring.scorer import BLOCKING, WEIGHTS, LexicalScorer, answer_flags, score_answer
from analysis.scoring.types import (
    AnswerScore,
    Contribution,
    DimensionScore,
    DimensionSpec,
    Evidence,
    LevelSpec,
    QuestionSpec,
)

__all__ = [
    "BLOCKING",
    "SCORER_VERSION",
    "WEIGHTS",
    "AnswerScore",
    "AnswerScorer",
    "Contribution",
    "DimensionScore",
    "DimensionSpec",
    "Evidence",
    "LevelSpec",
    "LexicalEngine",
    "LexicalScorer",
    "MatchEngine",
    "QuestionSpec",
    "answer_flags",
    "build_scorer",
    "score_answer",
    "scorer_names",
]
