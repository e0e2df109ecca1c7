"""`dinghire eval fairness|validity`: the figures on a synthetic cohort with known truth, or on
an anonymised tab-separated export (one row per person)."""

from __future__ import annotations

from pathlib import Path

from analysis.eval_input import EvalInputError, read_tsv
from analysis.outcomes.correlation import correlate, stdev
from analysis.outcomes.impact import ImpactTable, Person, fairness_tables
from analysis.outcomes.restriction import lawley_correct, lawley_interval
from analysis.outcomes.synthetic import DIMENSIONS, Cohort

SELECTED = "selected"
SCORE = "score"
OUTCOME = "outcome"


def _table(table: ImpactTable) -> list[str]:
    what = "selection rate" if table.kind == "selection" else "scoring rate (> median)"
    head = f"  {table.attribute} — {what}, reference {table.reference}, unknown {table.unknown}"
    if table.median is not None:
        head += f", median {table.median:.2f}"
    lines = [head, "    category            n   pos   rate   ratio  p(Fisher)  flag"]
    for r in table.rows:
        ratio = f"{r.impact_ratio:.3f}" if r.impact_ratio is not None else "  -  "
        p = f"{r.p_value:.4f}" if r.p_value is not None else "   -  "
        flag = "ADVERSE" if r.adverse else ("<0.8" if r.flagged else "")
        counts = f"{r.n:>4}{r.positives:>6}  {r.rate:6.1%}"
        lines.append(f"    {r.category:<18}{counts}  {ratio:>6}  {p:>9}  {flag}")
    return lines


def fairness_text(people: list[Person], attributes: list[str], title: str) -> str:
    """Impact tables of selection and, where scores exist, of scoring rates."""
    lines = [title]
    if any(p.selected is not None for p in people):
        for table in fairness_tables(people, attributes):
            lines += _table(table)
    if any(p.score is not None for p in people):
        for table in fairness_tables(people, attributes, kind="scoring"):
            lines += _table(table)
    return "\n".join(lines)


def synthetic_fairness(cohort: Cohort) -> str:
    """The figures on the synthetic cohort, with the planted truth stated first."""
    attribute, category = cohort.planted
    title = (
        f"synthetic cohort: {len(cohort.applicants)} applicants; planted adverse impact: "
        f"{attribute}={category} keeps {cohort.planted_keep:.0%} of its passes; "
        "every other attribute is independent of the decision"
    )
    return fairness_text(cohort.people(), ["gender", "age_band", "region", "school_tier"], title)


def synthetic_validity(cohort: Cohort) -> str:
    """Pool and hires correlations per dimension against the truth."""
    lines = [
        f"synthetic cohort: {len(cohort.applicants)} applicants, {len(cohort.hires)} hires; "
        "outcome = later performance",
        "  dimension   truth   pool r [95% CI]          hires r   case II r   "
        "Lawley r [95% bootstrap CI]    n  covered",
    ]
    outcome = [a.performance for a in cohort.applicants]
    hires = cohort.hires
    hx = [[h.dimensions[d] for d in DIMENSIONS] for h in hires]
    px = [[a.dimensions[d] for d in DIMENSIONS] for a in cohort.applicants]
    hy = [h.performance for h in hires]
    lawley = lawley_correct(hx, hy, px) or [0.0] * len(DIMENSIONS)
    spans = lawley_interval(hx, hy, px) or [(0.0, 0.0)] * len(DIMENSIONS)
    for i, name in enumerate(DIMENSIONS):
        xs = [a.dimensions[name] for a in cohort.applicants]
        pool = correlate(xs, outcome)
        hired = correlate(
            [h.dimensions[name] for h in hires],
            [h.performance for h in hires],
            applicant_sd=stdev(xs),
        )
        truth = cohort.truth_r[name]
        low, high = spans[i]
        covered = low <= truth <= high
        pool_ci = f"[{pool.low or 0:+.3f}, {pool.high or 0:+.3f}]"
        lines.append(
            f"  {name:<8}{truth:>7.2f}   {pool.r or 0:+.3f} {pool_ci}"
            f"   {hired.r or 0:+.3f}    {hired.corrected_r or 0:+.3f}"
            f"     {lawley[i]:+.3f} [{low:+.3f}, {high:+.3f}]  {hired.n:>5}  "
            f"{'yes' if covered else 'NO'}"
        )
    lines.append(
        "  (hires are selected on the composite of all dimensions: case II corrects one score "
        "as if selected on it alone and is biased here; the Lawley correction uses all of them; "
        "covered = the truth lies in the Lawley interval)"
    )
    return "\n".join(lines)


def load_fairness(path: Path) -> tuple[list[Person], list[str]]:
    """People from a TSV with a `selected` column (0/1) and optionally `score`; every other
    column is a demographic attribute (an empty cell is unknown)."""
    rows = read_tsv(path, [SELECTED])
    attributes = [c for c in rows[0].values if c not in (SELECTED, SCORE)]
    if not attributes:
        raise EvalInputError(path, "no attribute columns besides selected and score", 1)
    people = []
    for row in rows:
        flag = row.values[SELECTED]
        if flag not in ("0", "1"):
            raise EvalInputError(path, f"selected must be 0 or 1, got {flag!r}", row.line)
        score: float | None = None
        if row.values.get(SCORE):
            try:
                score = float(row.values[SCORE])
            except ValueError:
                raise EvalInputError(
                    path, f"score must be a number, got {row.values[SCORE]!r}", row.line
                ) from None
        groups = {a: (row.values[a] or None) for a in attributes}
        people.append(Person(groups, flag == "1", score))
    return people, attributes


def load_validity(path: Path) -> tuple[dict[str, list[tuple[float, float]]], int]:
    """(predictor value, outcome) pairs per predictor column from a TSV with an `outcome`
    column; an empty predictor cell is left out."""
    rows = read_tsv(path, [OUTCOME])
    predictors = [c for c in rows[0].values if c != OUTCOME]
    if not predictors:
        raise EvalInputError(path, "no predictor columns besides outcome", 1)
    pairs: dict[str, list[tuple[float, float]]] = {p: [] for p in predictors}
    for row in rows:
        try:
            y = float(row.values[OUTCOME])
        except ValueError:
            raise EvalInputError(
                path, f"outcome must be a number, got {row.values[OUTCOME]!r}", row.line
            ) from None
        for p in predictors:
            if not row.values[p]:
                continue
            try:
                pairs[p].append((float(row.values[p]), y))
            except ValueError:
                raise EvalInputError(
                    path, f"{p} must be a number, got {row.values[p]!r}", row.line
                ) from None
    return pairs, len(rows)


def validity_text(path: Path) -> str:
    """Correlations per predictor of a TSV export (no range-restriction correction: the file
    says nothing about the applicant pool)."""
    pairs, n = load_validity(path)
    lines = [f"{path}: {n} people", "  predictor           r      [95% CI]            n  note"]
    for name, values in pairs.items():
        c = correlate([v[0] for v in values], [v[1] for v in values])
        r = f"{c.r:+.3f}" if c.r is not None else "  -   "
        ci = f"[{c.low:+.3f}, {c.high:+.3f}]" if c.low is not None and c.high is not None else ""
        lines.append(f"  {name:<16}{r:>8}  {ci:<18}{c.n:>5}  {c.note}")
    return "\n".join(lines)
