"""HR's scored card: the template parameters (strings, as DingTalk requires) and its buttons."""

from __future__ import annotations

import json

from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.decisions.policy import Decision
from workflows.decisions.scored_card import DecidedCard, DimensionMark, FlagNote, ScoredSummary
from workflows.messaging.markdown import inert

SCORED_BUTTONS = (
    ("advance", "进入下一轮"),
    ("reject", "淘汰"),
    ("report", "查看报告"),
    ("compare", "对比"),
)


def _dim_line(mark: str, d: DimensionMark) -> str:
    return f"- {mark} {d.name} {d.score:.1f}/10"


def _flag_line(f: FlagNote) -> str:
    kind = "诚信" if f.integrity else "质量"
    nodes = "、".join(f"第{n + 1}题" for n in f.nodes)
    where = f"，{nodes}" if nodes else ""
    return f"- ⚠️ [{kind}] {f.label}{where}"


def flag_lines(summary: ScoredSummary) -> list[str]:
    """Integrity and quality flags in Chinese, with the questions they were seen in."""
    lines = [_flag_line(f) for f in summary.flags]
    return lines or [f"- ⚠️ {code}" for code in summary.bare_flags]


def recommendation_text(rec: str, score: float | None, pass_line: float) -> str:
    """The recommendation against the pass line, e.g. `建议晋级（78.5 ≥ 及格线 60）`."""
    if score is None or not rec:
        return f"未评估：没有可用的综合得分，请 HR 查看报告后决定（及格线 {pass_line:g}）"
    if rec == Decision.ADVANCE:
        return f"建议晋级（{score:.1f} ≥ 及格线 {pass_line:g}）"
    return f"建议淘汰（{score:.1f} < 及格线 {pass_line:g}）"


def auto_notice(stage: Stage, pass_line: float) -> str:
    """What the card says when the pass-line policy already decided."""
    if stage is Stage.SHORTLISTED:
        return f"已按及格线 {pass_line:g} 自动晋级，候选人已收到通知"
    if stage is Stage.REJECTED:
        return f"已按及格线 {pass_line:g} 自动淘汰（岗位已开启自动淘汰），候选人已收到通知"
    return ""


def _button(action: str, text: str, application_id: int, **extra: object) -> dict[str, object]:
    return {"action": action, "text": text, "application_id": application_id, **extra}


def scored_actions(application_id: int, job_id: int, report_link: str) -> list[dict[str, object]]:
    """The four buttons of a freshly scored card."""
    extra: dict[str, dict[str, object]] = {
        "report": {"url": report_link},
        "compare": {"job_id": job_id},
    }
    return [_button(a, t, application_id, **extra.get(a, {})) for a, t in SCORED_BUTTONS]


def actions_after(stage: Stage, application_id: int, report_link: str) -> list[dict[str, object]]:
    """Buttons once a decision is made: 发起录用 after advancing, only the report after a reject."""
    if stage is Stage.SHORTLISTED:
        return [_button("offer", "发起录用", application_id)]
    if report_link:
        return [_button("report", "查看报告", application_id, url=report_link)]
    return []


def scored_card_data(s: ScoredSummary) -> dict[str, str]:
    """Card parameters for an application that reached `scored` (or was decided right after)."""
    strengths = [_dim_line("✅", d) for d in s.strengths]
    gaps = [_dim_line("⚠️", d) for d in s.gaps]
    if s.not_assessed:
        gaps.append(f"- ❔ 未评估：{'、'.join(s.not_assessed)}")
    confidence = "" if s.confidence is None else f"{s.confidence * 100:.0f}%"
    decided = s.stage is not Stage.SCORED
    actions = (
        actions_after(s.stage, s.application_id, s.report_link)
        if decided
        else scored_actions(s.application_id, s.job_id, s.report_link)
    )
    data = {
        "title": f"面试已评分：{inert(s.name) or '未识别姓名'} · {s.job_title}",
        "name": inert(s.name) or "未识别姓名",
        "job": s.job_title,
        "application_id": str(s.application_id),
        "job_id": str(s.job_id),
        "score": "未评分" if s.score is None else f"{s.score:.1f} 分",
        "confidence": f"置信度 {confidence}" if confidence else "置信度 未知",
        "scored_by": f"评分：{s.scored_by or '未记录'}",
        "strengths_md": "\n".join(strengths) or "暂无明显优势项",
        "gaps_md": "\n".join(gaps) or "暂无明显短板",
        "flags_md": "\n".join(flag_lines(s)) or "无异常",
        "recommendation": recommendation_text(s.recommendation, s.score, s.pass_line),
        "pass_line": f"{s.pass_line:g}",
        "report_url": s.report_link,
        "status": STAGE_LABELS_ZH[s.stage],
        "status_by": s.status_by,
        "actions": json.dumps(actions, ensure_ascii=False),
    }
    notice = auto_notice(s.stage, s.pass_line) if s.auto_decided else ""
    if notice:
        data["notice"] = notice
    return data


def decided_card_update(card: DecidedCard) -> dict[str, str]:
    """Card parameters after a decision: new status, who made it, and the remaining buttons."""
    actions = actions_after(card.stage, card.application_id, card.report_link)
    data = {
        "status": STAGE_LABELS_ZH[card.stage],
        "status_by": card.by,
        "actions": json.dumps(actions, ensure_ascii=False),
    }
    if card.notice:
        data["notice"] = card.notice
    return data


class ScoredCards:
    """The bot's `ScoredCardPresenter` (the bootstrap puts it in `Services.scored_cards`)."""

    def scored(self, summary: ScoredSummary) -> dict[str, str]:
        """The whole card for a freshly scored application."""
        return scored_card_data(summary)

    def decided(self, card: DecidedCard) -> dict[str, str]:
        """The fields that change once a decision is made."""
        return decided_card_update(card)
