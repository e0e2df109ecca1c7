"""Pass-line recommendations in chat (建议) and the 一键确认 card that applies them."""

from __future__ import annotations

import hashlib
import json

from bot.context import BotContext
from bot.filters import card_action, command, command_args, from_hr, require_hr
from bot.handlers.decide import VERB
from bot.router import Router
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage
from integrations.dingtalk.messages import InteractiveCard, Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.decisions.pass_line import (
    ConfirmResult,
    RecommendationRow,
    confirm_recommendations,
    decode_plan,
    encode_plan,
    recommendations_for_job,
)
from workflows.decisions.policy import recommendation_label
from workflows.errors import ValidationFailedError
from workflows.jobs.models import Job
from workflows.jobs.service import find_job

router = Router("recommend")


def _recommend_lines(job: Job, rows: list[RecommendationRow]) -> list[str]:
    lines = [f"#### 及格线建议 · #{job.id} {job.title}（及格线 {job.pass_line:g}）"]
    for r in rows:
        score = "未评分" if r.overall_score is None else f"{r.overall_score:.1f} 分"
        mark = {"advance": "⬆️", "reject": "⬇️"}.get(r.recommendation, "❔")
        lines.append(
            f"- {mark} {r.name}（编号 {r.application_id}）{score} · "
            f"{recommendation_label(r.recommendation)}"
        )
    if not rows:
        lines.append("该岗位目前没有待决定的「已评分」候选人。")
    return lines


@router.message(command("建议", "recommend"), from_hr)
async def recommend_command(message: InboundMessage, ctx: BotContext) -> None:
    """List the pass-line recommendations of a job; a card lets HR confirm them in one tap."""
    ref = command_args(message)
    if not ref:
        await ctx.reply(
            message, Markdown("及格线建议", "请指定岗位，例如：`建议 1` 或 `/recommend 1`")
        )
        return
    job = await find_job(ref)
    actor = Actor.staff(message.sender_staff_id)
    rows = await recommendations_for_job(job.id, viewer=actor, vault=ctx.vault)
    lines = _recommend_lines(job, rows)
    plan = encode_plan(rows)
    if plan:
        lines.append("\n已私信发送确认卡片，点「一键确认」即按以上建议处理（未评估的候选人除外）。")
    await ctx.reply(message, Markdown("及格线建议", "\n".join(lines)))
    if not plan:
        return
    digest = hashlib.sha256(f"{job.pass_line}|{plan}".encode()).hexdigest()[:16]
    track = f"recommend-{job.id}-{digest}"
    button = {
        "action": "confirm_recommendations",
        "text": "一键确认",
        "job_id": job.id,
        "plan": plan,
    }
    data = {
        "title": f"及格线建议：{job.title}",
        "job": job.title,
        "job_id": str(job.id),
        "list_md": "\n".join(lines[1:-1]),
        "plan": plan,
        "status": "待确认",
        "actions": json.dumps([button], ensure_ascii=False),
    }
    card = InteractiveCard(ctx.settings.dingtalk.card_template_id, track, data)
    await ctx.send(
        OutgoingMessage(Recipient.users(message.sender_staff_id), card),
        dedup_key=f"card:{track}:{message.sender_staff_id}"[:128],
    )


def _confirm_lines(result: ConfirmResult) -> list[str]:
    lines = []
    for batch in (result.advanced, result.rejected):
        verb = VERB[batch.decision]
        for o in batch.outcomes:
            lines.append(
                f"- {'✅' if o.ok else '❌'} {verb} {o.label}" + ("" if o.ok else f"：{o.error}")
            )
    lines += [f"- ⏭️ 编号 {app_id}：{why}" for app_id, why in result.skipped]
    return lines


@router.card_action(card_action("confirm_recommendations"), in_job=True)
async def confirm_card(action: CardAction, ctx: BotContext) -> CardUpdate:
    """一键确认: apply the listed recommendations, re-checking each candidate now."""
    name = await require_hr(action)
    raw_job = str(action.params.get("job_id", ""))
    plan = decode_plan(str(action.params.get("plan", "")))
    if not raw_job.isdigit() or not plan:
        raise ValidationFailedError("confirm without plan", user_message="卡片数据不完整")
    result = await confirm_recommendations(
        int(raw_job), plan, actor=Actor.staff(action.user_id), deps=ctx.services
    )
    n_adv, n_rej = len(result.advanced.done), len(result.rejected.done)
    summary = f"已晋级 {n_adv} 人，已淘汰 {n_rej} 人"
    if result.skipped or result.advanced.failed or result.rejected.failed:
        summary += f"，未处理 {len(plan) - n_adv - n_rej} 人"
    lines = [f"#### 一键确认结果（{summary}）", *_confirm_lines(result)]
    await ctx.send(
        OutgoingMessage(
            Recipient.users(action.user_id), Markdown("一键确认结果", "\n".join(lines))
        ),
        dedup_key=f"confirm:{action.delivery_id}"[:128],
    )
    return CardUpdate(
        card_data={"status": "已确认", "status_by": name, "notice": summary, "actions": "[]"}
    )
