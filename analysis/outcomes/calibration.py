"""Recalibration proposal: dimension weights from later outcomes (ridge-regularised, never
negative, shrunk towards the current weights when evidence is thin), a pass line that keeps the
share advanced, and who would have advanced under each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

RIDGE = 1.0  # penalty on standardised coefficients
PRIOR_N = 50  # evidence of this many hires weighs as much as the current weights
MIN_HIRES = 10


@dataclass(frozen=True, slots=True)
class Scored:
    """One assessed person: dimension scores 0..10 (missing = not assessed)."""

    key: str
    dimensions: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Proposal:
    """Suggested weights and pass line beside the current ones."""

    current: dict[str, float]
    proposed: dict[str, float]
    current_pass_line: float
    proposed_pass_line: float
    n: int
    evidence_share: float  # how much of the proposal comes from outcomes (0..1)
    note: str


@dataclass(frozen=True, slots=True)
class Effect:
    """Who would have advanced under the current and the proposed configuration."""

    advanced_both: tuple[str, ...]
    newly_advanced: tuple[str, ...]
    no_longer_advanced: tuple[str, ...]
    not_scored: tuple[str, ...]

    def explain(self) -> str:
        """Plain Chinese summary."""
        return (
            f"按建议配置，原本通过的人中 {len(self.advanced_both)} 人仍会通过，"
            f"{len(self.no_longer_advanced)} 人将不再通过，"
            f"另有 {len(self.newly_advanced)} 人会新通过。"
        )


def normalise(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights clipped at 0 and scaled to sum to 1 (equal when all are 0)."""
    clipped = {k: max(0.0, float(v)) for k, v in weights.items()}
    total = sum(clipped.values())
    if total <= 0:
        return {k: 1.0 / len(clipped) for k in clipped} if clipped else {}
    return {k: v / total for k, v in clipped.items()}


def overall(dimensions: Mapping[str, float], weights: Mapping[str, float]) -> float | None:
    """Overall 0..100 as the report computes it: weights renormalised over assessed ones."""
    used = {k: w for k, w in weights.items() if k in dimensions and w > 0}
    total = sum(used.values())
    if total <= 0:
        return None
    return 10.0 * sum(w * dimensions[k] for k, w in used.items()) / total


def fitted_weights(
    people: Sequence[Scored], outcomes: Sequence[float], names: Sequence[str], ridge: float = RIDGE
) -> dict[str, float]:
    """Non-negative ridge coefficients of the standardised outcome on standardised dimensions
    (missing scores filled with the dimension's mean), scaled to sum to 1."""
    x = np.array(
        [[p.dimensions.get(n, np.nan) for n in names] for p in people], dtype=float
    ).reshape(len(people), len(names))
    means = np.nanmean(x, axis=0)
    means = np.where(np.isnan(means), 0.0, means)
    x = np.where(np.isnan(x), means, x)
    sd = x.std(axis=0)
    z = (x - x.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    y = np.asarray(outcomes, dtype=float)
    y = (y - y.mean()) / (y.std() or 1.0)
    n = len(y)
    beta = np.linalg.solve(z.T @ z / n + ridge / n * np.eye(len(names)), z.T @ y / n)
    # Raw-score weights: the report multiplies raw scores, so undo the standardisation.
    raw = {
        name: float(b / sd[i]) if sd[i] > 0 else 0.0
        for i, (name, b) in enumerate(zip(names, beta, strict=True))
    }
    return normalise(raw)


def pass_line_for_rate(scores: Sequence[float], rate: float) -> float:
    """The lowest pass line that advances at most `rate` of these scores."""
    if not scores:
        return 0.0
    ordered = sorted(scores, reverse=True)
    k = round(rate * len(ordered))
    if k <= 0:
        return round(ordered[0] + 0.1, 1)
    if k >= len(ordered):
        return round(ordered[-1], 1)
    # Half-way between the last one in and the first one out.
    return round((ordered[k - 1] + ordered[k]) / 2.0, 1)


def propose(
    current: Mapping[str, float],
    pass_line: float,
    hires: Sequence[Scored],
    outcomes: Sequence[float],
    pool: Sequence[Scored],
) -> Proposal:
    """Weights fitted on hires' outcomes, shrunk towards `current` by n/(n + PRIOR_N); a pass
    line that advances the same share of `pool` as today."""
    if len(hires) != len(outcomes):
        raise ValueError("hires and outcomes differ in length")
    names = list(current)
    base = normalise(current)
    n = len(hires)
    if n < MIN_HIRES or len(set(outcomes)) < 2:
        note = f"有结果的录用者仅 {n} 人（至少需要 {MIN_HIRES} 人且结果有差异），维持现有权重"
        return Proposal(base, dict(base), pass_line, pass_line, n, 0.0, note)
    fitted = fitted_weights(hires, outcomes, names)
    share = n / (n + PRIOR_N)
    proposed = normalise({k: (1 - share) * base[k] + share * fitted[k] for k in names})
    proposed = {k: round(v, 3) for k, v in proposed.items()}
    now = [s for s in (overall(p.dimensions, base) for p in pool) if s is not None]
    rate = sum(1 for s in now if s >= pass_line) / len(now) if now else 0.0
    new_scores = [s for s in (overall(p.dimensions, proposed) for p in pool) if s is not None]
    new_line = pass_line_for_rate(new_scores, rate) if new_scores else pass_line
    note = (
        f"根据 {n} 名录用者的后续表现拟合（岭回归，权重不为负），"
        f"证据占 {share:.0%}、现有权重占 {1 - share:.0%}；及格线调整为保持通过比例 {rate:.0%} 不变"
    )
    return Proposal(base, proposed, pass_line, new_line, n, share, note)


def effect(proposal: Proposal, pool: Sequence[Scored]) -> Effect:
    """Who advances under the current and under the proposed configuration."""
    both: list[str] = []
    new: list[str] = []
    lost: list[str] = []
    missing: list[str] = []
    for p in pool:
        before = overall(p.dimensions, proposal.current)
        after = overall(p.dimensions, proposal.proposed)
        if before is None or after is None:
            missing.append(p.key)
            continue
        was, now = before >= proposal.current_pass_line, after >= proposal.proposed_pass_line
        if was and now:
            both.append(p.key)
        elif now:
            new.append(p.key)
        elif was:
            lost.append(p.key)
    return Effect(tuple(both), tuple(new), tuple(lost), tuple(missing))
