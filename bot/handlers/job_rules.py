"""A job's decision rules in chat: the pass line (及格线) and the auto-advance/reject switches."""

from __future__ import annotations

from bot.context import BotContext
from bot.filters import command, command_args, from_hr
from bot.router import Router
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import Markdown
from workflows.actors import Actor
from workflows.decisions.job_settings import SWITCH_LABELS_ZH, Switch, set_pass_line, set_switch
from workflows.decisions.pass_line import recommendations_for_job
from workflows.decisions.policy import Decision, parse_pass_line, parse_switch
from workflows.errors import ValidationFailedError
from workflows.jobs.service import find_job

router = Router("job_rules")

SWITCH_COMMANDS: dict[Switch, tuple[str, ...]] = {
    "auto_advance": ("自动晋级", "autoadvance"),
    "auto_reject": ("自动淘汰", "autoreject"),
    "feedback_improvement_note": ("改进建议", "feedbacknote"),
}
SWITCH_EFFECTS: dict[Switch, tuple[str, str]] = {
    "auto_advance": (
        "评分达到及格线的候选人将自动晋级，候选人会收到通知",
        "达到及格线的候选人仍需 HR 确认后才会晋级",
    ),
    "auto_reject": (
        "⚠️ 评分低于及格线的候选人将不经人工确认直接淘汰，并收到结果通知",
        "低于及格线的候选人不会被自动淘汰，需 HR 确认",
    ),
    "feedback_improvement_note": (
        "淘汰通知会附一条来自面试报告的简短改进建议（不含分数）",
        "淘汰通知不附改进建议",
    ),
}


@router.message(command("及格线", "passline"), from_hr)
async def pass_line_command(message: InboundMessage, ctx: BotContext) -> None:
    """Show or set a job's pass line (0–100)."""
    words = command_args(message).split()
    if not words:
        await ctx.reply(
            message, Markdown("及格线", "用法：`及格线 岗位编号 分数`，例如 `及格线 1 65`（0–100）")
        )
        return
    job = await find_job(words[0])
    if len(words) < 2:
        text = (
            f"岗位 #{job.id} {job.title} 的及格线是 {job.pass_line:g} 分。"
            f"修改：`及格线 {job.id} 65`"
        )
        await ctx.reply(message, Markdown("及格线", text))
        return
    try:
        value = parse_pass_line(words[1])
    except ValueError as exc:
        raise ValidationFailedError(str(exc), user_message=str(exc)) from exc
    change = await set_pass_line(job.id, value, actor=Actor.staff(message.sender_staff_id))
    rows = await recommendations_for_job(
        job.id, viewer=Actor.staff(message.sender_staff_id), vault=ctx.vault
    )
    adv = sum(r.recommendation == Decision.ADVANCE for r in rows)
    rej = sum(r.recommendation == Decision.REJECT for r in rows)
    text = (
        f"岗位 #{job.id} {job.title} 的及格线已由 {change.old:g} 改为 {change.new:g} 分。\n\n"
        f"目前 {len(rows)} 位「已评分」候选人中：建议晋级 {adv} 人，建议淘汰 {rej} 人。"
        f"发送 `建议 {job.id}` 查看名单并一键确认。"
    )
    await ctx.reply(message, Markdown("及格线", text))


async def _switch(message: InboundMessage, ctx: BotContext, switch: Switch) -> None:
    words = command_args(message).split()
    label = SWITCH_LABELS_ZH[switch]
    name = SWITCH_COMMANDS[switch][0]
    if not words:
        await ctx.reply(
            message, Markdown(label, f"用法：`{name} 岗位编号 开` 或 `{name} 岗位编号 关`")
        )
        return
    job = await find_job(words[0])
    on_text, off_text = SWITCH_EFFECTS[switch]
    if len(words) < 2:
        state = "开启" if getattr(job, switch) else "关闭"
        effect = on_text if getattr(job, switch) else off_text
        text = f"岗位 #{job.id} {job.title} 的「{label}」目前为{state}：{effect}。"
        await ctx.reply(message, Markdown(label, text))
        return
    try:
        on = parse_switch(words[1])
    except ValueError as exc:
        raise ValidationFailedError(str(exc), user_message=str(exc)) from exc
    await set_switch(job.id, switch, on, actor=Actor.staff(message.sender_staff_id))
    state = "开启" if on else "关闭"
    text = f"已{state}岗位 #{job.id} {job.title} 的「{label}」：{on_text if on else off_text}。"
    await ctx.reply(message, Markdown(label, text))


@router.message(command(*SWITCH_COMMANDS["auto_advance"]), from_hr)
async def auto_advance_command(message: InboundMessage, ctx: BotContext) -> None:
    """Turn a job's auto-advance on or off."""
    await _switch(message, ctx, "auto_advance")


@router.message(command(*SWITCH_COMMANDS["auto_reject"]), from_hr)
async def auto_reject_command(message: InboundMessage, ctx: BotContext) -> None:
    """Turn a job's auto-reject on or off (off unless HR explicitly enables it)."""
    await _switch(message, ctx, "auto_reject")


@router.message(command(*SWITCH_COMMANDS["feedback_improvement_note"]), from_hr)
async def feedback_note_command(message: InboundMessage, ctx: BotContext) -> None:
    """Turn the improvement note in rejection messages on or off."""
    await _switch(message, ctx, "feedback_improvement_note")
