"""Fairness: selection rates, LL144 scoring rates (share above the sample median), impact ratios
per group and per intersection, the four-fifths flag and Fisher's exact test."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis.outcomes.exact import fisher_exact

FOUR_FIFTHS = 0.8
ALPHA = 0.05
# Groups smaller than this get a ratio but no verdict of their own; intersections smaller than
# INTERSECTION_MIN are listed with their counts only (LL144 lets an auditor leave out tiny cells).
SMALL_GROUP = 30
INTERSECTION_MIN = 10
JOIN = "×"
UNKNOWN = "未知"


@dataclass(frozen=True, slots=True)
class Person:
    """One assessed person: category per attribute (None = unknown), the decision, the score."""

    groups: Mapping[str, str | None]
    selected: bool | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class GroupRate:
    """Selection or scoring rate of one category and its impact ratio."""

    category: str
    n: int
    positives: int
    rate: float
    impact_ratio: float | None  # None when the cell is too small to compare
    flagged: bool  # impact ratio under four fifths
    p_value: float | None  # Fisher's exact test against the reference category
    small: bool  # under SMALL_GROUP: read the ratio with care

    @property
    def significant(self) -> bool:
        """True when the difference from the reference category is unlikely to be chance."""
        return self.p_value is not None and self.p_value < ALPHA

    @property
    def adverse(self) -> bool:
        """Under four fifths and significant: evidence of adverse impact, worth an alert."""
        return self.flagged and self.significant


@dataclass(frozen=True, slots=True)
class ImpactTable:
    """Impact ratios of one attribute (or intersection) for one decision or score."""

    attribute: str
    kind: str  # "selection" or "scoring"
    rows: tuple[GroupRate, ...]
    reference: str | None  # the category with the highest rate
    unknown: int  # people left out because this attribute is unknown
    median: float | None = None  # the full sample's median (scoring only)

    @property
    def flagged(self) -> tuple[GroupRate, ...]:
        """Rows under four fifths."""
        return tuple(r for r in self.rows if r.flagged)

    @property
    def adverse(self) -> tuple[GroupRate, ...]:
        """Rows under four fifths whose difference is significant."""
        return tuple(r for r in self.rows if r.adverse)

    @property
    def lowest_ratio(self) -> float | None:
        """The smallest impact ratio in the table."""
        ratios = [r.impact_ratio for r in self.rows if r.impact_ratio is not None]
        return min(ratios) if ratios else None


def impact_from_counts(
    attribute: str,
    counts: Mapping[str, tuple[int, int]],
    *,
    kind: str = "selection",
    unknown: int = 0,
    min_n: int = 1,
    median: float | None = None,
) -> ImpactTable:
    """Impact table from (applicants, selected or above-median) per category.

    The reference is the highest rate among categories with at least `min_n` people; smaller
    ones are listed without a ratio.
    """
    rates = {c: (p / n if n else 0.0) for c, (n, p) in counts.items()}
    eligible = [c for c, (n, _) in counts.items() if n >= max(1, min_n)]
    reference = max(eligible, key=lambda c: (rates[c], counts[c][0])) if eligible else None
    ref_rate = rates[reference] if reference is not None else 0.0
    rows = []
    for category in sorted(counts, key=lambda c: (-rates[c], c)):
        n, positives = counts[category]
        ratio: float | None = None
        p_value: float | None = None
        if reference is not None and n >= max(1, min_n) and ref_rate > 0:
            ratio = rates[category] / ref_rate
            if category != reference:
                rn, rp = counts[reference]
                p_value = fisher_exact(positives, n - positives, rp, rn - rp)
        rows.append(
            GroupRate(
                category=category,
                n=n,
                positives=positives,
                rate=rates[category],
                impact_ratio=ratio,
                flagged=ratio is not None and ratio < FOUR_FIFTHS,
                p_value=p_value,
                small=n < SMALL_GROUP,
            )
        )
    return ImpactTable(attribute, kind, tuple(rows), reference, unknown, median)


def _key(person: Person, attributes: Sequence[str]) -> str | None:
    values = [person.groups.get(a) for a in attributes]
    if any(v is None or v == "" for v in values):
        return None
    return JOIN.join(str(v) for v in values)


def _counts(
    pairs: Sequence[tuple[str | None, bool]],
) -> tuple[dict[str, tuple[int, int]], int]:
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    unknown = 0
    for key, positive in pairs:
        if key is None:
            unknown += 1
            continue
        totals[key] += 1
        hits[key] += int(positive)
    return {k: (totals[k], hits[k]) for k in totals}, unknown


def selection_impact(
    people: Sequence[Person], attributes: Sequence[str], *, min_n: int = 1
) -> ImpactTable:
    """Selection rates and impact ratios by one attribute, or by an intersection of several."""
    pairs = [(_key(p, attributes), bool(p.selected)) for p in people if p.selected is not None]
    counts, unknown = _counts(pairs)
    return impact_from_counts(
        JOIN.join(attributes), counts, kind="selection", unknown=unknown, min_n=min_n
    )


def scoring_impact(
    people: Sequence[Person], attributes: Sequence[str], *, min_n: int = 1
) -> ImpactTable:
    """LL144 scoring rates: the share of each category scoring above the full sample's median
    (everyone scored, unknown categories included), and their impact ratios."""
    scored = [p for p in people if p.score is not None]
    if not scored:
        return ImpactTable(JOIN.join(attributes), "scoring", (), None, 0, None)
    median = statistics.median(float(p.score) for p in scored if p.score is not None)
    pairs = [(_key(p, attributes), float(p.score or 0.0) > median) for p in scored]
    counts, unknown = _counts(pairs)
    return impact_from_counts(
        JOIN.join(attributes),
        counts,
        kind="scoring",
        unknown=unknown,
        min_n=min_n,
        median=median,
    )


def intersections(attributes: Sequence[str]) -> list[tuple[str, ...]]:
    """Every pair of attributes, for intersectional tables."""
    return [
        (attributes[i], attributes[j])
        for i in range(len(attributes))
        for j in range(i + 1, len(attributes))
    ]


def fairness_tables(
    people: Sequence[Person], attributes: Sequence[str], *, kind: str = "selection"
) -> list[ImpactTable]:
    """One table per attribute and one per pair of attributes (cells under INTERSECTION_MIN
    listed without a ratio)."""
    build = selection_impact if kind == "selection" else scoring_impact
    tables = [build(people, (a,)) for a in attributes]
    tables += [build(people, pair, min_n=INTERSECTION_MIN) for pair in intersections(attributes)]
    return tables


def explain_row(table: ImpactTable, row: GroupRate, label: str) -> str:
    """Plain Chinese for one row: its rate, its ratio and whether it needs attention."""
    what = "通过率" if table.kind == "selection" else "得分高于中位数的比例"
    head = f"{label}「{row.category}」{row.n} 人，{what} {row.rate:.1%}"
    if row.impact_ratio is None:
        return head + f"；人数少于 {INTERSECTION_MIN}，不计算影响比。"
    if row.category == table.reference:
        return head + "，是比例最高的一组（影响比 1.00）。"
    text = head + f"，是最高一组「{table.reference}」的 {row.impact_ratio:.2f} 倍"
    if row.flagged:
        text += "，低于五分之四（0.8），提示可能存在不利影响，需要复核"
        if row.p_value is not None:
            text += (
                f"；精确检验 p={row.p_value:.3f}，差异不大可能是偶然的"
                if row.significant
                else f"；但精确检验 p={row.p_value:.3f}，差异也可能是偶然的"
            )
    else:
        text += "，未低于五分之四"
    if row.small:
        text += f"（该组不足 {SMALL_GROUP} 人，结论仅供参考）"
    return text + "。"
