"""Build scoring inputs from the plain data the workflows services return."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from analysis.scoring.types import DimensionSpec, LevelSpec, QuestionSpec
from analysis.types import Segment, Transcript


class QuestionLike(Protocol):
    """The fields of workflows.assessments.answers.QuestionData scoring reads."""

    @property
    def text(self) -> str: ...
    @property
    def dimension_codes(self) -> list[str]: ...
    @property
    def exemplar_answers(self) -> list[str]: ...
    @property
    def follow_up_templates(self) -> list[str]: ...
    @property
    def allow_follow_up(self) -> bool: ...
    @property
    def answer_time_s(self) -> int: ...


def question_spec(q: QuestionLike) -> QuestionSpec:
    """QuestionSpec from the service's QuestionData."""
    return QuestionSpec(
        text=q.text,
        dimension_codes=tuple(q.dimension_codes),
        exemplar_answers=tuple(q.exemplar_answers),
        follow_up_templates=tuple(q.follow_up_templates),
        allow_follow_up=q.allow_follow_up,
        answer_time_s=q.answer_time_s,
    )


def dimension_specs(rows: Iterable[dict[str, Any]]) -> list[DimensionSpec]:
    """DimensionSpecs from the service's dimension dicts."""
    return [
        DimensionSpec(
            code=str(r["code"]),
            name=str(r.get("name", r["code"])),
            weight=float(r.get("weight", 1.0)),
            description=str(r.get("description", "")),
            levels=tuple(
                LevelSpec(int(lv["level"]), str(lv.get("label", "")), tuple(lv["indicators"]))
                for lv in r.get("levels", ())
            ),
        )
        for r in rows
    ]


def text_transcript(text: str, duration_s: float | None = None) -> Transcript:
    """A typed answer as a transcript: one segment, confidence 1, engine "text"."""
    clean = text.strip()
    dur = float(duration_s or 0.0)
    segments = (Segment(0.0, dur, clean, 1.0),) if clean else ()
    return Transcript(clean, segments, "zh", 1.0 if clean else 0.0, "text", dur)
