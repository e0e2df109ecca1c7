"""HR commands for interview invitations: `邀请` / `/invite` and `未开始` / `/pending`."""

from __future__ import annotations

import re
from datetime import datetime

from bot.context import BotContext
from bot.filters import command, command_args, from_hr
from bot.presenters.channels import REACH_LABELS_ZH, format_remaining
from bot.presenters.invitations import hr_forward_notice
from bot.router import Router
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.clock import BEIJING, format_deadline, utc_now
from workflows.errors import ValidationFailedError
from workflows.invitations.messages import HrInviteKind, HrInviteNotice
from workflows.invitations.models import InvitationChannel
from workflows.invitations.queries import pending_invitations, resolve_targets
from workflows.invitations.service import BatchResult, InviteFailure, InviteResult, invite_many
from workflows.jobs.service import find_job

router = Router("invitations")

INVITE_USAGE = (
    "#### 邀请面试\n\n"
    "用法：`邀请 岗位编号 候选人…`，候选人可写姓名或申请编号，多个用空格分隔\n\n"
    "- `邀请 12 张伟 李娜`\n"
    "- `邀请 12 全部已筛选`：邀请该岗位所有「已筛选」的候选人\n"
    "- `/invite 12 15 16 截止 2026-12-01`：指定截止日期（北京时间当天 23:59）"
    "或 `截止 2026-12-01 18:00`；不指定则使用默认期限"
)
PENDING_USAGE = "请指定岗位，例如：`未开始 12` 或 `/pending 12`"

_DEADLINE = re.compile(
    r"截止(?:时间|日期)?[:：]?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:\s*(\d{1,2})[:：点](\d{2})?分?)?"
)
_DEADLINE_WORD = re.compile(r"截止(?:时间|日期)?[:：]?")
_SEPARATORS = re.compile(r"[\s,，、;；]+")


def parse_deadline(text: str) -> tuple[str, datetime | None]:
    """Split `截止 2026-12-01 [18:00]` (Beijing time) off the arguments."""
    match = _DEADLINE.search(text)
    if match is None:
        if _DEADLINE_WORD.search(text):
            raise ValidationFailedError(
                "bad deadline",
                user_message=(
                    "截止时间格式不正确，例如：`截止 2026-12-01` 或 `截止 2026-12-01 18:00`"
                ),
            )
        return text, None
    year, month, day, hour, minute = match.groups()
    try:
        if hour is None:
            moment = datetime(int(year), int(month), int(day), 23, 59, tzinfo=BEIJING)
        else:
            moment = datetime(
                int(year), int(month), int(day), int(hour), int(minute or 0), tzinfo=BEIJING
            )
    except ValueError as exc:
        raise ValidationFailedError(
            "bad deadline", user_message=f"截止时间“{match.group(0)}”不是有效的日期"
        ) from exc
    return (text[: match.start()] + " " + text[match.end() :]).strip(), moment


def parse_invite_args(args: str) -> tuple[str, list[str], datetime | None]:
    """`12 张伟 15 截止 2026-12-01` -> job reference, candidate references, deadline."""
    rest, deadline = parse_deadline(args)
    words = [w for w in _SEPARATORS.split(rest) if w]
    if not words:
        return "", [], deadline
    return words[0], words[1:], deadline


def _result_line(r: InviteResult) -> str:
    channel = REACH_LABELS_ZH[r.channel]
    who = f"{r.candidate_name or '未识别姓名'}（#{r.application_id}）"
    if r.channel is InvitationChannel.MANUAL:
        return f"- ⚠️ {who}：{channel}，链接已私信发给您"
    return f"- ✅ {who}：已通过{channel}发送"


def format_batch(job_title: str, result: BatchResult, unknown: list[InviteFailure]) -> str:
    """The HR answer to an invite command."""
    lines = [f"#### 邀请面试 · {job_title}"]
    if result.invited:
        deadlines = {r.deadline_at for r in result.invited}
        when = format_deadline(min(deadlines))
        lines.append(f"已邀请 {len(result.invited)} 人，截止 {when}：")
        lines += [_result_line(r) for r in result.invited]
    failures = [*unknown, *result.failed]
    if failures:
        lines.append(f"\n未邀请 {len(failures)} 人：")
        lines += [f"- {f.reference}：{f.reason}" for f in failures]
    if not result.invited and not failures:
        lines.append("没有需要邀请的候选人（该岗位目前没有「已筛选」的候选人）。")
    if any(r.channel is InvitationChannel.MANUAL for r in result.invited):
        lines.append("\n标 ⚠️ 的候选人无法通过钉钉直接联系，请通过电话或邮件转发链接。")
    return "\n".join(lines)


async def send_forward_notice(ctx: BotContext, hr_user_id: str, result: InviteResult) -> None:
    """Give HR, privately, the link of a candidate only HR can reach."""
    notice = hr_forward_notice(
        HrInviteNotice(
            HrInviteKind.FORWARD,
            result.candidate_name,
            result.job_title,
            result.deadline_at,
            result.link,
        )
    )
    await ctx.send(
        OutgoingMessage(Recipient.users(hr_user_id), notice),
        dedup_key=f"invitation:{result.invitation_id}:forward",
    )


@router.message(command("邀请", "邀请面试", "invite"), from_hr)
async def invite_command(message: InboundMessage, ctx: BotContext) -> None:
    """Invite named candidates, application ids, or all screened candidates of a job."""
    job_ref, refs, deadline = parse_invite_args(command_args(message))
    if not job_ref or not refs:
        await ctx.reply(message, Markdown("邀请面试", INVITE_USAGE))
        return
    job = await find_job(job_ref)
    actor = Actor.staff(message.sender_staff_id)
    targets = await resolve_targets(job.id, refs, viewer=actor, vault=ctx.vault)
    result = await invite_many(
        targets.application_ids,
        actor=actor,
        deps=ctx.services,
        deadline=deadline,
        labels=targets.labels,
    )
    unknown = [InviteFailure(ref, why) for ref, why in targets.unknown]
    await ctx.reply_privately(
        message, Markdown("邀请面试", format_batch(job.title, result, unknown))
    )
    for r in result.invited:
        if r.channel is InvitationChannel.MANUAL:
            await send_forward_notice(ctx, message.sender_staff_id, r)


@router.message(command("未开始", "pending"), from_hr)
async def pending_command(message: InboundMessage, ctx: BotContext) -> None:
    """Invited candidates of a job who have not started, with deadlines and reminders."""
    ref = command_args(message)
    if not ref:
        await ctx.reply(message, Markdown("未开始面试", PENDING_USAGE))
        return
    job = await find_job(ref)
    now = utc_now()
    rows = await pending_invitations(
        job.id, viewer=Actor.staff(message.sender_staff_id), vault=ctx.vault, now=now
    )
    lines = [f"#### #{job.id} {job.title}：未开始面试（{len(rows)} 人）"]
    for i, row in enumerate(rows, 1):
        opened = "已打开未开始" if row.opened else "未打开"
        attempt = " · 重新安排" if row.attempt > 1 else ""
        lines.append(
            f"{i}. **{row.name}**（#{row.application_id}，{row.masked_phone or '无手机'}）\n"
            f"   截止 {format_deadline(row.deadline_at)}"
            f"（{format_remaining(row.deadline_at, now)}）· {opened}{attempt}\n"
            f"   提醒：{row.reminders} · {REACH_LABELS_ZH.get(row.channel, row.channel)}"
        )
    if not rows:
        lines.append("没有待开始的面试：受邀候选人都已开始，或目前没有进行中的邀请。")
    await ctx.reply_privately(message, Markdown("未开始面试", "\n".join(lines)))
