"""A synthetic cohort with known truth, for tests and `dinghire eval fairness|validity`.

Three dimensions drawn independently; the later performance rating correlates `truth_r` with
逻辑思维 and not at all with the others; one category of one attribute is advanced less often
(planted adverse impact) while every other attribute is independent of the decision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from analysis.outcomes.calibration import Scored, overall
from analysis.outcomes.impact import Person

DIMENSIONS = ("逻辑思维", "沟通表达", "团队协作")
VALID_DIMENSION = "逻辑思维"
NULL_DIMENSION = "沟通表达"
CATEGORIES: dict[str, tuple[str, ...]] = {
    "gender": ("男", "女"),
    "age_band": ("35岁以下", "35-44岁", "45岁及以上"),
    "region": ("华东", "华北", "华南", "西部"),
    "school_tier": ("985/211", "一本", "其他"),
}
WEIGHTS = {"逻辑思维": 1.0, "沟通表达": 1.0, "团队协作": 1.0}
PASS_LINE = 60.0


@dataclass(frozen=True, slots=True)
class Applicant:
    """One synthetic applicant with the truth the tests check against."""

    key: str
    groups: dict[str, str]
    dimensions: dict[str, float]
    overall: float
    advanced: bool
    performance: float  # the later outcome, known for everyone (observed only for hires)
    period: int  # 0 = earlier month, 1 = later month


@dataclass(frozen=True, slots=True)
class Cohort:
    """The applicants and the truth they were generated from."""

    applicants: tuple[Applicant, ...]
    truth_r: dict[str, float]
    planted: tuple[str, str]  # (attribute, category) advanced less often
    planted_keep: float  # share of the planted group's passes that are kept
    drifted: str  # the dimension whose scores move in the later period
    weights: dict[str, float] = field(default_factory=lambda: dict(WEIGHTS))
    pass_line: float = PASS_LINE

    @property
    def hires(self) -> tuple[Applicant, ...]:
        """Those advanced (their outcomes are what an employer can observe)."""
        return tuple(a for a in self.applicants if a.advanced)

    def people(self) -> list[Person]:
        """Fairness inputs: groups, decision and overall score."""
        return [Person(a.groups, a.advanced, a.overall) for a in self.applicants]

    def scored(self) -> list[Scored]:
        """Calibration inputs: dimension scores per applicant."""
        return [Scored(a.key, a.dimensions) for a in self.applicants]


def make_cohort(
    n: int = 2000,
    *,
    seed: int = 19,
    truth_r: float = 0.4,
    planted: tuple[str, str] = ("gender", "女"),
    planted_keep: float = 0.55,
    drift_shift: float = 1.0,
) -> Cohort:
    """Generate the cohort (deterministic for a seed)."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, len(DIMENSIONS)))
    noise = rng.standard_normal(n)
    performance = truth_r * z[:, 0] + math.sqrt(1.0 - truth_r * truth_r) * noise
    period = rng.integers(0, 2, n)
    drifted = DIMENSIONS[2]
    applicants = []
    for i in range(n):
        groups = {a: str(rng.choice(list(c))) for a, c in CATEGORIES.items()}
        dims = {}
        for j, name in enumerate(DIMENSIONS):
            shift = drift_shift if (name == drifted and period[i] == 1) else 0.0
            # Scores stay linear in z (no clipping), so the truth holds exactly for the scores.
            dims[name] = round(float(5.5 + 1.2 * z[i, j] + shift), 3)
        score = overall(dims, WEIGHTS) or 0.0
        advanced = score >= PASS_LINE
        if advanced and groups[planted[0]] == planted[1] and rng.random() > planted_keep:
            advanced = False
        applicants.append(
            Applicant(
                key=f"A{i:05d}",
                groups=groups,
                dimensions=dims,
                overall=round(score, 2),
                advanced=advanced,
                performance=round(float(performance[i]), 4),
                period=int(period[i]),
            )
        )
    truth = {name: 0.0 for name in DIMENSIONS}
    truth[VALID_DIMENSION] = truth_r
    return Cohort(tuple(applicants), truth, planted, planted_keep, drifted)
