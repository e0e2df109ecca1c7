"""Helpers over NER entities passed in by the caller (any objects shaped like EntityLike)."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.resume.types import EntityLike


def of_type(entities: Sequence[EntityLike], kind: str) -> list[EntityLike]:
    """Entities of one type, in text order."""
    return sorted((e for e in entities if e.type == kind), key=lambda e: e.start)


def within(entities: Sequence[EntityLike], kind: str, start: int, end: int) -> list[EntityLike]:
    """Entities of one type lying inside [start, end)."""
    return [e for e in of_type(entities, kind) if e.start >= start and e.end <= end]


def clamp(confidence: float) -> float:
    """Keep a confidence inside [0, 1]."""
    return max(0.0, min(1.0, float(confidence)))
