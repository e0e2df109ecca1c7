"""The ranking key: interview weighted with match, match-only always below interviewed."""

from __future__ import annotations

import pytest

from workflows.applications.rank_score import is_interviewed_key, rank_score


def test_interview_and_match_are_weighted_80_20() -> None:
    assert rank_score(90, 50) == pytest.approx(0.8 * 90 + 0.2 * 50)


def test_interview_without_match_counts_alone() -> None:
    assert rank_score(72.5, None) == pytest.approx(72.5)


def test_match_only_ranks_by_match_but_below_every_interviewed_key() -> None:
    best_unscored = rank_score(None, 100)
    worst_scored = rank_score(0, 0)
    assert best_unscored is not None and worst_scored is not None
    assert best_unscored < worst_scored
    assert rank_score(None, 80) > rank_score(None, 60)  # type: ignore[operator]
    assert not is_interviewed_key(best_unscored)
    assert is_interviewed_key(worst_scored)


def test_no_scores_has_no_key() -> None:
    assert rank_score(None, None) is None
    assert not is_interviewed_key(None)
