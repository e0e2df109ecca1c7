"""Offers: `录用` / `/offer`, the 发起录用 card button, and OA approval events."""

from __future__ import annotations

import re
from datetime import date

from bot.cards import status_update
from bot.context import BotContext
from bot.filters import card_action, command, command_args, from_hr
from bot.router import Router
from integrations.dingtalk.inbound import (
    ApprovalEvent,
    CardAction,
    CardUpdate,
    Event,
    InboundMessage,
)
from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.applications.stages import Stage
from workflows.errors import PermissionDeniedError, ValidationFailedError
from workflows.invitations.queries import resolve_targets
from workflows.jobs.service import find_job
from workflows.offers.approval_sync import handle_approval_event
from workflows.offers.service import describe_request, pending_offer, request_offer
from workflows.staff.service import find_staff, is_hr

router = Router("offers")

OFFER_USAGE = (
    "#### 发起录用\n\n"
    "用法：`录用 岗位编号 候选人 [入职 2026-12-15]`，候选人可写姓名或申请编号\n\n"
    "- `录用 1 张伟`：按薪资带给出建议月薪，并发起钉钉录用审批\n"
    "- `录用 1 张伟 入职 2026-12-15`：指定预计入职日期（不指定则为两周后）\n"
    "- `/offer 123`：直接用申请编号\n\n"
    "只有「进入下一轮」的候选人可以发起录用；审批人默认为用人经理，然后是 HR 负责人。"
)

_START = re.compile(r"入职(?:日期)?[:：]?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_START_WORD = re.compile(r"入职(?:日期)?[:：]?")
_SEPARATORS = re.compile(r"[\s,，、;；]+")


def parse_offer_args(args: str) -> tuple[list[str], date | None]:
    """`1 张伟 入职 2026-12-15` -> (["1", "张伟"], date(2026, 12, 15))."""
    match = _START.search(args)
    start: date | None = None
    if match is not None:
        year, month, day = (int(x) for x in match.groups())
        try:
            start = date(year, month, day)
        except ValueError as exc:
            raise ValidationFailedError(
                "bad start date", user_message=f"入职日期“{match.group(0)}”不是有效的日期"
            ) from exc
        args = args[: match.start()] + " " + args[match.end() :]
    elif _START_WORD.search(args):
        raise ValidationFailedError(
            "bad start date", user_message="入职日期格式不正确，例如：`入职 2026-12-15`"
        )
    return [w for w in _SEPARATORS.split(args) if w], start


async def _target(words: list[str], actor: Actor, ctx: BotContext) -> int | None:
    if len(words) == 1 and words[0].lstrip("#").isdigit():
        # An unknown number is answered by request_offer (找不到这份申请).
        return int(words[0].lstrip("#"))
    if len(words) != 2:
        return None
    job = await find_job(words[0])
    targets = await resolve_targets(job.id, [words[1]], viewer=actor, vault=ctx.vault)
    if targets.unknown:
        raise ValidationFailedError("unknown candidate", user_message=targets.unknown[0][1])
    return targets.application_ids[0]


async def _request(app_id: int, actor: Actor, start: date | None, ctx: BotContext) -> str:
    before = await pending_offer(app_id)
    offer = await request_offer(app_id, actor=actor, start_date=start, deps=ctx.services)
    existing = before is not None and before.id == offer.id
    summary = await describe_request(offer, ctx.vault, existing=existing)
    return ctx.services.present.offers.request_summary(summary)


@router.message(command("录用", "发起录用", "offer"), from_hr)
async def offer_command(message: InboundMessage, ctx: BotContext) -> None:
    """Start the offer approval of one shortlisted candidate and show the salary suggestion."""
    words, start = parse_offer_args(command_args(message))
    actor = Actor.staff(message.sender_staff_id)
    app_id = await _target(words, actor, ctx)
    if app_id is None:
        await ctx.reply(message, Markdown("发起录用", OFFER_USAGE))
        return
    text = await _request(app_id, actor, start, ctx)
    await ctx.reply_privately(message, Markdown("录用审批", text))


@router.card_action(card_action("offer"), in_job=True)
async def offer_button(action: CardAction, ctx: BotContext) -> CardUpdate:
    """发起录用 on the scored card: start the approval and send HR the suggestion."""
    staff = await find_staff(action.user_id)
    if staff is None or not await is_hr(action.user_id):
        raise PermissionDeniedError(
            f"{action.user_id} is not HR", user_message="该操作仅限 HR 使用"
        )
    raw = str(action.params.get("application_id", ""))
    if not raw.isdigit():
        raise ValidationFailedError("card without application_id", user_message="卡片数据不完整")
    text = await _request(int(raw), Actor.staff(action.user_id), None, ctx)
    await ctx.send(
        OutgoingMessage(Recipient.users(action.user_id), Markdown("录用审批", text)),
        dedup_key=f"offer-card:{action.delivery_id}"[:128],
    )
    data = dict(status_update(Stage.OFFER_PENDING, staff.name))
    data["notice"] = "已发起录用审批，薪资建议与理由已私信发给您"
    return CardUpdate(card_data=data)


async def on_approval_event(event: Event, ctx: BotContext) -> None:
    """bpms_instance_change / bpms_task_change: apply the instance's real state (idempotent)."""
    if isinstance(event, ApprovalEvent):
        await handle_approval_event(event, ctx.services)
