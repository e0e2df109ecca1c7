"""Validity: how interview scores go with later outcomes (Pearson, Spearman, Fisher-z interval,
Thorndike case II range-restriction correction), each explained in plain Chinese."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

# Under this many pairs a correlation says too little to act on (the rule of thumb).
MIN_N = 30
CONFIDENCE = 0.95


@dataclass(frozen=True, slots=True)
class Correlation:
    """One correlation with its sample size, confidence interval and a reading for HR."""

    method: str  # "pearson" or "spearman"
    r: float | None  # None when it cannot be computed (n < 3 or no spread)
    n: int
    low: float | None
    high: float | None
    corrected_r: float | None = None  # after the range-restriction correction, when asked
    note: str = ""
    correction: str = ""  # "", "thorndike" (one score) or "lawley" (all selection scores)

    @property
    def too_few(self) -> bool:
        """True when n is under MIN_N: too few to conclude."""
        return self.n < MIN_N

    def explain(self, predictor: str, outcome: str) -> str:
        """A plain-Chinese sentence on what the figure means."""
        return explain_correlation(self, predictor, outcome)


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs)


def pearson_r(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r of paired values; None for fewer than 3 pairs or a constant side."""
    if len(xs) != len(ys):
        raise ValueError("xs and ys differ in length")
    if len(xs) < 3:
        return None
    mx, my = _mean(xs), _mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks 1..n with ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        mean_rank = (i + j) / 2.0 + 1.0
        for k in range(i, j + 1):
            out[order[k]] = mean_rank
        i = j + 1
    return out


def fisher_interval(
    r: float, n: int, confidence: float = CONFIDENCE, *, spearman: bool = False
) -> tuple[float, float] | None:
    """Fisher-z confidence interval of r (None for n <= 3).

    Spearman's r uses the Fieller-Hartley-Pearson standard error sqrt(1.06 / (n - 3)).
    """
    if n <= 3:
        return None
    clipped = max(-0.999999, min(0.999999, r))
    z = math.atanh(clipped)
    se = math.sqrt((1.06 if spearman else 1.0) / (n - 3))
    q = NormalDist().inv_cdf(0.5 + confidence / 2.0)
    return math.tanh(z - q * se), math.tanh(z + q * se)


def correct_range_restriction(r: float, sd_selected: float, sd_applicants: float) -> float:
    """Thorndike case II: r in the applicant pool from r among those selected.

    u = SD(applicants) / SD(selected); r_c = r·u / sqrt(1 + r²(u² − 1)). With no restriction
    (u = 1) r is unchanged.
    """
    if sd_selected <= 0 or sd_applicants <= 0:
        raise ValueError("standard deviations must be positive")
    u = sd_applicants / sd_selected
    return max(-1.0, min(1.0, r * u / math.sqrt(1.0 + r * r * (u * u - 1.0))))


def stdev(values: Sequence[float]) -> float:
    """Sample standard deviation (n − 1); 0 for fewer than 2 values."""
    if len(values) < 2:
        return 0.0
    m = _mean(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1))


def correlate(
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    method: str = "pearson",
    applicant_sd: float | None = None,
    confidence: float = CONFIDENCE,
) -> Correlation:
    """Correlation of the pairs with n, interval, note, and (given the applicant pool's SD of
    the predictor) the range-restriction corrected r and interval."""
    if method not in ("pearson", "spearman"):
        raise ValueError(f"unknown method {method!r}")
    n = len(xs)
    spearman = method == "spearman"
    r = pearson_r(ranks(xs), ranks(ys)) if spearman else pearson_r(xs, ys)
    if r is None:
        note = "样本不足或分数没有差异，无法计算相关" if n >= 3 else "样本不足 3 人，无法计算相关"
        return Correlation(method, None, n, None, None, None, note)
    corrected: float | None = None
    basis = r
    if applicant_sd is not None and not spearman:
        sd_sel = stdev(xs)
        if sd_sel > 0 and applicant_sd > 0:
            corrected = correct_range_restriction(r, sd_sel, applicant_sd)
            basis = corrected
    correction = "thorndike" if corrected is not None else ""
    interval = fisher_interval(basis, n, confidence, spearman=spearman)
    low, high = interval if interval is not None else (None, None)
    note = f"样本仅 {n} 人（少于 {MIN_N} 人）：太少，不能下结论" if n < MIN_N else ""
    return Correlation(method, r, n, low, high, corrected, note, correction)


def strength_word(r: float) -> str:
    """Chinese word for the size of a correlation (Cohen's conventions)."""
    a = abs(r)
    if a < 0.1:
        return "几乎没有关系"
    if a < 0.3:
        return "弱相关"
    if a < 0.5:
        return "中等相关"
    return "强相关"


def explain_correlation(c: Correlation, predictor: str, outcome: str) -> str:
    """Plain Chinese: the figure, its interval, what it means, and the caution for small n."""
    if c.r is None:
        return f"「{predictor}」与「{outcome}」：{c.note}。"
    shown = c.corrected_r if c.corrected_r is not None else c.r
    direction = "越高" if shown >= 0 else "越低"
    parts = [
        f"「{predictor}」与「{outcome}」的相关系数为 {shown:.2f}（{strength_word(shown)}，n={c.n}）"
    ]
    if c.corrected_r is not None:
        parts.append(f"：只看已录用的人时为 {c.r:.2f}，按全部应聘者的分数分布做了全距限制校正")
    if c.low is not None and c.high is not None:
        parts.append(f"；95% 置信区间 {c.low:.2f} 至 {c.high:.2f}")
        if c.low > 0 or c.high < 0:
            parts.append(f"，可以认为面试中该项得分越高，{outcome}{direction}")
        else:
            parts.append("，区间包含 0，尚不能说明两者有关")
    text = "".join(parts) + "。"
    if c.note:
        text += c.note + "。"
    return text
