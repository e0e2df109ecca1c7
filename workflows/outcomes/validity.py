"""Validity report: per job family and predictor (each dimension, the overall score, the resume
match), the correlation with each later outcome, corrected for range restriction with the
applicant pool's spread, and explained in plain Chinese."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from analysis.outcomes import Correlation, correlate
from analysis.outcomes.correlation import stdev
from analysis.outcomes.restriction import lawley_correct, lawley_interval
from workflows.actors import Actor
from workflows.outcomes.access import require_fairness_access
from workflows.outcomes.cohort import OUTCOME_LABELS, Record, load_records
from workflows.privacy.audit import record_access

OVERALL = "综合得分"
MATCH = "简历匹配度"


@dataclass(frozen=True, slots=True)
class ValidityRow:
    """One predictor against one outcome in one job family."""

    family: str
    predictor: str
    outcome: str  # Chinese label
    correlation: Correlation
    explanation: str


@dataclass(frozen=True, slots=True)
class ValidityReport:
    """Every family's rows; `hires` counts hires with any outcome."""

    rows: tuple[ValidityRow, ...]
    hires: int

    def family(self, name: str) -> tuple[ValidityRow, ...]:
        """Rows of one family."""
        return tuple(r for r in self.rows if r.family == name)


def _predictors(record: Record) -> dict[str, float]:
    values = dict(record.dimensions)
    if record.overall is not None:
        values[OVERALL] = record.overall
    if record.match is not None:
        values[MATCH] = record.match
    return values


def _lawley(members: list[Record], measure: str) -> dict[str, tuple[float, tuple[float, float]]]:
    """Per dimension: the Lawley-corrected r and its bootstrap interval, when every member's
    report assessed every dimension of the family (else {} and Thorndike case II is used)."""
    names = sorted({n for r in members for n in r.dimensions})
    full = [r for r in members if all(n in r.dimensions for n in names)]
    hires = [r for r in full if r.outcome is not None and r.outcome.value(measure) is not None]
    if not names or len(hires) < 10 or len(full) <= len(names) + 2:
        return {}
    hx = [[r.dimensions[n] for n in names] for r in hires]
    hy = [float(r.outcome.value(measure) or 0.0) for r in hires if r.outcome is not None]
    px = [[r.dimensions[n] for n in names] for r in full]
    corrected = lawley_correct(hx, hy, px)
    intervals = lawley_interval(hx, hy, px)
    if corrected is None or intervals is None:
        return {}
    return {n: (corrected[i], intervals[i]) for i, n in enumerate(names)}


def validity_rows(records: list[Record]) -> ValidityReport:
    """The report from records (no database)."""
    by_family: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_family[r.family].append(r)
    rows: list[ValidityRow] = []
    hires = 0
    for family in sorted(by_family):
        members = by_family[family]
        pool: dict[str, list[float]] = defaultdict(list)
        for r in members:
            for name, value in _predictors(r).items():
                pool[name].append(value)
        hired = [r for r in members if r.outcome is not None]
        hires += len(hired)
        lawley = {m: _lawley(members, m) for m in OUTCOME_LABELS}
        for predictor in sorted(pool, key=lambda p: (p in (OVERALL, MATCH), p)):
            pool_sd = stdev(pool[predictor])
            for measure, label in OUTCOME_LABELS.items():
                pairs = [
                    (_predictors(r)[predictor], r.outcome.value(measure))
                    for r in hired
                    if r.outcome is not None
                    and predictor in _predictors(r)
                    and r.outcome.value(measure) is not None
                ]
                if not pairs:
                    continue
                xs = [p[0] for p in pairs]
                ys = [float(p[1]) for p in pairs if p[1] is not None]
                # Hires are a selected group: correct with the spread among all applicants.
                c = correlate(xs, ys, applicant_sd=pool_sd if pool_sd > 0 else None)
                if predictor in lawley[measure] and c.r is not None:
                    # Selected on all the dimensions at once: the multivariate correction.
                    rc, (low, high) = lawley[measure][predictor]
                    c = replace(c, corrected_r=rc, low=low, high=high, correction="lawley")
                rows.append(ValidityRow(family, predictor, label, c, c.explain(predictor, label)))
    return ValidityReport(tuple(rows), hires)


async def validity_report(actor: Actor) -> ValidityReport:
    """The validity report over all applications (HR head / admin; audited)."""
    await require_fairness_access(actor)
    report = validity_rows(await load_records())
    await record_access(
        actor, "outcomes.validity_read", "fairness", "validity", rows=len(report.rows)
    )
    return report
