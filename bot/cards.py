"""The interactive card HR gets for each resume: values are strings, as DingTalk requires."""

from __future__ import annotations

import json

from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.candidates.intake import IntakeOutcome, JobMatch
from workflows.messaging.markdown import inert

ACTIONS = (("invite", "邀请面试"), ("reject", "淘汰"), ("detail", "查看详情"))


def resume_card_id(candidate_id: int, resume_id: int) -> str:
    """One card per candidate and resume: resending the same file updates, never duplicates."""
    return f"resume-{candidate_id}-{resume_id}"


def _match_line(m: JobMatch) -> str:
    score = "未评分" if m.score is None else f"{m.score:.0f}分"
    head = f"**{m.job_title}** · 匹配度 {score}"
    if m.disqualified:
        head += "（不符合硬性要求）"
    lines = [head]
    lines += [f"- ✅ {x}" for x in m.matched[:3]]
    lines += [f"- ⚠️ {x}" for x in (m.disqualify_reasons or m.missing)[:3]]
    return "\n".join(lines)


def resume_card_data(outcome: IntakeOutcome, *, sender_nick: str) -> dict[str, str]:
    """Card parameters for a new or updated resume."""
    best = outcome.matches[0] if outcome.matches else None
    summary = outcome.summary
    facts = [
        summary.get("degree") or "",
        f"{summary['years']:g}年经验" if summary.get("years") is not None else "",
        summary.get("school") or "",
        summary.get("last_employer") or "",
    ]
    intent = [summary.get("expected_position") or "", "/".join(summary.get("expected_cities", []))]
    note = {
        "created": "新候选人",
        "updated": "重复投递：已更新该候选人的资料",
        "unchanged": "重复投递：与已有简历相同，未新建候选人",
    }[outcome.status]
    if outcome.possible_duplicate_of is not None:
        note = f"疑似重复：与候选人编号 {outcome.possible_duplicate_of} 资料相同，待 HR 合并"
    return {
        "title": f"新简历：{outcome.display_name or '未识别姓名'}",
        "name": outcome.display_name or "未识别姓名",
        "masked_phone": outcome.masked_phone or "未识别",
        "facts": " · ".join(f for f in facts if f),
        "skills": "、".join(summary.get("skills", [])),
        "city": f"现居{summary['current_city']}" if summary.get("current_city") else "",
        "intent": "期望：" + " · ".join(i for i in intent if i) if any(intent) else "",
        # Lines written in the resume: shown as text, never as links or pictures.
        "history_md": "\n".join(f"- {inert(line)}" for line in summary.get("history", [])),
        "note": note,
        # A group member outside the org chooses their own nickname: plain text only.
        "source": f"来自 {inert(sender_nick)}" if sender_nick else "",
        "matches_md": "\n\n".join(_match_line(m) for m in outcome.matches) or "暂无匹配的在招岗位",
        "matches": json.dumps(
            [
                {
                    "job_id": m.job_id,
                    "job": m.job_title,
                    "application_id": m.application_id,
                    "score": m.score,
                    "disqualified": m.disqualified,
                }
                for m in outcome.matches
            ],
            ensure_ascii=False,
        ),
        "application_id": str(best.application_id) if best else "",
        "status": STAGE_LABELS_ZH[best.stage] if best else "待处理",
        "actions": json.dumps(
            [{"action": a, "text": t, "application_id": best.application_id} for a, t in ACTIONS]
            if best
            else [],
            ensure_ascii=False,
        ),
    }


def status_update(stage: Stage, by: str) -> dict[str, str]:
    """Card parameters after HR acted: the new status and who did it; buttons go away."""
    return {"status": STAGE_LABELS_ZH[stage], "status_by": by, "actions": "[]"}
