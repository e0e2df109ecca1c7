"""Fairness figures: the planted adverse impact is flagged and the clean groups are not; the
LL144 worked examples (6 RCNY § 5-301) match their published impact ratios; Fisher's exact
test agrees with known values."""

from __future__ import annotations

import pytest

from analysis.outcomes import (
    Person,
    explain_row,
    fairness_tables,
    fisher_exact,
    impact_from_counts,
    scoring_impact,
    selection_impact,
)
from analysis.outcomes.synthetic import make_cohort

# 6 RCNY § 5-301(b) example (resume screening): applicants, selected, published impact ratio.
LL144_SEX = {"Male": (1390, 667, 1.00), "Female": (1181, 555, 0.979)}
LL144_RACE = {
    "Hispanic or Latino": (408, 204, 0.97),
    "White": (797, 412, 1.00),
    "Black or African American": (390, 170, 0.84),
    "Native Hawaiian or Pacific Islander": (119, 52, 0.85),
    "Asian": (616, 302, 0.95),
    "Native American or Alaska Native": (41, 18, 0.85),
    "Two or More Races": (213, 96, 0.87),
}
LL144_INTERSECTIONAL = {
    "Hispanic or Latino×Male": (205, 90, 0.841),
    "Hispanic or Latino×Female": (190, 82, 0.827),
    "White×Male": (412, 215, 1.000),
    "Black or African American×Male": (226, 95, 0.806),
    "Native Hawaiian or Pacific Islander×Male": (87, 37, 0.815),
    "Asian×Male": (321, 167, 0.997),
    "Native American or Alaska Native×Male": (24, 11, 0.878),
    "Two or More Races×Male": (115, 52, 0.866),
    "White×Female": (385, 197, 0.981),
    "Black or African American×Female": (164, 75, 0.876),
    "Native Hawaiian or Pacific Islander×Female": (32, 15, 0.898),
    "Asian×Female": (295, 135, 0.877),
    "Native American or Alaska Native×Female": (17, 7, 0.789),
    "Two or More Races×Female": (98, 44, 0.860),
}


def _people(rows: dict[str, tuple[int, int, float]], attribute: str) -> list[Person]:
    """Expand the published counts into one person per applicant."""
    people = []
    for category, (n, selected, _) in rows.items():
        people += [Person({attribute: category}, i < selected) for i in range(n)]
    return people


@pytest.mark.parametrize(
    ("rows", "places"),
    [(LL144_SEX, 3), (LL144_RACE, 2), (LL144_INTERSECTIONAL, 3)],
    ids=["sex", "race", "intersectional"],
)
def test_ll144_selection_example_matches_the_published_impact_ratios(
    rows: dict[str, tuple[int, int, float]], places: int
) -> None:
    table = selection_impact(_people(rows, "category"), ("category",))
    got = {r.category: r for r in table.rows}
    for category, (n, selected, published) in rows.items():
        assert (got[category].n, got[category].positives) == (n, selected)
        assert got[category].impact_ratio == pytest.approx(published, abs=0.5 * 10**-places)
    # Hand calculation: 555/1181 = 0.46994; 667/1390 = 0.47986; 0.46994 / 0.47986 = 0.97933.
    if rows is LL144_SEX:
        assert got["Female"].rate == pytest.approx(555 / 1181)
        assert got["Female"].impact_ratio == pytest.approx((555 / 1181) / (667 / 1390))
        assert table.reference == "Male" and not table.flagged
    if rows is LL144_INTERSECTIONAL:
        assert [r.category for r in table.flagged] == ["Native American or Alaska Native×Female"]


def test_ll144_scoring_example_sex_categories_from_scores() -> None:
    # 6 RCNY § 5-301(c) example ("culture fit"): male 92 applicants scoring rate 54.3%, female
    # 76 at 44.7%, impact ratio 0.82. Scores are built so that 50 men and 34 women score above
    # the median of all 168 (84 above, 84 at or below).
    people = [Person({"sex": "Male"}, score=70.0 + i % 7) for i in range(50)]
    people += [Person({"sex": "Male"}, score=40.0 + i % 9) for i in range(42)]
    people += [Person({"sex": "Female"}, score=65.0 + i % 5) for i in range(34)]
    people += [Person({"sex": "Female"}, score=30.0 + i % 11) for i in range(42)]
    people += [Person({"sex": None}, score=55.0) for _ in range(15)]  # unknown: median only
    table = scoring_impact(people, ("sex",))
    got = {r.category: r for r in table.rows}
    assert table.median is not None and 48.0 < table.median < 65.0
    assert table.unknown == 15
    assert round(got["Male"].rate, 3) == 0.543 and round(got["Female"].rate, 3) == 0.447
    assert got["Female"].impact_ratio == pytest.approx(0.82, abs=0.005)
    assert got["Female"].impact_ratio == pytest.approx((34 / 76) / (50 / 92))


def test_ll144_scoring_example_race_ratios_from_counts() -> None:
    published = {
        "Hispanic or Latino": (28, 18, 1.00),
        "White": (40, 15, 0.58),
        "Black or African American": (32, 16, 0.78),
        "Asian": (24, 10, 0.65),
        "Two or More Races": (20, 10, 0.78),
    }
    table = impact_from_counts(
        "race", {k: (n, p) for k, (n, p, _) in published.items()}, kind="scoring"
    )
    for row in table.rows:
        assert row.impact_ratio == pytest.approx(published[row.category][2], abs=0.005)


def test_planted_adverse_impact_is_flagged_and_clean_groups_are_not() -> None:
    cohort = make_cohort(2000, seed=19)
    tables = {
        t.attribute: t
        for t in fairness_tables(cohort.people(), ["gender", "age_band", "region", "school_tier"])
    }
    gender = tables["gender"]
    women = next(r for r in gender.rows if r.category == "女")
    assert women.flagged and women.significant and women.adverse
    assert [r.category for r in gender.adverse] == ["女"]
    assert women.impact_ratio is not None and women.impact_ratio < 0.7
    assert "低于五分之四" in explain_row(gender, women, "性别")
    for clean in ("age_band", "region", "school_tier"):
        assert not tables[clean].flagged, tables[clean]
        assert all(not r.significant for r in tables[clean].rows)
        assert not tables[clean].adverse
    assert tables["gender×age_band"].flagged  # the planted group shows in its intersections


def test_small_intersections_are_listed_without_a_ratio() -> None:
    people = [Person({"a": "x", "b": "p"}, True) for _ in range(20)]
    people += [Person({"a": "y", "b": "q"}, i < 2) for i in range(4)]
    people += [Person({"a": None, "b": "q"}, True)]
    table = selection_impact(people, ("a", "b"), min_n=10)
    tiny = next(r for r in table.rows if r.category == "y×q")
    assert tiny.impact_ratio is None and not tiny.flagged
    assert table.unknown == 1
    assert "不计算影响比" in explain_row(table, tiny, "交叉")


def test_fisher_exact_matches_known_values() -> None:
    assert fisher_exact(8, 2, 1, 5) == pytest.approx(0.034965, abs=1e-6)  # R fisher.test
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(0.485714, abs=1e-6)  # lady tasting tea
    assert fisher_exact(0, 0, 3, 4) == 1.0
