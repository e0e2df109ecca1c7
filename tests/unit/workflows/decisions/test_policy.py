"""The pass-line policy: recommendations at the line's edges, no score, the automatic switches."""

from __future__ import annotations

import pytest

from bot.presenters.decisions import candidate_message, improvement_note
from workflows.assessments.models import Report
from workflows.decisions.feedback import weakest_assessed
from workflows.decisions.policy import (
    Decision,
    JobPolicy,
    automatic_decision,
    automatic_reason,
    parse_pass_line,
    parse_switch,
    recommendation,
    recommendation_label,
)


@pytest.mark.parametrize(
    ("score", "line", "expected"),
    [
        (60.0, 60.0, "advance"),  # meeting the line passes it
        (59.9, 60.0, "reject"),
        (100.0, 100.0, "advance"),
        (0.0, 0.0, "advance"),
        (0.0, 0.1, "reject"),
        (99.9, 100.0, "reject"),
    ],
)
def test_recommendation_at_the_edges_of_the_pass_line(
    score: float, line: float, expected: str
) -> None:
    assert recommendation(score, line) == expected


def test_no_score_means_no_recommendation() -> None:
    assert recommendation(None, 60.0) == ""
    assert recommendation_label("") == "未评估"
    assert automatic_decision(None, JobPolicy(60.0, True, True)) is None


def test_auto_advance_only_when_enabled_and_at_or_above_the_line() -> None:
    assert automatic_decision(75.0, JobPolicy(60.0, False, False)) is None
    assert automatic_decision(75.0, JobPolicy(60.0, True, False)) is Decision.ADVANCE
    assert automatic_decision(40.0, JobPolicy(60.0, True, False)) is None


def test_auto_reject_never_without_the_explicit_flag() -> None:
    assert automatic_decision(10.0, JobPolicy(60.0, False, False)) is None
    assert automatic_decision(10.0, JobPolicy(60.0, True, False)) is None
    assert automatic_decision(10.0, JobPolicy(60.0, False, True)) is Decision.REJECT
    assert automatic_decision(90.0, JobPolicy(60.0, False, True)) is None


def test_automatic_reason_names_the_pass_line() -> None:
    assert "及格线 65" in automatic_reason(Decision.ADVANCE, 70.25, 65.0)
    assert "70.2" in automatic_reason(Decision.ADVANCE, 70.25, 65.0)
    assert "自动淘汰" in automatic_reason(Decision.REJECT, 50.0, 65.0)


@pytest.mark.parametrize(
    ("raw", "value"), [("65", 65.0), ("0", 0.0), ("100", 100.0), ("72.5分", 72.5)]
)
def test_pass_line_parses_numbers_from_0_to_100(raw: str, value: float) -> None:
    assert parse_pass_line(raw) == value


@pytest.mark.parametrize(
    ("raw", "message"),
    [("101", "0 到 100"), ("-1", "0 到 100"), ("高", "不是数字"), ("nan", "0 到 100")],
)
def test_pass_line_refuses_bad_values_in_chinese(raw: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_pass_line(raw)


def test_switch_words() -> None:
    assert parse_switch("开") is True and parse_switch("on") is True
    assert parse_switch("关") is False and parse_switch("OFF") is False
    with pytest.raises(ValueError, match="开"):
        parse_switch("也许")


def _report(**values: object) -> Report:
    base: dict[str, object] = {
        "dimensions": [],
        "weaknesses": [],
        "not_assessed": [],
        "strengths": [],
    }
    base.update(values)
    return Report(**base)


def test_improvement_note_uses_the_weakest_assessed_dimension() -> None:
    report = _report(
        weaknesses=[
            {"code": "teamwork", "name": "团队协作", "score": 5.5},
            {"code": "communication", "name": "沟通表达", "score": 4.0},
        ],
    )
    weakest = weakest_assessed(report)
    assert weakest is not None and weakest["code"] == "communication"
    note = improvement_note(weakest)
    assert "先说结论" in note
    assert "4.0" not in note and "分" not in note


def test_improvement_note_never_comes_from_a_dimension_not_assessed() -> None:
    report = _report(
        dimensions=[
            {"code": "learning", "name": "学习能力", "score": None},
            {"code": "resilience", "name": "抗压能力", "score": 7.0},
        ],
        not_assessed=[{"code": "learning", "name": "学习能力", "reason": "没有题目"}],
    )
    weakest = weakest_assessed(report)
    assert weakest is not None and weakest["code"] == "resilience"
    nothing = _report(
        dimensions=[{"code": "learning", "name": "学习能力", "score": None}],
        not_assessed=[{"code": "learning", "name": "学习能力", "reason": "没有题目"}],
    )
    assert weakest_assessed(nothing) is None
    assert improvement_note(None) == ""


def test_unknown_dimension_gets_a_generic_note_naming_it() -> None:
    assert "「数据分析」" in improvement_note({"code": "data", "name": "数据分析", "score": 3.0})


def test_reject_message_thanks_and_never_shows_scores() -> None:
    title, body = candidate_message(
        Decision.REJECT, name="张伟", job_title="后端工程师", note="一点小建议供您参考：多练习。"
    )
    assert title == "面试结果通知 · 后端工程师"
    assert body.startswith("张伟，您好！")
    assert "感谢" in body and "很遗憾" in body and "一点小建议" in body
    assert not any(ch.isdigit() for ch in body)
    adv_title, adv_body = candidate_message(Decision.ADVANCE, name="", job_title="后端工程师")
    assert adv_title == "面试进展通知 · 后端工程师"
    assert adv_body.startswith("您好！") and "进入下一轮" in adv_body
    assert adv_body != body
    _, linked = candidate_message(
        Decision.REJECT, name="张伟", job_title="后端工程师", explain_link="https://x.example/x/t"
    )
    assert "申请人工复核，请打开：https://x.example/x/t" in linked
    assert "人工复核" not in body  # no link, no sentence
