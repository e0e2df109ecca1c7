"""The salary suggestion on the band edges, and that every adjustment explains itself."""

from __future__ import annotations

import pytest

from workflows.errors import ValidationFailedError
from workflows.offers.salary import (
    MissingScoreError,
    NoSalaryBandError,
    Peer,
    SalaryBand,
    SalarySuggestion,
    Thresholds,
    bands_from,
    level_for,
    suggest_salary,
)

BANDS = bands_from({"初级": [10000, 15000], "中级": [15000, 22000], "高级": [22000, 32000]}, None)
ONLY_INTERVIEW = Thresholds(interview_weight=1.0)


def _suggest(score: float, **kw: object) -> SalarySuggestion:
    return suggest_salary(
        BANDS,
        interview_score=score,
        match_score=None,
        thresholds=ONLY_INTERVIEW,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("score", "level"),
    [(69.9, "初级"), (70.0, "中级"), (85.0, "中级"), (85.1, "高级"), (0.0, "初级"), (100, "高级")],
)
def test_level_thresholds_are_inclusive_for_middle(score: float, level: str) -> None:
    assert level_for(score, Thresholds()) == level


def test_score_exactly_at_70_starts_at_the_bottom_of_the_middle_band() -> None:
    s = _suggest(70.0)
    assert (s.level, s.band, s.suggested) == ("中级", (15000, 22000), 15000)
    assert any("中级" in r and "70" in r for r in s.reasons)


def test_score_exactly_at_85_is_the_top_of_the_middle_band() -> None:
    s = _suggest(85.0)
    assert (s.level, s.suggested) == ("中级", 22000)


def test_score_just_above_85_is_senior_at_the_bottom_of_its_band() -> None:
    s = _suggest(85.5)
    assert s.level == "高级"
    assert 22000 <= s.suggested <= 22500


def test_combined_score_weights_interview_and_match_and_says_so() -> None:
    s = suggest_salary(BANDS, interview_score=80.0, match_score=60.0)
    assert s.score == pytest.approx(74.0)
    assert s.level == "中级"
    assert "面试 80.0 × 70%" in s.reasons[0] and "简历匹配 60.0 × 30%" in s.reasons[0]


def test_expectation_above_the_band_max_never_leaves_the_band() -> None:
    s = _suggest(84.0, expected_salary=(40000, 45000))
    assert s.suggested == 22000
    assert s.range[1] <= 22000
    assert any("期望" in r and "上调" in r for r in s.reasons)
    assert any("上限" in r for r in s.reasons)


def test_expectation_below_the_band_min_is_clamped_to_the_minimum() -> None:
    s = _suggest(72.0, expected_salary=(8000, 9000))
    assert s.suggested == 15000
    assert s.range[0] >= 15000
    assert any("下调" in r for r in s.reasons)
    assert any("下限" in r for r in s.reasons)


def test_expectation_inside_the_band_pulls_half_way() -> None:
    base = _suggest(75.0)
    s = _suggest(75.0, expected_salary=(20000, 21000))
    assert base.suggested < s.suggested < 20000
    assert s.suggested == pytest.approx((base.suggested + 20000) / 2, abs=100)


def test_expectation_that_already_contains_the_figure_changes_nothing() -> None:
    base = _suggest(78.0)
    s = _suggest(78.0, expected_salary=(base.suggested - 1000, base.suggested + 1000))
    assert s.suggested == base.suggested
    assert any("范围内" in r for r in s.reasons)


def test_current_salary_gets_at_least_the_minimum_raise() -> None:
    s = _suggest(70.0, current_salary=16000)
    assert s.suggested == 17600  # 16000 x 1.10
    assert any("当前月薪" in r and "上调" in r for r in s.reasons)


def test_current_salary_caps_the_raise_at_twenty_percent() -> None:
    s = _suggest(85.0, current_salary=15000)
    assert s.suggested == 18000  # 15000 x 1.20 instead of 22000
    assert any("下调" in r and "20%" in r for r in s.reasons)


def test_current_salary_higher_than_the_band_stops_at_the_band_max() -> None:
    s = _suggest(80.0, current_salary=30000)
    assert s.level == "中级"
    assert s.suggested == 22000
    assert any("上限" in r and "特批" in r for r in s.reasons)


def test_no_band_configured_is_a_clear_error() -> None:
    with pytest.raises(NoSalaryBandError) as err:
        bands_from({}, {}, job_title="数据分析师")
    assert "数据分析师" in err.value.user_message
    assert "DINGHIRE_OFFERS_SALARY_BANDS" in err.value.user_message


def test_job_band_wins_over_the_default_and_the_default_fills_in() -> None:
    default = {"中级": [1000, 2000]}
    assert bands_from({"中级": [5000, 6000]}, default)["中级"].minimum == 5000
    assert bands_from({}, default)["中级"].maximum == 2000


def test_bad_band_is_refused_with_its_level_named() -> None:
    with pytest.raises(ValidationFailedError) as err:
        bands_from({"高级": [30000, 20000]}, None)
    assert "高级" in err.value.user_message


def test_missing_level_falls_back_to_the_nearest_band_and_says_so() -> None:
    bands = {"中级": SalaryBand("中级", 15000, 22000)}
    s = suggest_salary(bands, interview_score=95.0, match_score=None, thresholds=ONLY_INTERVIEW)
    assert s.level == "中级"
    assert any("未设置「高级」" in r for r in s.reasons)


def test_no_score_at_all_is_a_clear_error() -> None:
    with pytest.raises(MissingScoreError):
        suggest_salary(BANDS, interview_score=None, match_score=None)


def test_equity_cap_keeps_below_a_better_scoring_peer() -> None:
    peers = [Peer("中级", 84.0, 18000), Peer("中级", 70.0, 21000), Peer("高级", 99.0, 10000)]
    s = _suggest(83.0, peers=peers)
    assert s.suggested == 18000
    assert s.range[1] <= 18000
    assert any("内部公平" in r and "18,000" in r for r in s.reasons)


def test_equity_ignores_peers_who_scored_lower() -> None:
    peers = [Peer("中级", 80.0, 15000)]
    s = _suggest(83.0, peers=peers)
    assert s.suggested > 15000
    assert not any("内部公平" in r for r in s.reasons)


def test_every_suggestion_ends_with_the_figure_and_range() -> None:
    s = _suggest(77.0, expected_salary=(18000, 20000), current_salary=15000)
    assert s.band[0] <= s.range[0] <= s.suggested <= s.range[1] <= s.band[1]
    assert f"{s.suggested:,} 元" in s.reasons[-1]
    assert len(s.reasons) >= 5


def test_suggestion_round_trips_through_json() -> None:
    s = _suggest(77.0, expected_salary=(18000, 20000))
    assert SalarySuggestion.from_dict(s.to_dict()) == s
