"""Typed outcome results as plain JSON for the stored monthly report and the console."""

from __future__ import annotations

from typing import Any

from analysis.outcomes import Drift, ImpactTable
from workflows.outcomes.drift_report import DriftReport
from workflows.outcomes.fairness import FairnessReport, attribute_label
from workflows.outcomes.validity import ValidityReport


def _num(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(float(value), places)


def impact_json(table: ImpactTable) -> dict[str, Any]:
    """One impact table."""
    return {
        "attribute": table.attribute,
        "label": attribute_label(table.attribute),
        "kind": table.kind,
        "reference": table.reference,
        "unknown": table.unknown,
        "median": _num(table.median),
        "rows": [
            {
                "category": r.category,
                "n": r.n,
                "positives": r.positives,
                "rate": _num(r.rate),
                "impact_ratio": _num(r.impact_ratio),
                "flagged": r.flagged,
                "significant": r.significant,
                "p_value": _num(r.p_value),
                "small": r.small,
            }
            for r in table.rows
        ],
    }


def fairness_json(report: FairnessReport) -> dict[str, Any]:
    """The fairness report."""
    return {
        "applications": report.applications,
        "with_demographics": report.with_demographics,
        "sections": [
            {"decision": s.decision, "tables": [impact_json(t) for t in s.tables]}
            for s in report.sections
        ],
        "alerts": report.alerts(),
        "watch": report.watch(),
    }


def validity_json(report: ValidityReport) -> dict[str, Any]:
    """The validity report."""
    return {
        "hires": report.hires,
        "rows": [
            {
                "family": r.family,
                "predictor": r.predictor,
                "outcome": r.outcome,
                "r": _num(r.correlation.r),
                "corrected_r": _num(r.correlation.corrected_r),
                "n": r.correlation.n,
                "low": _num(r.correlation.low),
                "high": _num(r.correlation.high),
                "too_few": r.correlation.too_few,
                "text": r.explanation,
            }
            for r in report.rows
        ],
    }


def drift_json(drift: Drift) -> dict[str, Any]:
    """One drift comparison."""
    return {
        "name": drift.name,
        "n_before": drift.n_before,
        "n_after": drift.n_after,
        "mean_before": _num(drift.mean_before),
        "mean_after": _num(drift.mean_after),
        "psi": _num(drift.psi),
        "ks": _num(drift.ks),
        "ks_p": _num(drift.ks_p),
        "level": drift.level,
        "text": drift.explain(),
    }


def drift_report_json(report: DriftReport) -> dict[str, Any]:
    """The drift report."""
    (hb, nb), (ha, na) = report.not_assessed.before, report.not_assessed.after
    return {
        "dimensions": [drift_json(d) for d in report.dimensions],
        "questions": [drift_json(d) for d in report.questions],
        "not_assessed": {
            "before": [hb, nb],
            "after": [ha, na],
            "p_value": _num(report.not_assessed.p_value),
            "alert": report.not_assessed.alert,
        },
        "asr_by_region": [drift_json(d) for d in report.asr_by_region],
        "alerts": report.alerts(),
    }
