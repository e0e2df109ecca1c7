"""Inputs and outputs of answer scoring: plain frozen dataclasses that serialise to JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class LevelSpec:
    """One rubric level of a dimension with its indicator phrases."""

    level: int
    label: str
    indicators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DimensionSpec:
    """A dimension of the competency model as scoring needs it."""

    code: str
    name: str
    weight: float
    description: str = ""
    levels: tuple[LevelSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class QuestionSpec:
    """The question an answer responds to."""

    text: str
    dimension_codes: tuple[str, ...]
    exemplar_answers: tuple[str, ...] = ()
    follow_up_templates: tuple[str, ...] = ()
    allow_follow_up: bool = False
    answer_time_s: int = 180


@dataclass(frozen=True, slots=True)
class Evidence:
    """A transcript sentence that supports a score, with where it was said."""

    text: str
    start: float
    end: float
    segment_index: int
    signals: tuple[str, ...]  # which signals it supports: rubric, star:S, specificity, relevance
    note: str = ""  # e.g. the rubric indicator it matched

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {**asdict(self), "signals": list(self.signals)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Inverse of to_dict."""
        return cls(
            text=str(data["text"]),
            start=float(data["start"]),
            end=float(data["end"]),
            segment_index=int(data["segment_index"]),
            signals=tuple(data.get("signals", ())),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one signal added to a score: value 0..1 times weight gives points out of 10."""

    signal: str
    value: float
    weight: float
    points: float
    detail: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contribution:
        """Inverse of to_dict."""
        return cls(
            signal=str(data["signal"]),
            value=float(data["value"]),
            weight=float(data["weight"]),
            points=float(data["points"]),
            detail=str(data.get("detail", "")),
        )


@dataclass(frozen=True, slots=True)
class DimensionScore:
    """One dimension of one answer: a score 0..10 from evidence, or None with the reason."""

    code: str
    name: str
    score: float | None
    confidence: float
    level: float | None = None  # estimated rubric level 1..5 where indicators matched
    evidence: tuple[Evidence, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    not_assessed_reason: str = ""

    @property
    def assessed(self) -> bool:
        """True when there is a score."""
        return self.score is not None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "code": self.code,
            "name": self.name,
            "score": self.score,
            "confidence": self.confidence,
            "level": self.level,
            "evidence": [e.to_dict() for e in self.evidence],
            "contributions": [c.to_dict() for c in self.contributions],
            "not_assessed_reason": self.not_assessed_reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DimensionScore:
        """Inverse of to_dict."""
        score = data.get("score")
        level = data.get("level")
        return cls(
            code=str(data["code"]),
            name=str(data.get("name", data["code"])),
            score=None if score is None else float(score),
            confidence=float(data.get("confidence", 0.0)),
            level=None if level is None else float(level),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
            contributions=tuple(Contribution.from_dict(c) for c in data.get("contributions", ())),
            not_assessed_reason=str(data.get("not_assessed_reason", "")),
        )


@dataclass(frozen=True, slots=True)
class AnswerScore:
    """Scores of one answer for the dimensions its question is tagged with."""

    dimensions: tuple[DimensionScore, ...]
    flags: tuple[str, ...] = ()
    not_assessed_reason: str = ""  # set when the whole answer could not be assessed
    engine: str = "lexical"
    signals: dict[str, float] = field(default_factory=dict)  # answer-level signal values
    model: str = ""  # what scored inside the engine (model name or offline model version)
    # Set when the configured engine failed and another scored instead: which one and why.
    fallback_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stored as AnalysisResult.dimension_scores)."""
        return {
            "dimensions": [d.to_dict() for d in self.dimensions],
            "flags": list(self.flags),
            "not_assessed_reason": self.not_assessed_reason,
            "engine": self.engine,
            "signals": dict(self.signals),
            "model": self.model,
            "fallback_reason": self.fallback_reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnswerScore:
        """Inverse of to_dict."""
        return cls(
            dimensions=tuple(DimensionScore.from_dict(d) for d in data.get("dimensions", ())),
            flags=tuple(data.get("flags", ())),
            not_assessed_reason=str(data.get("not_assessed_reason", "")),
            engine=str(data.get("engine", "lexical")),
            signals={str(k): float(v) for k, v in data.get("signals", {}).items()},
            model=str(data.get("model", "")),
            fallback_reason=str(data.get("fallback_reason", "")),
        )
