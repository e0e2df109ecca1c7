"""Drift: a planted shift in one dimension's scores is called moved, the others stable; PSI and KS
agree with hand calculations."""

from __future__ import annotations

import math

import pytest

from analysis.outcomes import compare, share_shift
from analysis.outcomes.drift import ks_pvalue, ks_statistic, psi
from analysis.outcomes.synthetic import DIMENSIONS, make_cohort


def test_planted_drift_is_called_moved_and_the_rest_stable() -> None:
    cohort = make_cohort(2000, seed=19, drift_shift=1.0)
    for name in DIMENSIONS:
        before = [a.dimensions[name] for a in cohort.applicants if a.period == 0]
        after = [a.dimensions[name] for a in cohort.applicants if a.period == 1]
        drift = compare(name, before, after)
        if name == cohort.drifted:
            assert drift.alert and drift.level == "moved", drift
            assert "明显变化" in drift.explain()
        else:
            assert drift.level == "stable", drift


def test_too_few_scores_are_not_compared() -> None:
    drift = compare("q1", [1.0] * 5, [2.0] * 30)
    assert drift.level == "too_few" and not drift.alert
    assert "至少 20 个" in drift.explain()


def test_ks_by_hand() -> None:
    assert ks_statistic([1.0, 2.0, 3.0], [1.5, 2.5, 3.5]) == pytest.approx(1 / 3)
    assert ks_statistic([1.0, 2.0], [3.0, 4.0]) == 1.0
    assert ks_pvalue(0.0, 10, 10) == 1.0
    # lambda = (sqrt(50) + 0.12 + 0.11/sqrt(50)) * 0.2
    lam = (math.sqrt(50) + 0.12 + 0.11 / math.sqrt(50)) * 0.2
    expected = 2 * sum((-1) ** (k - 1) * math.exp(-2 * k * k * lam * lam) for k in range(1, 50))
    assert ks_pvalue(0.2, 100, 100) == pytest.approx(expected)


def test_psi_is_zero_for_the_same_distribution_and_grows_with_a_shift() -> None:
    base = [float(i % 50) for i in range(500)]
    assert psi(base, base) == pytest.approx(0.0, abs=1e-9)
    assert psi(base, [v + 5 for v in base]) > 0.1


def test_a_rising_share_of_not_assessed_alerts() -> None:
    assert share_shift("未评估", (5, 200), (30, 200)).alert
    assert not share_shift("未评估", (30, 200), (5, 200)).alert
    assert not share_shift("未评估", (10, 200), (12, 200)).alert
