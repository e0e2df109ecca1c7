"""HR decisions in chat (晋级 / 淘汰) and on the scored card (进入下一轮 / 淘汰)."""

from __future__ import annotations

import re

from bot.context import BotContext
from bot.filters import card_action, card_application_id, command, command_args, from_hr, require_hr
from bot.presenters.channels import NOTICE_LABELS_ZH
from bot.presenters.scored_card import decided_card_update
from bot.router import Router
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage
from integrations.dingtalk.messages import Markdown
from workflows.actors import Actor
from workflows.applications.queries import job_id_of
from workflows.decisions.feedback import CHANNEL_HR_FORWARD
from workflows.decisions.pass_line import (
    recommendations_for_job,
)
from workflows.decisions.policy import Decision
from workflows.decisions.scored_card import DecidedCard
from workflows.decisions.service import (
    TARGET,
    DecisionBatch,
    DecisionOutcome,
    actor_display,
    decide,
)
from workflows.invitations.queries import resolve_targets
from workflows.jobs.service import find_job
from workflows.links import report_url

router = Router("decide")

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
    return f"- ✅ {o.label}：已通过{NOTICE_LABELS_ZH.get(o.channel, o.channel)}通知候选人"


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
        deps=ctx.services,
        labels=labels,
    )
    lines = format_batch(f"#{job.id} {job.title}", batch, unknown)
    if reason:
        lines.append(f"\n原因：{reason}")
    await ctx.reply_privately(message, Markdown(VERB[decision], "\n".join(lines)))


@router.message(command("晋级", "advance"), from_hr)
async def advance_command(message: InboundMessage, ctx: BotContext) -> None:
    """Advance one or many scored candidates (or all recommended ones) to the next round."""
    await _decide_command(message, ctx, Decision.ADVANCE)


@router.message(command("淘汰", "reject"), from_hr)
async def reject_command(message: InboundMessage, ctx: BotContext) -> None:
    """Reject one or many candidates; each gets a respectful message."""
    await _decide_command(message, ctx, Decision.REJECT)


def _on_scored_card(action: CardAction, ctx: BotContext) -> bool:
    return action.out_track_id.startswith("scored-")


async def decide_from_card(
    action: CardAction, ctx: BotContext, decision: Decision, reason: str
) -> tuple[DecisionBatch, str]:
    """Run one decision from a card button (the card is updated through the ACK)."""
    name = await require_hr(action)
    batch = await decide(
        [card_application_id(action)],
        decision,
        actor=Actor.staff(action.user_id),
        reason=reason,
        deps=ctx.services,
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
            DecidedCard(
                TARGET[decision],
                by=name or await actor_display(Actor.staff(action.user_id)),
                application_id=app_id,
                report_link=report_url(ctx.settings, app_id),
                notice=_outcome_line(outcome).removeprefix("- ✅ ").removeprefix("- ⚠️ "),
            )
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
