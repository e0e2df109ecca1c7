"""HR decisions in chat (晋级 / 淘汰 / 建议 / 及格线 / switches) and the scored-card buttons."""

from __future__ import annotations

import hashlib
import json
import re

from bot.context import BotContext
from bot.filters import card_action, command, command_args, from_hr
from bot.router import Router
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage
from integrations.dingtalk.messages import InteractiveCard, Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.applications.queries import job_id_of
from workflows.decisions.card import decided_card_update
from workflows.decisions.feedback import CHANNEL_HR_FORWARD, CHANNEL_LABELS_ZH
from workflows.decisions.job_settings import SWITCH_LABELS_ZH, Switch, set_pass_line, set_switch
from workflows.decisions.pass_line import (
    ConfirmResult,
    RecommendationRow,
    confirm_recommendations,
    decode_plan,
    encode_plan,
    recommendations_for_job,
)
from workflows.decisions.policy import Decision, parse_pass_line, parse_switch, recommendation_label
from workflows.decisions.service import (
    TARGET,
    DecisionBatch,
    DecisionDeps,
    DecisionOutcome,
    actor_display,
    decide,
)
from workflows.errors import PermissionDeniedError, ValidationFailedError
from workflows.invitations.queries import resolve_targets
from workflows.jobs.models import Job
from workflows.jobs.service import find_job
from workflows.links import report_url
from workflows.staff.service import find_staff, is_hr

router = Router("decisions")

ALL_RECOMMENDED = frozenset({"全部建议", "所有建议", "all-recommended", "recommended"})
_REASON = re.compile(r"(?:原因|理由)[:：]?\s*(.*)$", re.S)
_SEPARATORS = re.compile(r"[\s,，、;；]+")
VERB = {Decision.ADVANCE: "晋级", Decision.REJECT: "淘汰"}
USAGE = {
    Decision.ADVANCE: (
        "#### 晋级\n\n用法：`晋级 岗位编号 候选人…`（姓名或申请编号，多个用空格分隔）\n\n"
        "- `晋级 1 张伟 李娜`\n- `晋级 1 全部建议`：晋级该岗位所有达到及格线的「已评分」候选人\n"
        "- `/advance 1 15 16 原因 综合表现突出`\n\n只有「已评分」的候选人可以晋级。"
    ),
    Decision.REJECT: (
        "#### 淘汰\n\n用法：`淘汰 岗位编号 候选人…`（姓名或申请编号，多个用空格分隔）\n\n"
        "- `淘汰 1 王强`\n- `/reject 1 15 16 原因 岗位已招满`\n\n"
        "候选人会收到一条礼貌的结果通知（不含分数）。"
    ),
}
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


def decision_deps(ctx: BotContext) -> DecisionDeps:
    """Decision dependencies from the bot context."""
    return DecisionDeps(ctx.settings, ctx.vault, ctx.bus, ctx.queue)


def split_reason(args: str) -> tuple[str, str]:
    """`1 张伟 原因 表现突出` -> (`1 张伟`, `表现突出`)."""
    match = _REASON.search(args)
    if match is None:
        return args, ""
    return args[: match.start()].strip(), match.group(1).strip()


def _outcome_line(o: DecisionOutcome) -> str:
    if not o.ok:
        return f"- {o.label}：{o.error}"
    if o.channel == CHANNEL_HR_FORWARD:
        return f"- ⚠️ {o.label}：候选人无法直接联系，通知内容已私信发给您，请转告"
    return f"- ✅ {o.label}：已通过{CHANNEL_LABELS_ZH.get(o.channel, o.channel)}通知候选人"


def format_batch(title: str, batch: DecisionBatch, unknown: list[tuple[str, str]]) -> list[str]:
    """Lines of the HR answer to one decision batch."""
    verb = VERB[batch.decision]
    lines = [f"#### {verb} · {title}"]
    if batch.done:
        lines.append(f"已{verb} {len(batch.done)} 人：")
        lines += [_outcome_line(o) for o in batch.done]
    failed = [*(f"- {ref}：{why}" for ref, why in unknown)]
    failed += [_outcome_line(o) for o in batch.failed]
    if failed:
        lines.append(f"\n未{verb} {len(failed)} 人：")
        lines += failed
    if not batch.done and not failed:
        lines.append(f"没有需要{verb}的候选人。")
    return lines


async def _decide_command(message: InboundMessage, ctx: BotContext, decision: Decision) -> None:
    rest, reason = split_reason(command_args(message))
    words = [w for w in _SEPARATORS.split(rest) if w]
    actor = Actor.staff(message.sender_staff_id)
    if len(words) == 1 and words[0].lstrip("#").isdigit():
        # `淘汰 123`: an application number alone names one candidate of any job.
        app_id = int(words[0].lstrip("#"))
        job_id = await job_id_of(app_id)
        if job_id is not None:
            words = [str(job_id), str(app_id)]
    if len(words) < 2:
        await ctx.reply(message, Markdown(VERB[decision], USAGE[decision]))
        return
    job = await find_job(words[0])
    refs = words[1:]
    unknown: list[tuple[str, str]] = []
    labels: dict[int, str] = {}
    if decision is Decision.ADVANCE and any(r in ALL_RECOMMENDED for r in refs):
        rows = await recommendations_for_job(job.id, viewer=actor, vault=ctx.vault)
        ids = [r.application_id for r in rows if r.recommendation == Decision.ADVANCE]
        labels = {r.application_id: f"{r.name}（编号 {r.application_id}）" for r in rows}
        reason = reason or f"HR 按及格线建议批量晋级（及格线 {job.pass_line:g}）"
    else:
        targets = await resolve_targets(job.id, refs, viewer=actor, vault=ctx.vault)
        ids, labels = list(targets.application_ids), dict(targets.labels)
        labels = {i: label.replace("（#", "（编号 ") for i, label in labels.items()}
        unknown = list(targets.unknown)
    default_reason = "HR 在聊天中晋级" if decision is Decision.ADVANCE else "HR 在聊天中淘汰"
    batch = await decide(
        ids,
        decision,
        actor=actor,
        reason=reason or default_reason,
        deps=decision_deps(ctx),
        labels=labels,
    )
    lines = format_batch(f"#{job.id} {job.title}", batch, unknown)
    if reason:
        lines.append(f"\n原因：{reason}")
    await ctx.reply(message, Markdown(VERB[decision], "\n".join(lines)))


@router.message(command("晋级", "advance"), from_hr)
async def advance_command(message: InboundMessage, ctx: BotContext) -> None:
    """Advance one or many scored candidates (or all recommended ones) to the next round."""
    await _decide_command(message, ctx, Decision.ADVANCE)


@router.message(command("淘汰", "reject"), from_hr)
async def reject_command(message: InboundMessage, ctx: BotContext) -> None:
    """Reject one or many candidates; each gets a respectful message."""
    await _decide_command(message, ctx, Decision.REJECT)


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


@router.card_action(card_action("confirm_recommendations"))
async def confirm_card(action: CardAction, ctx: BotContext) -> CardUpdate:
    """一键确认: apply the listed recommendations, re-checking each candidate now."""
    name = await _require_hr(action)
    raw_job = str(action.params.get("job_id", ""))
    plan = decode_plan(str(action.params.get("plan", "")))
    if not raw_job.isdigit() or not plan:
        raise ValidationFailedError("confirm without plan", user_message="卡片数据不完整")
    result = await confirm_recommendations(
        int(raw_job), plan, actor=Actor.staff(action.user_id), deps=decision_deps(ctx)
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


async def _require_hr(action: CardAction) -> str:
    staff = await find_staff(action.user_id)
    if staff is None or not await is_hr(action.user_id):
        raise PermissionDeniedError(
            f"{action.user_id} is not HR", user_message="该操作仅限 HR 使用"
        )
    return staff.name


def _on_scored_card(action: CardAction, ctx: BotContext) -> bool:
    return action.out_track_id.startswith("scored-")


def _application_id(action: CardAction) -> int:
    raw = str(action.params.get("application_id", ""))
    if not raw.isdigit():
        raise ValidationFailedError(
            "card action without application_id", user_message="卡片数据不完整"
        )
    return int(raw)


async def decide_from_card(
    action: CardAction, ctx: BotContext, decision: Decision, reason: str
) -> tuple[DecisionBatch, str]:
    """Run one decision from a card button (the card is updated through the ACK)."""
    name = await _require_hr(action)
    batch = await decide(
        [_application_id(action)],
        decision,
        actor=Actor.staff(action.user_id),
        reason=reason,
        deps=decision_deps(ctx),
        update_card=False,
    )
    return batch, name


async def _scored_click(action: CardAction, ctx: BotContext, decision: Decision) -> CardUpdate:
    reason = "HR 在评分卡片上晋级" if decision is Decision.ADVANCE else "HR 在评分卡片上淘汰"
    batch, name = await decide_from_card(action, ctx, decision, reason)
    outcome = batch.outcomes[0]
    if not outcome.ok:
        return CardUpdate(card_data={"notice": outcome.error})
    app_id = outcome.application_id
    return CardUpdate(
        card_data=decided_card_update(
            TARGET[decision],
            by=name or await actor_display(Actor.staff(action.user_id)),
            application_id=app_id,
            report_link=report_url(ctx.settings, app_id),
            notice=_outcome_line(outcome).removeprefix("- ✅ ").removeprefix("- ⚠️ "),
        )
    )


@router.card_action(card_action("advance"), _on_scored_card)
async def advance_card(action: CardAction, ctx: BotContext) -> CardUpdate:
    """进入下一轮 on the scored card: advance; the card now offers 发起录用."""
    return await _scored_click(action, ctx, Decision.ADVANCE)


@router.card_action(card_action("reject"), _on_scored_card)
async def reject_card(action: CardAction, ctx: BotContext) -> CardUpdate:
    """淘汰 on the scored card: reject and tell the candidate."""
    return await _scored_click(action, ctx, Decision.REJECT)


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
