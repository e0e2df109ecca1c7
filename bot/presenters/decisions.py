"""What candidates and HR read about decisions: calm, respectful Chinese, never a score.

`DecisionTexts` is the `DecisionPresenter` port of `workflows/decisions/messages.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from integrations.dingtalk.messages import Markdown
from workflows.decisions.messages import DecisionNotice, ForwardSummary
from workflows.decisions.policy import Decision

# Candidate-facing tips per competency: a direction to grow, never a number or a verdict.
IMPROVEMENT_TIPS: dict[str, str] = {
    "communication": "表达时可以先说结论，再用一两个具体事例支撑，让对方更快抓住重点。",
    "problem_solving": "讲述解决问题的经历时，可以更完整地说明如何定位原因、比较方案并验证效果。",
    "teamwork": "可以多准备一些体现您如何与他人协作、共同推动目标达成的具体事例。",
    "learning": "可以多分享您快速学习新领域、并把所学用到实际工作中的具体经历。",
    "backend_expertise": "回答技术问题时，可以多结合实际项目和具体指标，说明设计取舍和最终效果。",
    "customer_focus": "可以多准备体现您如何理解并满足客户需求的具体事例和结果。",
    "resilience": "可以多分享您在压力或挫折下如何调整节奏、最终达成目标的真实经历。",
    "sales_drive": "可以用更具体的数字和关键动作，说明您达成业绩目标的过程。",
}


def _hello(name: str) -> str:
    return f"{name}，您好！" if name else "您好！"


def notice_title(decision: Decision, job_title: str) -> str:
    """Title of the notice (shown in the chat list and the mini-app)."""
    if decision is Decision.ADVANCE:
        return f"面试进展通知 · {job_title}"
    return f"面试结果通知 · {job_title}"


def improvement_note(weakest: Mapping[str, Any] | None) -> str:
    """One short, kind improvement note about the weakest assessed dimension ("" if none)."""
    if not weakest:
        return ""
    return _note(str(weakest.get("code") or ""), str(weakest.get("name") or "").strip())


def _note(code: str, name: str) -> str:
    tip = IMPROVEMENT_TIPS.get(code)
    if tip is None:
        if not name:
            return ""
        tip = f"在「{name}」方面，可以多准备一些能体现您具体做法和结果的真实事例。"
    return f"一点小建议供您参考：{tip}"


def candidate_message(
    decision: Decision, *, name: str, job_title: str, note: str = "", explain_link: str = ""
) -> tuple[str, str]:
    """(title, markdown body) of the message a candidate gets about a decision; a rejection
    names the page that explains the assessment and takes a request for a human review."""
    title = notice_title(decision, job_title)
    if decision is Decision.ADVANCE:
        body = (
            f"{_hello(name)}\n\n"
            f"感谢您参加「{job_title}」岗位的面试。我们很高兴地通知您：您已进入下一轮环节。\n\n"
            "招聘负责人会尽快与您联系，沟通后续安排。期待与您进一步交流！"
        )
    else:
        body = (
            f"{_hello(name)}\n\n"
            f"非常感谢您关注「{job_title}」岗位，并抽出宝贵时间参加面试。"
            "经过综合评估，很遗憾您这次未能进入下一轮。\n\n"
            "这个结果只代表本岗位当前的匹配情况，并不是对您个人能力的全面评价。"
            "我们会妥善保管您的资料，今后如有合适的机会，会再与您联系。"
        )
        if note:
            body += f"\n\n{note}"
        if explain_link:
            body += f"\n\n如需了解本次评估的依据，或申请人工复核，请打开：{explain_link}"
        body += "\n\n再次感谢您的时间与信任，祝您求职顺利！"
    return title, body


FORWARD_WHY = (
    "以下候选人不是本企业钉钉成员，也没有可用的来源群聊，机器人无法直接发送，"
    "请通过电话、短信或邮件转告。"
)


def hr_forward_summary(job_title: str, items: list[tuple[str, str]]) -> Markdown:
    """One private message to HR with every decision message they must pass on by hand."""
    lines = [f"#### 请转告候选人 · {job_title}", FORWARD_WHY]
    for who, body in items:
        lines.append(f"\n**{who}**\n\n> " + body.replace("\n\n", "\n\n> "))
    return Markdown(f"请转告 {len(items)} 位候选人", "\n".join(lines))


class DecisionTexts:
    """The bot's `DecisionPresenter` (the bootstrap puts it in `Services.present`)."""

    def candidate_notice(self, notice: DecisionNotice) -> Markdown:
        """The candidate's notice: its title and Markdown body (stored and sent as they are)."""
        weak = notice.weakest
        note = _note(weak.code, weak.name.strip()) if weak is not None else ""
        return Markdown(
            *candidate_message(
                notice.decision,
                name=notice.name,
                job_title=notice.job_title,
                note=note,
                explain_link=notice.explain_link,
            )
        )

    def forward_summary(self, summary: ForwardSummary) -> Markdown:
        """One private message to HR with the notices to forward."""
        return hr_forward_summary(summary.job_title, list(summary.items))
