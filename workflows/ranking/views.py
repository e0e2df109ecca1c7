"""What ranking, compare and similar show of a report: dimension cells and flag labels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis.reports.probes import FLAG_LABELS, INTEGRITY_FLAGS
from workflows.assessments.models import Report
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault

UNKNOWN_NAME = "（未识别姓名）"
NOT_ASSESSED_ZH = "未评估"


@dataclass(frozen=True, slots=True)
class DimensionCell:
    """One dimension of one report: a 0..10 score with confidence, or not assessed and why."""

    code: str
    name: str
    score: float | None
    confidence: float
    reason: str = ""

    @property
    def assessed(self) -> bool:
        """True when the interview produced a score for this dimension."""
        return self.score is not None

    def label(self) -> str:
        """`8.2/10（置信 0.81）` or `未评估`."""
        if self.score is None:
            return NOT_ASSESSED_ZH
        return f"{self.score:.1f}/10（置信 {self.confidence:.2f}）"


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """The parts of a current report that lists and comparisons show."""

    report_id: int
    overall: float | None
    confidence: float | None
    dimensions: tuple[DimensionCell, ...]
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]
    flags: tuple[str, ...]  # Chinese labels, integrity ones first
    integrity: bool
    suggestions: tuple[str, ...] = ()


def has_integrity_flag(flags: list[str] | tuple[str, ...]) -> bool:
    """True when any flag is an integrity flag (someone else in view, leaving the camera...)."""
    return any(f in INTEGRITY_FLAGS for f in flags)


def flag_labels(report: Report) -> tuple[str, ...]:
    """Chinese labels of a report's flags, integrity ones first."""
    details: list[dict[str, Any]] = list(report.flag_details or [])
    if not details:
        details = [
            {
                "flag": f,
                "label": FLAG_LABELS.get(f, f),
                "kind": "integrity" if f in INTEGRITY_FLAGS else "quality",
            }
            for f in report.flags or []
        ]
    ordered = sorted(details, key=lambda d: d.get("kind") != "integrity")
    return tuple(str(d.get("label") or d.get("flag") or "") for d in ordered)


def _dimension(d: dict[str, Any]) -> DimensionCell:
    score = d.get("score")
    return DimensionCell(
        code=str(d.get("code", "")),
        name=str(d.get("name") or d.get("code") or ""),
        score=float(score) if score is not None else None,
        confidence=float(d.get("confidence") or 0.0),
        reason=str(d.get("not_assessed_reason") or ""),
    )


def _summaries(items: list[dict[str, Any]] | None) -> tuple[str, ...]:
    out: list[str] = []
    for item in items or []:
        text = item.get("summary") or item.get("name") or ""
        if text:
            out.append(str(text))
    return tuple(out)


def report_facts(report: Report) -> ReportFacts:
    """The report reduced to what HR compares."""
    dims = [_dimension(d) for d in report.dimensions or []]
    known = {d.code for d in dims}
    # Older reports may list a not-assessed dimension only under `not_assessed`.
    for missing in report.not_assessed or []:
        code = str(missing.get("code", ""))
        if code and code not in known:
            dims.append(
                DimensionCell(
                    code, str(missing.get("name") or code), None, 0.0, missing.get("reason", "")
                )
            )
    return ReportFacts(
        report_id=report.id,
        overall=report.overall_score,
        confidence=report.confidence,
        dimensions=tuple(dims),
        strengths=_summaries(report.strengths),
        gaps=_summaries(report.weaknesses),
        flags=flag_labels(report),
        integrity=has_integrity_flag(report.flags or []),
        suggestions=tuple(str(s) for s in report.suggestions or []),
    )


async def current_reports(application_ids: list[int]) -> dict[int, ReportFacts]:
    """Current report facts of these applications, by application id (one query)."""
    if not application_ids:
        return {}
    reports = await Report.filter(application_id__in=application_ids, is_current=True)
    return {r.application_id: report_facts(r) for r in reports}  # type: ignore[attr-defined]


def display_name(vault: PiiVault, name_enc: str) -> str:
    """A candidate's decrypted name, or a placeholder when the resume had none."""
    return (
        vault.decrypt(name_enc, context=contexts.CANDIDATE_NAME) if name_enc else ""
    ) or UNKNOWN_NAME
