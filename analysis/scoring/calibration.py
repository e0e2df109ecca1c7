"""One scale for every engine: a rubric level 1-5 means the same 0-10 score whoever judged it."""

from __future__ import annotations

MIN_LEVEL = 1.0
MAX_LEVEL = 5.0


def level_to_score(level: float) -> float:
    """Map a (possibly fractional) rubric level 1..5 to 0..10, linearly: 1 -> 0, 3 -> 5, 5 -> 10."""
    clamped = max(MIN_LEVEL, min(MAX_LEVEL, float(level)))
    return round((clamped - MIN_LEVEL) / (MAX_LEVEL - MIN_LEVEL) * 10.0, 2)


def score_to_level(score: float) -> float:
    """Inverse of level_to_score, for reading stored scores back as levels."""
    clamped = max(0.0, min(10.0, float(score)))
    return round(MIN_LEVEL + clamped / 10.0 * (MAX_LEVEL - MIN_LEVEL), 2)
