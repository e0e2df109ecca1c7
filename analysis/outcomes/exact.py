"""Small-count significance: Fisher's exact test on a 2×2 table (two-sided)."""

from __future__ import annotations

import math


def _log_hypergeom(a: int, row1: int, row2: int, col1: int) -> float:
    """log P(top-left = a) for fixed margins."""
    n = row1 + row2
    return (
        math.lgamma(row1 + 1)
        - math.lgamma(a + 1)
        - math.lgamma(row1 - a + 1)
        + math.lgamma(row2 + 1)
        - math.lgamma(col1 - a + 1)
        - math.lgamma(row2 - col1 + a + 1)
        - (math.lgamma(n + 1) - math.lgamma(col1 + 1) - math.lgamma(n - col1 + 1))
    )


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p of Fisher's exact test for [[a, b], [c, d]].

    Sums the probabilities of every table with the same margins that is no more likely than the
    observed one (the same rule as R's fisher.test and SciPy's default).
    """
    if min(a, b, c, d) < 0:
        raise ValueError("counts must be non-negative")
    row1, row2, col1 = a + b, c + d, a + c
    if row1 == 0 or row2 == 0 or col1 == 0 or col1 == row1 + row2:
        return 1.0
    lo, hi = max(0, col1 - row2), min(row1, col1)
    observed = _log_hypergeom(a, row1, row2, col1)
    # A relative tolerance keeps tables equal in probability to the observed one (ties).
    limit = observed + 1e-7
    total = 0.0
    for x in range(lo, hi + 1):
        lp = _log_hypergeom(x, row1, row2, col1)
        if lp <= limit:
            total += math.exp(lp)
    return min(1.0, total)
