"""The scored card's wording, from the typed summary the decisions job hands over."""

from __future__ import annotations

import json

from bot.presenters.scored_card import ScoredCards
from workflows.applications.stages import Stage
from workflows.decisions.scored_card import DecidedCard, DimensionMark, FlagNote, ScoredSummary


def _summary(**changes: object) -> ScoredSummary:
    values: dict[str, object] = {
        "application_id": 7,
        "job_id": 3,
        "job_title": "后端工程师",
        "name": "李明",
        "score": 78.46,
        "confidence": 0.8,
        "scored_by": "",
        "strengths": (DimensionMark("沟通表达", 8.25),),
        "gaps": (DimensionMark("后端技术", 5.0),),
        "not_assessed": ("团队协作",),
        "flags": (FlagNote(True, "视线偏离", (0, 2)),),
        "bare_flags": (),
        "recommendation": "advance",
        "pass_line": 60.0,
        "stage": Stage.SCORED,
        "report_link": "https://h/r/7",
    }
    values.update(changes)
    return ScoredSummary(**values)  # type: ignore[arg-type]


def test_a_scored_card_lists_marks_flags_and_the_four_buttons() -> None:
    data = ScoredCards().scored(_summary())
    assert data["score"] == "78.5 分" and data["confidence"] == "置信度 80%"
    assert data["strengths_md"] == "- ✅ 沟通表达 8.2/10"
    assert data["gaps_md"] == "- ⚠️ 后端技术 5.0/10\n- ❔ 未评估：团队协作"
    assert data["flags_md"] == "- ⚠️ [诚信] 视线偏离，第1题、第3题"
    assert data["recommendation"] == "建议晋级（78.5 ≥ 及格线 60）"
    assert data["scored_by"] == "评分：未记录"
    assert [b["action"] for b in json.loads(data["actions"])] == [
        "advance",
        "reject",
        "report",
        "compare",
    ]
    assert "notice" not in data


def test_a_policy_decision_shows_its_notice_and_only_the_next_step() -> None:
    data = ScoredCards().scored(
        _summary(stage=Stage.SHORTLISTED, status_by="系统", auto_decided=True, flags=())
    )
    assert data["notice"] == "已按及格线 60 自动晋级，候选人已收到通知"
    assert [b["text"] for b in json.loads(data["actions"])] == ["发起录用"]
    assert data["flags_md"] == "无异常"


def test_a_decided_card_keeps_only_the_report_button_after_a_reject() -> None:
    data = ScoredCards().decided(DecidedCard(Stage.REJECTED, "王芳", 7, "https://h/r/7", "已淘汰"))
    assert data["status_by"] == "王芳" and data["notice"] == "已淘汰"
    assert json.loads(data["actions"]) == [
        {"action": "report", "text": "查看报告", "application_id": 7, "url": "https://h/r/7"}
    ]
