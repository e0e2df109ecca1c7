"""Report aggregation: model weights renormalised over assessed dimensions, gaps carried."""

from __future__ import annotations

import pytest

from analysis.reports import AnswerInput, aggregate
from analysis.scoring import AnswerScore, DimensionScore, Evidence
from tests.unit.analysis.scoring.rubric import BACKEND


def _dim(code: str, score: float | None, confidence: float = 0.8) -> DimensionScore:
    if score is None:
        return DimensionScore(code, code, None, 0.0, not_assessed_reason="回答过短")
    ev = Evidence(f"{code} 的证据句", 1.0, 5.0, 0, ("rubric",))
    return DimensionScore(code, code, score, confidence, evidence=(ev,))


def _answer(node: int, *dims: DimensionScore, flags: tuple[str, ...] = ()) -> AnswerInput:
    return AnswerInput(100 + node, node, f"第{node}题", AnswerScore(tuple(dims)), flags)


def test_weights_are_renormalised_over_assessed_dimensions() -> None:
    # Model: backend .35, problem .25, teamwork .15, communication .10, learning .15.
    answers = [
        _answer(1, _dim("backend_expertise", 8.0), _dim("problem_solving", 6.0)),
        _answer(2, _dim("teamwork", 4.0), _dim("communication", None)),
    ]
    report = aggregate(BACKEND, answers)
    expected = 10 * (0.35 * 8 + 0.25 * 6 + 0.15 * 4) / (0.35 + 0.25 + 0.15)
    assert report.overall_score == pytest.approx(expected, abs=0.05)
    by_code = {d["code"]: d for d in report.dimensions}
    assert by_code["backend_expertise"]["effective_weight"] == pytest.approx(0.35 / 0.75, abs=1e-3)
    assert by_code["communication"]["score"] is None
    assert by_code["learning"]["score"] is None


def test_not_assessed_dimensions_are_listed_with_reasons_and_lower_confidence() -> None:
    answers = [_answer(1, _dim("backend_expertise", 8.0), _dim("communication", None))]
    report = aggregate(BACKEND, answers)
    missing = {m["code"]: m["reason"] for m in report.not_assessed}
    assert "回答过短" in missing["communication"]
    assert "没有考察该维度" in missing["learning"]
    full = aggregate(BACKEND, [_answer(1, *(_dim(d.code, 8.0) for d in BACKEND))])
    assert report.confidence < full.confidence


def test_nothing_assessed_gives_no_overall_score() -> None:
    report = aggregate(BACKEND, [_answer(1, _dim("backend_expertise", None))])
    assert report.overall_score is None and report.confidence == 0.0
    assert len(report.not_assessed) == len(BACKEND)


def test_strengths_weaknesses_and_suggestions_come_from_the_scores() -> None:
    answers = [
        _answer(1, _dim("backend_expertise", 8.5), _dim("problem_solving", 3.0)),
        _answer(2, _dim("teamwork", 7.0), _dim("learning", 5.0)),
    ]
    report = aggregate(BACKEND, answers)
    assert [s["code"] for s in report.strengths] == ["backend_expertise", "teamwork"]
    assert [w["code"] for w in report.weaknesses] == ["problem_solving", "learning"]
    assert report.strengths[0]["evidence"] == ["backend_expertise 的证据句"]
    joined = "\n".join(report.suggestions)
    assert "「问题解决」" in joined or "problem_solving" in joined
    assert "根因" in joined  # a concrete probing question for problem solving
    assert "本轮未能评估" in joined  # communication was never assessed


def test_dimension_score_is_confidence_weighted_across_answers() -> None:
    answers = [
        _answer(1, _dim("backend_expertise", 9.0, confidence=0.9)),
        _answer(2, _dim("backend_expertise", 3.0, confidence=0.1)),
    ]
    dim = next(
        d for d in aggregate(BACKEND, answers).dimensions if d["code"] == "backend_expertise"
    )
    assert dim["score"] == pytest.approx((9 * 0.9 + 3 * 0.1) / 1.0, abs=0.01)
    assert [p["answer_id"] for p in dim["per_answer"]] == [101, 102]


def test_integrity_flags_are_reported_but_never_change_the_score() -> None:
    clean = [_answer(1, _dim("backend_expertise", 7.0))]
    flagged = [_answer(1, _dim("backend_expertise", 7.0), flags=("multiple_faces", "noisy"))]
    a, b = aggregate(BACKEND, clean), aggregate(BACKEND, flagged)
    assert a.overall_score == b.overall_score
    details = {d["flag"]: d for d in b.flag_details}
    assert details["multiple_faces"]["kind"] == "integrity"
    assert details["noisy"]["kind"] == "quality"
    assert details["multiple_faces"]["label"] == "画面中出现多人"
    assert b.flags == ["multiple_faces", "noisy"]
