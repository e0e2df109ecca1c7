"""Validity figures on a cohort with known truth: correlations fall within their intervals of the
truth, small samples are called too few, range restriction is corrected with the pool's SD."""

from __future__ import annotations

import math

import numpy as np
import pytest

from analysis.outcomes import MIN_N, correct_range_restriction, correlate
from analysis.outcomes.correlation import fisher_interval, pearson_r, ranks, stdev
from analysis.outcomes.restriction import lawley_correct, lawley_interval
from analysis.outcomes.synthetic import NULL_DIMENSION, VALID_DIMENSION, make_cohort


@pytest.mark.parametrize("method", ["pearson", "spearman"])
def test_pool_correlations_cover_the_planted_truth(method: str) -> None:
    cohort = make_cohort(1500, seed=19)
    outcome = [a.performance for a in cohort.applicants]
    for name, truth in ((VALID_DIMENSION, 0.4), (NULL_DIMENSION, 0.0)):
        xs = [a.dimensions[name] for a in cohort.applicants]
        c = correlate(xs, outcome, method=method)
        assert c.n == 1500 and c.low is not None and c.high is not None
        # Spearman's rho of a bivariate normal is (6/pi)·asin(r/2): 0.3859 for r = 0.4.
        expected = truth if method == "pearson" else 6 / math.pi * math.asin(truth / 2)
        assert c.low <= expected <= c.high, (name, c)
        assert not c.too_few and c.note == ""
    valid = correlate([a.dimensions[VALID_DIMENSION] for a in cohort.applicants], outcome)
    null = correlate([a.dimensions[NULL_DIMENSION] for a in cohort.applicants], outcome)
    assert valid.low is not None and valid.low > 0  # the valid one is distinguishable from 0
    assert null.low is not None and null.high is not None and null.low < 0 < null.high


def test_intervals_cover_the_truth_about_95_percent_of_the_time() -> None:
    # A 95% interval misses the truth in about 1 cohort of 20: over 40 cohorts it must cover it
    # at least 34 times for both dimensions (fewer has a chance under 1% if the interval is right).
    covered = {VALID_DIMENSION: 0, NULL_DIMENSION: 0}
    for seed in range(100, 140):
        cohort = make_cohort(300, seed=seed)
        outcome = [a.performance for a in cohort.applicants]
        for name, truth in ((VALID_DIMENSION, 0.4), (NULL_DIMENSION, 0.0)):
            c = correlate([a.dimensions[name] for a in cohort.applicants], outcome)
            assert c.low is not None and c.high is not None
            covered[name] += c.low <= truth <= c.high
    assert min(covered.values()) >= 34, covered


def test_hires_correlation_corrected_for_range_restriction_recovers_the_truth() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal(6000)
    y = 0.4 * x + math.sqrt(1 - 0.16) * rng.standard_normal(6000)
    hired = x > np.quantile(x, 0.7)  # direct selection on the predictor: top 30% hired
    xs, ys = [float(v) for v in x[hired]], [float(v) for v in y[hired]]
    c = correlate(xs, ys, applicant_sd=stdev([float(v) for v in x]))
    assert c.r is not None and c.r < 0.3  # the restricted figure understates validity
    assert c.corrected_r is not None and c.low is not None and c.high is not None
    assert c.low <= 0.4 <= c.high
    assert abs(c.corrected_r - 0.4) < 0.05


def test_thorndike_case_two_by_hand() -> None:
    # r = 0.25 among hires, SD 10 in the pool vs 6 among hires: u = 5/3.
    u = 10 / 6
    expected = 0.25 * u / math.sqrt(1 + 0.25**2 * (u**2 - 1))
    assert correct_range_restriction(0.25, 6, 10) == pytest.approx(expected)
    assert correct_range_restriction(0.25, 6, 10) == pytest.approx(0.3953, abs=1e-4)
    assert correct_range_restriction(0.3, 5, 5) == pytest.approx(0.3)


def test_fisher_interval_by_hand() -> None:
    low, high = fisher_interval(0.5, 28) or (0.0, 0.0)
    z, se = math.atanh(0.5), 1 / math.sqrt(25)
    assert low == pytest.approx(math.tanh(z - 1.959964 * se), abs=1e-5)
    assert high == pytest.approx(math.tanh(z + 1.959964 * se), abs=1e-5)
    assert (round(low, 3), round(high, 3)) == (0.156, 0.736)


def test_under_thirty_is_called_too_few_to_conclude() -> None:
    cohort = make_cohort(25, seed=1)
    xs = [a.dimensions[VALID_DIMENSION] for a in cohort.applicants]
    c = correlate(xs, [a.performance for a in cohort.applicants])
    assert c.n == 25 < MIN_N and c.too_few
    assert "太少，不能下结论" in c.note
    assert "太少，不能下结论" in c.explain("逻辑思维", "绩效")


def test_no_spread_or_too_few_pairs_gives_no_figure() -> None:
    assert correlate([1.0, 1.0, 1.0, 1.0], [1.0, 2.0, 3.0, 4.0]).r is None
    c = correlate([1.0, 2.0], [2.0, 1.0])
    assert c.r is None and "无法计算" in c.explain("逻辑思维", "绩效")


def test_pearson_and_spearman_by_hand() -> None:
    xs, ys = [1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 1.0, 4.0, 3.0, 5.0]
    assert pearson_r(xs, ys) == pytest.approx(0.8)
    assert ranks([10.0, 20.0, 20.0, 5.0]) == [2.0, 3.5, 3.5, 1.0]
    # Monotonic but not linear: Spearman 1, Pearson below 1.
    c = correlate([1.0, 2.0, 3.0, 4.0], [1.0, 8.0, 27.0, 64.0], method="spearman")
    assert c.r == pytest.approx(1.0)


def test_explanation_reads_as_plain_chinese() -> None:
    cohort = make_cohort(400, seed=2)
    xs = [a.dimensions[VALID_DIMENSION] for a in cohort.applicants]
    text = correlate(xs, [a.performance for a in cohort.applicants]).explain("逻辑思维", "绩效")
    assert "相关系数" in text and "95% 置信区间" in text and "n=400" in text
    assert "得分越高，绩效越高" in text


def test_lawley_recovers_every_dimension_when_hires_are_selected_on_the_composite() -> None:
    # Selection on the sum of the dimensions: among hires the null dimensions correlate
    # negatively with performance, and Thorndike case II keeps that bias; Lawley does not.
    cohort = make_cohort(3000, seed=11)
    hires = cohort.hires
    names = list(cohort.truth_r)
    hx = [[h.dimensions[n] for n in names] for h in hires]
    hy = [h.performance for h in hires]
    px = [[a.dimensions[n] for n in names] for a in cohort.applicants]
    corrected = lawley_correct(hx, hy, px)
    intervals = lawley_interval(hx, hy, px, reps=300)
    assert corrected is not None and intervals is not None
    for i, name in enumerate(names):
        low, high = intervals[i]
        assert low <= cohort.truth_r[name] <= high, (name, corrected[i], low, high)
        assert abs(corrected[i] - cohort.truth_r[name]) < 0.1
    pool_sd = stdev([a.dimensions[NULL_DIMENSION] for a in cohort.applicants])
    univariate = correlate([h.dimensions[NULL_DIMENSION] for h in hires], hy, applicant_sd=pool_sd)
    assert univariate.corrected_r is not None and univariate.corrected_r < -0.05  # the bias


def test_lawley_needs_enough_people() -> None:
    assert lawley_correct([[1.0, 2.0]], [1.0], [[1.0, 2.0], [2.0, 3.0]]) is None
