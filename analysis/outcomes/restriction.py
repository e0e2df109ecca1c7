"""Multivariate range-restriction correction (Pearson-Lawley): when hires were selected on a
composite of several scores, correcting each score alone (Thorndike case II) is biased, and
scores that do not predict at all look negative among hires. Given the applicant pool's
covariance of all the selection scores, Lawley's formulas recover every score's validity."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def lawley_correct(
    hires_x: Sequence[Sequence[float]] | np.ndarray,
    hires_y: Sequence[float] | np.ndarray,
    pool_x: Sequence[Sequence[float]] | np.ndarray,
) -> list[float] | None:
    """Correlation of each selection score with the outcome in the applicant pool, from hires'
    scores and outcomes and the pool's scores (rows = people, columns = scores, no gaps).
    None when a covariance matrix is singular or there are too few people."""
    x = np.asarray(hires_x, dtype=float)
    y = np.asarray(hires_y, dtype=float)
    p = np.asarray(pool_x, dtype=float)
    k = x.shape[1] if x.ndim == 2 else 0
    if k == 0 or len(y) <= k + 2 or len(p) <= k + 2 or p.shape[1] != k:
        return None
    s = np.cov(np.column_stack([x, y]), rowvar=False)
    s_xx, s_xy, s_yy = s[:k, :k], s[:k, k], s[k, k]
    big = np.atleast_2d(np.cov(p, rowvar=False))
    try:
        inv = np.linalg.inv(s_xx)
    except np.linalg.LinAlgError:
        return None
    b = inv @ s_xy  # regression of the outcome on the scores, unchanged by selection on them
    cov_xy = big @ b
    var_y = s_yy - s_xy @ inv @ s_xy + b @ big @ b
    if var_y <= 0:
        return None
    sd_x = np.sqrt(np.diag(big))
    return [
        float(np.clip(c / (sx * np.sqrt(var_y)), -1, 1)) for c, sx in zip(cov_xy, sd_x, strict=True)
    ]


def lawley_interval(
    hires_x: Sequence[Sequence[float]],
    hires_y: Sequence[float],
    pool_x: Sequence[Sequence[float]],
    *,
    reps: int = 400,
    confidence: float = 0.95,
    seed: int = 0,
) -> list[tuple[float, float]] | None:
    """Percentile bootstrap interval of each corrected correlation (hires resampled, the pool
    covariance kept): the corrected figure has no simple standard error."""
    x = np.asarray(hires_x, dtype=float)
    y = np.asarray(hires_y, dtype=float)
    rng = np.random.default_rng(seed)
    draws: list[list[float]] = []
    for _ in range(reps):
        pick = rng.integers(0, len(y), len(y))
        got = lawley_correct(x[pick], y[pick], pool_x)
        if got is not None:
            draws.append(got)
    if len(draws) < reps // 2:
        return None
    arr = np.asarray(draws)
    tail = (1 - confidence) / 2 * 100
    lows = np.percentile(arr, tail, axis=0)
    highs = np.percentile(arr, 100 - tail, axis=0)
    return [(float(lo), float(hi)) for lo, hi in zip(lows, highs, strict=True)]
