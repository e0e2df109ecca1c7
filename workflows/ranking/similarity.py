"""Similarity of two candidate profiles (pure functions, no database)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from analysis.resume.types import Degree

# How much each aspect counts; aspects missing on either side are left out and the rest
# renormalised, so a profile without an interview is still comparable on its resume.
WEIGHTS: dict[str, float] = {
    "skills": 0.35,
    "scores": 0.35,
    "years": 0.15,
    "degree": 0.10,
    "school": 0.05,
}
# Below this share of known weight, two profiles say too little about each other to compare.
MIN_KNOWN_WEIGHT = 0.3
YEARS_SCALE = 5.0  # five years apart counts as not similar at all
SCORE_SCALE = 30.0  # thirty points (0..100) apart counts as not similar at all
DIM_SCALE = 4.0  # four rubric points (0..10) apart on average counts as not similar at all
CLOSE_SCORE = 5.0
CLOSE_DIM = 1.0

DEGREE_RANK: dict[str, int] = {d.label_zh: d.rank for d in Degree}


@dataclass(frozen=True, slots=True)
class Profile:
    """What similarity looks at for one application."""

    application_id: int
    candidate_id: int
    skills: Mapping[str, str] = field(default_factory=dict)  # normalised -> as written
    degree: str = ""
    years: float | None = None
    school: str = ""
    overall: float | None = None
    match: float | None = None
    dimensions: Mapping[str, float] = field(default_factory=dict)  # code -> 0..10
    dimension_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Similarity:
    """How similar, 0..1, and why, in Chinese."""

    score: float
    reasons: tuple[str, ...]
    shared_skills: tuple[str, ...]


def normalise_skill(name: str) -> str:
    """Skill key: lower case, no blanks or punctuation (`Spring Boot` == `springboot`)."""
    return re.sub(r"[\s\-_.·/]", "", name).lower()


def skill_map(names: list[str]) -> dict[str, str]:
    """Normalised key -> first spelling seen."""
    out: dict[str, str] = {}
    for name in names:
        key = normalise_skill(name)
        if key:
            out.setdefault(key, name.strip())
    return out


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float | None:
    """|a ∩ b| / |a ∪ b|; None when either side is empty (unknown, not dissimilar)."""
    if not a or not b:
        return None
    return len(a & b) / len(a | b)


def closeness(a: float | None, b: float | None, scale: float) -> float | None:
    """1 when equal, falling linearly to 0 at `scale` apart; None when either is unknown."""
    if a is None or b is None:
        return None
    return max(0.0, 1.0 - abs(a - b) / scale)


def degree_similarity(a: str, b: str) -> float | None:
    """Same level 1, one level apart 0.5, two or more 0; None when either is unknown."""
    if a not in DEGREE_RANK or b not in DEGREE_RANK:
        return None
    return max(0.0, 1.0 - abs(DEGREE_RANK[a] - DEGREE_RANK[b]) / 2)


def score_similarity(a: Profile, b: Profile) -> tuple[float | None, float | None]:
    """Closeness of interview results: per-dimension when both have scores there, else overall,
    else resume match. Also returns the mean per-dimension gap (None when not comparable)."""
    shared = [c for c in a.dimensions if c in b.dimensions]
    if shared:
        gap = sum(abs(a.dimensions[c] - b.dimensions[c]) for c in shared) / len(shared)
        dims = max(0.0, 1.0 - gap / DIM_SCALE)
        overall = closeness(a.overall, b.overall, SCORE_SCALE)
        return (dims if overall is None else (dims + overall) / 2), gap
    overall = closeness(a.overall, b.overall, SCORE_SCALE)
    if overall is not None:
        return overall, None
    return closeness(a.match, b.match, SCORE_SCALE), None


def _fmt_years(y: float) -> str:
    return f"{y:g}年"


def similarity(base: Profile, other: Profile) -> Similarity:
    """Weighted similarity over the aspects both profiles know, with the reasons for it."""
    shared_keys = set(base.skills) & set(other.skills)
    scores, dim_gap = score_similarity(base, other)
    parts: dict[str, float | None] = {
        "skills": jaccard(set(base.skills), set(other.skills)),
        "scores": scores,
        "years": closeness(base.years, other.years, YEARS_SCALE),
        "degree": degree_similarity(base.degree, other.degree),
        "school": (1.0 if base.school == other.school else 0.0)
        if base.school and other.school
        else None,
    }
    known = {k: v for k, v in parts.items() if v is not None}
    weight = sum(WEIGHTS[k] for k in known)
    if weight < MIN_KNOWN_WEIGHT:
        return Similarity(0.0, (), ())
    value = sum(WEIGHTS[k] * v for k, v in known.items()) / weight
    shared = tuple(sorted(base.skills[k] for k in shared_keys))
    reasons: list[str] = []
    if shared:
        reasons.append("共同技能：" + "、".join(shared[:6]))
    if dim_gap is not None and dim_gap <= CLOSE_DIM:
        reasons.append(f"各维度得分接近（平均相差 {dim_gap:.1f} 分）")
    if base.overall is not None and other.overall is not None:
        if abs(base.overall - other.overall) <= CLOSE_SCORE:
            reasons.append(f"面试总分接近（{other.overall:.0f} 对 {base.overall:.0f}）")
    elif (
        base.match is not None
        and other.match is not None
        and abs(base.match - other.match) <= CLOSE_SCORE
    ):
        reasons.append(f"简历匹配度接近（{other.match:.0f} 对 {base.match:.0f}）")
    if parts["degree"] == 1.0:
        reasons.append(f"学历相同（{other.degree}）")
    if base.years is not None and other.years is not None and abs(base.years - other.years) <= 1:
        reasons.append(f"工作年限相近（{_fmt_years(other.years)} 对 {_fmt_years(base.years)}）")
    if parts["school"] == 1.0:
        reasons.append(f"同校：{other.school}")
    return Similarity(round(value, 4), tuple(reasons), shared)
