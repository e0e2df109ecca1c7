"""Similarity math: skill overlap, closeness, degree levels, renormalised weights, reasons."""

from __future__ import annotations

import pytest

from workflows.ranking.similarity import (
    Profile,
    closeness,
    degree_similarity,
    jaccard,
    similarity,
    skill_map,
)


def _p(app_id: int, **kw: object) -> Profile:
    return Profile(application_id=app_id, candidate_id=app_id, **kw)  # type: ignore[arg-type]


def test_jaccard_and_unknown_sides() -> None:
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert jaccard(set(), {"a"}) is None


def test_skill_spelling_variants_are_the_same_skill() -> None:
    assert set(skill_map(["Spring Boot", "springboot", "Go-lang"])) == {"springboot", "golang"}


def test_closeness_is_linear_and_clipped() -> None:
    assert closeness(80, 80, 30) == 1.0
    assert closeness(80, 65, 30) == pytest.approx(0.5)
    assert closeness(80, 10, 30) == 0.0
    assert closeness(None, 10, 30) is None


def test_degree_levels() -> None:
    assert degree_similarity("本科", "本科") == 1.0
    assert degree_similarity("本科", "硕士") == 0.5
    assert degree_similarity("博士", "大专") == 0.0
    assert degree_similarity("", "本科") is None


def test_identical_profiles_score_one_with_reasons() -> None:
    kw = dict(
        skills=skill_map(["Python", "Redis"]),
        degree="本科",
        years=5.0,
        school="浙江大学",
        overall=82.0,
        dimensions={"communication": 8.0, "teamwork": 7.0},
    )
    sim = similarity(_p(1, **kw), _p(2, **kw))
    assert sim.score == pytest.approx(1.0)
    assert sim.shared_skills == ("Python", "Redis")
    text = "；".join(sim.reasons)
    for part in ("共同技能：Python、Redis", "各维度得分接近", "面试总分接近", "学历相同（本科）"):
        assert part in text
    assert "同校：浙江大学" in text


def test_closer_scores_and_more_shared_skills_rank_higher() -> None:
    base = _p(1, skills=skill_map(["Python", "Redis", "Kafka"]), overall=85.0, years=6.0)
    near = _p(2, skills=skill_map(["Python", "Redis"]), overall=83.0, years=6.0)
    far = _p(3, skills=skill_map(["Excel"]), overall=50.0, years=1.0)
    assert similarity(base, near).score > similarity(base, far).score
    assert similarity(base, far).score < 0.2


def test_missing_aspects_are_left_out_not_counted_as_different() -> None:
    base = _p(1, skills=skill_map(["Python"]), overall=80.0)
    other = _p(2, skills=skill_map(["Python"]), overall=80.0, school="清华大学", years=3.0)
    assert similarity(base, other).score == pytest.approx(1.0)


def test_profiles_that_say_too_little_are_not_similar() -> None:
    assert similarity(_p(1, degree="本科"), _p(2, degree="本科")).score == 0.0
