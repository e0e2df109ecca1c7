"""Answer scoring: evidence-based dimension scores from a transcript (pure logic, no ORM)."""

from analysis.scoring.engine import LexicalEngine, MatchEngine
from analysis.scoring.scorer import BLOCKING, SCORER_VERSION, WEIGHTS, answer_flags, score_answer
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
    "Contribution",
    "DimensionScore",
    "DimensionSpec",
    "Evidence",
    "LevelSpec",
    "LexicalEngine",
    "MatchEngine",
    "QuestionSpec",
    "answer_flags",
    "score_answer",
]
