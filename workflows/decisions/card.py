"""Parameters of the HR scored card (values are strings, as DingTalk requires)."""

from __future__ import annotations

import json
from typing import Any

from analysis.scoring.labels import scored_by_text
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.models import Report
from workflows.decisions.policy import Decision

STRENGTH_MIN = 6.5
GAP_MAX = 6.0
TOP_N = 3

SCORED_BUTTONS = (
    ("advance", "进入下一轮"),
    ("reject", "淘汰"),
    ("report", "查看报告"),
    ("compare", "对比"),
)


def scored_card_id(application_id: int) -> str:
    """One scored card per application: a re-run updates, never duplicates."""
    return f"scored-{application_id}"


def _assessed(report: Report) -> list[dict[str, Any]]:
    return [d for d in report.dimensions if d.get("score") is not None]


def top_strengths(report: Report) -> list[dict[str, Any]]:
    """Up to three best assessed dimensions above the strength bar."""
    dims = sorted(_assessed(report), key=lambda d: (-float(d["score"]), str(d.get("code"))))
    picked = [d for d in dims if float(d["score"]) >= STRENGTH_MIN][:TOP_N]
    return picked or list(report.strengths[:TOP_N])


def top_gaps(report: Report) -> list[dict[str, Any]]:
    """Up to three weakest assessed dimensions under the gap bar."""
    dims = sorted(_assessed(report), key=lambda d: (float(d["score"]), str(d.get("code"))))
    picked = [d for d in dims if float(d["score"]) < GAP_MAX][:TOP_N]
    return picked or list(report.weaknesses[:TOP_N])


def _dim_line(mark: str, d: dict[str, Any]) -> str:
    return f"- {mark} {d.get('name') or d.get('code')} {float(d['score']):.1f}/10"


def flag_lines(report: Report) -> list[str]:
    """Integrity and quality flags in Chinese, with the questions they were seen in."""
    lines = []
    for f in report.flag_details:
        kind = "诚信" if f.get("kind") == "integrity" else "质量"
        nodes = "、".join(f"第{int(n) + 1}题" for n in f.get("nodes", []))
        where = f"，{nodes}" if nodes else ""
        lines.append(f"- ⚠️ [{kind}] {f.get('label') or f.get('flag')}{where}")
    if not lines and report.flags:
        lines = [f"- ⚠️ {code}" for code in report.flags]
    return lines


def recommendation_text(rec: str, score: float | None, pass_line: float) -> str:
    """The recommendation against the pass line, e.g. `建议晋级（78.5 ≥ 及格线 60）`."""
    if score is None or not rec:
        return f"未评估：没有可用的综合得分，请 HR 查看报告后决定（及格线 {pass_line:g}）"
    if rec == Decision.ADVANCE:
        return f"建议晋级（{score:.1f} ≥ 及格线 {pass_line:g}）"
    return f"建议淘汰（{score:.1f} < 及格线 {pass_line:g}）"


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


def scored_card_data(
    *,
    application_id: int,
    job_id: int,
    job_title: str,
    name: str,
    report: Report,
    rec: str,
    pass_line: float,
    stage: Stage,
    report_link: str,
    status_by: str = "",
) -> dict[str, str]:
    """Card parameters for an application that reached `scored` (or was decided right after)."""
    score = report.overall_score
    strengths = [_dim_line("✅", d) for d in top_strengths(report)]
    gaps = [_dim_line("⚠️", d) for d in top_gaps(report)]
    missing = "、".join(str(d.get("name") or d.get("code")) for d in report.not_assessed)
    if missing:
        gaps.append(f"- ❔ 未评估：{missing}")
    confidence = "" if report.confidence is None else f"{report.confidence * 100:.0f}%"
    decided = stage is not Stage.SCORED
    actions = (
        actions_after(stage, application_id, report_link)
        if decided
        else scored_actions(application_id, job_id, report_link)
    )
    return {
        "title": f"面试已评分：{name or '未识别姓名'} · {job_title}",
        "name": name or "未识别姓名",
        "job": job_title,
        "application_id": str(application_id),
        "job_id": str(job_id),
        "score": "未评分" if score is None else f"{score:.1f} 分",
        "confidence": f"置信度 {confidence}" if confidence else "置信度 未知",
        "scored_by": f"评分：{scored_by_text(report.dimensions) or '未记录'}",
        "strengths_md": "\n".join(strengths) or "暂无明显优势项",
        "gaps_md": "\n".join(gaps) or "暂无明显短板",
        "flags_md": "\n".join(flag_lines(report)) or "无异常",
        "recommendation": recommendation_text(rec, score, pass_line),
        "pass_line": f"{pass_line:g}",
        "report_url": report_link,
        "status": STAGE_LABELS_ZH[stage],
        "status_by": status_by,
        "actions": json.dumps(actions, ensure_ascii=False),
    }


def decided_card_update(
    stage: Stage, *, by: str, application_id: int, report_link: str, notice: str = ""
) -> dict[str, str]:
    """Card parameters after a decision: new status, who made it, and the remaining buttons."""
    data = {
        "status": STAGE_LABELS_ZH[stage],
        "status_by": by,
        "actions": json.dumps(
            actions_after(stage, application_id, report_link), ensure_ascii=False
        ),
    }
    if notice:
        data["notice"] = notice
    return data
