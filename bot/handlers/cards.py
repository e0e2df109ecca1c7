"""Buttons on the HR resume card: 邀请面试 / 淘汰 / 查看详情."""

from __future__ import annotations

from typing import Any

from bot.cards import status_update
from bot.context import BotContext
from bot.filters import card_action, card_application_id, require_hr
from bot.handlers.decide import decide_from_card
from bot.handlers.invitations import send_forward_notice
from bot.presenters.channels import NOTICE_LABELS_ZH, REACH_LABELS_ZH
from bot.router import Router
from integrations.dingtalk.inbound import CardAction, CardUpdate
from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.applications.stages import Stage
from workflows.candidates.details import candidate_detail
from workflows.clock import format_deadline
from workflows.decisions import feedback
from workflows.decisions.policy import Decision
from workflows.invitations import service as invitations
from workflows.invitations.models import InvitationChannel

router = Router("cards")


@router.card_action(card_action("reject"))
async def reject(action: CardAction, ctx: BotContext) -> CardUpdate:
    """淘汰: the application moves to rejected, the candidate is told, and the card shows it."""
    batch, name = await decide_from_card(action, ctx, Decision.REJECT, "HR 在简历卡片上淘汰")
    outcome = batch.outcomes[0]
    if not outcome.ok:
        return CardUpdate(card_data={"notice": outcome.error})
    data = dict(status_update(Stage.REJECTED, name))
    if outcome.channel == feedback.CHANNEL_HR_FORWARD:
        data["notice"] = "候选人无法通过钉钉直接联系，结果通知已私信发给您，请转告"
    else:
        data["notice"] = f"已通过{NOTICE_LABELS_ZH[outcome.channel]}通知候选人"
    return CardUpdate(card_data=data)


@router.card_action(card_action("invite"))
async def invite(action: CardAction, ctx: BotContext) -> CardUpdate:
    """邀请面试: send the invitation (the application moves to invited) and show it on the card."""
    name = await require_hr(action)
    result = await invitations.invite(
        card_application_id(action), actor=Actor.staff(action.user_id), deps=ctx.services
    )
    data = dict(status_update(Stage.INVITED, name))
    deadline = format_deadline(result.deadline_at)
    if result.channel is InvitationChannel.MANUAL:
        await send_forward_notice(ctx, action.user_id, result)
        data["notice"] = (
            f"候选人无法通过钉钉直接联系，面试链接已私信发给您，请转发（截止 {deadline}）"
        )
    else:
        channel = REACH_LABELS_ZH[result.channel]
        data["notice"] = f"面试邀请已通过{channel}发送给候选人，截止 {deadline}"
    return CardUpdate(card_data=data)


@router.card_action(card_action("detail"))
async def detail(action: CardAction, ctx: BotContext) -> None:
    """查看详情: the full parsed resume goes to the HR who asked, in a private message."""
    await require_hr(action)
    d = await candidate_detail(
        card_application_id(action), viewer=Actor.staff(action.user_id), vault=ctx.vault
    )
    lines = [
        f"#### {d.name or '未识别姓名'} · {d.job_title}",
        f"- 手机：{d.phone or '未识别'}",
        f"- 邮箱：{d.email or '未识别'}",
    ]
    city = (d.parsed.get("current_city") or {}).get("value")
    position = (d.parsed.get("expected_position") or {}).get("value")
    if city or position:
        lines.append(f"- 现居：{city or '未识别'} · 求职意向：{position or '未识别'}")
    for edu in d.parsed.get("education", [])[:3]:
        parts = [(edu.get(k) or {}).get("value") for k in ("school", "degree", "major")]
        lines.append(f"- 教育：{_span(edu)} " + " ".join(str(p) for p in parts if p))
    for work in d.parsed.get("work_history", [])[:4]:
        parts = [(work.get(k) or {}).get("value") for k in ("employer", "title")]
        lines.append(f"- 工作：{_span(work)} " + " ".join(str(p) for p in parts if p))
    skills = [s.get("value") for s in d.parsed.get("skills", [])]
    if skills:
        lines.append("- 技能：" + "、".join(str(s) for s in skills[:12]))
    for reason in d.match.get("matched", [])[:4]:
        lines.append(f"- ✅ {reason}")
    for gap in d.match.get("missing", [])[:4]:
        lines.append(f"- ⚠️ {gap}")
    await ctx.send(
        OutgoingMessage(Recipient.users(action.user_id), Markdown("候选人详情", "\n".join(lines))),
        dedup_key=f"detail:{action.delivery_id}"[:128],
    )


def _span(entry: dict[str, Any]) -> str:
    """ "2016.03-至今" from a stored entry (dates as {"year", "month"} dicts)."""

    def ym(value: Any) -> str:
        if not isinstance(value, dict) or not value.get("year"):
            return "?"
        month = value.get("month")
        return f"{value['year']}.{int(month):02d}" if month else str(value["year"])

    end = "至今" if entry.get("end_is_present") else ym(entry.get("end"))
    return f"{ym(entry.get('start'))}-{end}"
