"""Drift: has a score distribution moved between two periods? Population stability index
(PSI) on the earlier period's deciles and the two-sample Kolmogorov-Smirnov test."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.outcomes.exact import fisher_exact

PSI_WATCH = 0.1  # conventional: under 0.1 stable; with a significant KS test, moved
PSI_MOVED = 0.25  # large enough to watch even when the KS test is not significant
KS_ALPHA = 0.05
MIN_PER_PERIOD = 20
BINS = 10
_EPS = 1e-4  # keeps an empty bin from making the PSI infinite


@dataclass(frozen=True, slots=True)
class Drift:
    """How far one distribution moved from the earlier period to the later one."""

    name: str
    n_before: int
    n_after: int
    mean_before: float | None
    mean_after: float | None
    psi: float | None
    ks: float | None
    ks_p: float | None
    level: str  # "stable", "watch", "moved" or "too_few"

    @property
    def alert(self) -> bool:
        """True when the distribution moved enough to tell HR."""
        return self.level == "moved"

    def explain(self) -> str:
        """Plain Chinese summary."""
        if self.level == "too_few" or self.psi is None:
            return (
                f"「{self.name}」前后两期各需至少 {MIN_PER_PERIOD} 个分数才比较"
                f"（现为 {self.n_before} / {self.n_after}）。"
            )
        words = {"stable": "基本稳定", "watch": "有些变化，值得关注", "moved": "明显变化"}
        return (
            f"「{self.name}」平均分由 {self.mean_before:.1f} 变为 {self.mean_after:.1f}，"
            f"分布稳定指数 PSI={self.psi:.2f}，KS={self.ks:.2f}（p={self.ks_p:.3f}）："
            f"{words[self.level]}。"
        )


def quantile_edges(values: Sequence[float], bins: int = BINS) -> list[float]:
    """Inner bin edges at the quantiles of `values` (duplicates dropped)."""
    ordered = sorted(values)
    edges = []
    for k in range(1, bins):
        pos = k * (len(ordered) - 1) / bins
        lo = math.floor(pos)
        hi = min(lo + 1, len(ordered) - 1)
        edges.append(ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo))
    return sorted(set(edges))


def psi(before: Sequence[float], after: Sequence[float], bins: int = BINS) -> float:
    """Population stability index of `after` against `before` on `before`'s quantile bins."""
    if not before or not after:
        raise ValueError("both periods need values")
    edges = quantile_edges(before, bins)

    def shares(values: Sequence[float]) -> list[float]:
        counts = [0] * (len(edges) + 1)
        for v in values:
            counts[bisect.bisect_right(edges, v)] += 1
        return [max(c / len(values), _EPS) for c in counts]

    p, q = shares(before), shares(after)
    return sum((b - a) * math.log(b / a) for a, b in zip(p, q, strict=True))


def ks_statistic(a: Sequence[float], b: Sequence[float]) -> float:
    """Largest gap between the two empirical distribution functions."""
    xs, ys = sorted(a), sorted(b)
    i = j = 0
    d = 0.0
    while i < len(xs) and j < len(ys):
        v = min(xs[i], ys[j])
        while i < len(xs) and xs[i] <= v:
            i += 1
        while j < len(ys) and ys[j] <= v:
            j += 1
        d = max(d, abs(i / len(xs) - j / len(ys)))
    return d


def ks_pvalue(d: float, n: int, m: int) -> float:
    """Asymptotic two-sided p of the two-sample KS statistic (Kolmogorov's series, with
    Stephens' small-sample adjustment)."""
    if d <= 0:
        return 1.0
    en = math.sqrt(n * m / (n + m))
    lam = (en + 0.12 + 0.11 / en) * d
    total = 0.0
    for k in range(1, 101):
        term = 2.0 * (-1) ** (k - 1) * math.exp(-2.0 * k * k * lam * lam)
        total += term
        if abs(term) < 1e-10:
            break
    return max(0.0, min(1.0, total))


def compare(name: str, before: Sequence[float], after: Sequence[float]) -> Drift:
    """Drift of one score distribution between two periods."""
    nb, na = len(before), len(after)
    mb = sum(before) / nb if nb else None
    ma = sum(after) / na if na else None
    if nb < MIN_PER_PERIOD or na < MIN_PER_PERIOD:
        return Drift(name, nb, na, mb, ma, None, None, None, "too_few")
    # Sampling noise alone gives a PSI of about (bins - 1)(1/n1 + 1/n2): fewer bins for small
    # periods, and "moved" needs the KS test to agree that the change is not chance.
    bins = max(4, min(BINS, min(nb, na) // 20))
    value = psi(before, after, bins)
    d = ks_statistic(before, after)
    p = ks_pvalue(d, nb, na)
    if value >= PSI_WATCH and p < KS_ALPHA:
        level = "moved"
    elif value >= PSI_MOVED or p < KS_ALPHA:
        level = "watch"
    else:
        level = "stable"
    return Drift(name, nb, na, mb, ma, value, d, p, level)


@dataclass(frozen=True, slots=True)
class ShareShift:
    """A share (e.g. of "not assessed" answers) in two periods, with Fisher's exact test."""

    name: str
    before: tuple[int, int]  # (hits, total)
    after: tuple[int, int]
    p_value: float

    @property
    def alert(self) -> bool:
        """True when the share rose and the rise is unlikely to be chance."""
        (hb, nb), (ha, na) = self.before, self.after
        return nb > 0 and na > 0 and ha / na > hb / nb and self.p_value < KS_ALPHA


def share_shift(name: str, before: tuple[int, int], after: tuple[int, int]) -> ShareShift:
    """Compare a share between two periods."""
    (hb, nb), (ha, na) = before, after
    return ShareShift(name, before, after, fisher_exact(hb, nb - hb, ha, na - ha))
