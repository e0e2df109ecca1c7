"""What HR's scored card says, as typed data; the chat front door renders it.

`scored_summary` picks what the card shows from the report (the best and weakest dimensions, the
flags, the recommendation against the pass line). The rendering into the card template's
parameters is `bot/presenters/scored_card.py`, reached through the `ScoredCardPresenter` port
in `Services.scored_cards` (the bootstrap wires it), so jobs and use cases send the card without
knowing its wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from analysis.scoring.labels import scored_by_text
from workflows.applications.stages import Stage
from workflows.assessments.models import Report

STRENGTH_MIN = 6.5
GAP_MAX = 6.0
TOP_N = 3


def scored_card_id(application_id: int) -> str:
    """One scored card per application: a re-run updates, never duplicates."""
    return f"scored-{application_id}"


@dataclass(frozen=True, slots=True)
class DimensionMark:
    """One assessed dimension as the card lists it."""

    name: str
    score: float


@dataclass(frozen=True, slots=True)
class FlagNote:
    """An integrity or quality flag and the questions (0-based) it was seen in."""

    integrity: bool
    label: str
    nodes: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ScoredSummary:
    """Everything the scored card shows for an application that reached `scored`."""

    application_id: int
    job_id: int
    job_title: str
    name: str  # "" when the resume gave none
    score: float | None
    confidence: float | None  # 0..1
    scored_by: str  # the engines that scored the answers ("" when not recorded)
    strengths: tuple[DimensionMark, ...]
    gaps: tuple[DimensionMark, ...]
    not_assessed: tuple[str, ...]
    flags: tuple[FlagNote, ...]
    bare_flags: tuple[str, ...]  # flag codes of a report stored without flag details
    recommendation: str  # a Decision value; "" when there is no overall score
    pass_line: float
    stage: Stage  # `scored`, or where the pass-line policy moved it right after
    report_link: str
    status_by: str = ""  # who decided, when the policy already did
    auto_decided: bool = False  # the pass-line policy advanced or rejected it


@dataclass(frozen=True, slots=True)
class DecidedCard:
    """The scored card after a decision: the new stage, who made it, what is left to do."""

    stage: Stage
    by: str
    application_id: int
    report_link: str
    notice: str = ""


class ScoredCardPresenter(Protocol):
    """Renders the scored card's template parameters (values are strings, as DingTalk needs)."""

    def scored(self, summary: ScoredSummary) -> dict[str, str]:
        """The whole card for a freshly scored application."""
        ...

    def decided(self, card: DecidedCard) -> dict[str, str]:
        """The fields that change once a decision is made."""
        ...


def _assessed(report: Report) -> list[dict[str, Any]]:
    return [d for d in report.dimensions if d.get("score") is not None]


def _mark(d: dict[str, Any]) -> DimensionMark:
    return DimensionMark(str(d.get("name") or d.get("code")), float(d["score"]))


def top_strengths(report: Report) -> tuple[DimensionMark, ...]:
    """Up to three best assessed dimensions above the strength bar."""
    dims = sorted(_assessed(report), key=lambda d: (-float(d["score"]), str(d.get("code"))))
    picked = [d for d in dims if float(d["score"]) >= STRENGTH_MIN][:TOP_N]
    return tuple(_mark(d) for d in picked or report.strengths[:TOP_N])


def top_gaps(report: Report) -> tuple[DimensionMark, ...]:
    """Up to three weakest assessed dimensions under the gap bar."""
    dims = sorted(_assessed(report), key=lambda d: (float(d["score"]), str(d.get("code"))))
    picked = [d for d in dims if float(d["score"]) < GAP_MAX][:TOP_N]
    return tuple(_mark(d) for d in picked or report.weaknesses[:TOP_N])


def _flags(report: Report) -> tuple[FlagNote, ...]:
    return tuple(
        FlagNote(
            f.get("kind") == "integrity",
            str(f.get("label") or f.get("flag")),
            tuple(int(n) for n in f.get("nodes", [])),
        )
        for f in report.flag_details
    )


def scored_summary(
    *,
    application_id: int,
    job_id: int,
    job_title: str,
    name: str,
    report: Report,
    rec: str,
    pass_line: float,
    stage: Stage,
    report_link: str,
    status_by: str = "",
    auto_decided: bool = False,
) -> ScoredSummary:
    """What the card shows for an application that reached `scored` (or was decided right after)."""
    flags = _flags(report)
    return ScoredSummary(
        application_id=application_id,
        job_id=job_id,
        job_title=job_title,
        name=name,
        score=report.overall_score,
        confidence=report.confidence,
        scored_by=scored_by_text(report.dimensions),
        strengths=top_strengths(report),
        gaps=top_gaps(report),
        not_assessed=tuple(str(d.get("name") or d.get("code")) for d in report.not_assessed),
        flags=flags,
        bare_flags=() if flags else tuple(str(code) for code in report.flags),
        recommendation=rec,
        pass_line=pass_line,
        stage=stage,
        report_link=report_link,
        status_by=status_by,
        auto_decided=auto_decided,
    )
