"""HR decides on possible duplicates: `合并 编号`, `不合并 编号`, `疑似重复` (answers privately)."""

from __future__ import annotations

from bot import texts
from bot.context import BotContext
from bot.filters import command, command_args, from_hr
from bot.router import Router
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import Markdown
from workflows.actors import Actor
from workflows.candidates.merge import dismiss_duplicate, merge_duplicate, pending_duplicates

router = Router("duplicates")

MERGE_USAGE = "用法：`合并 候选人编号`（疑似重复提醒中的新编号），例如 `合并 42`"
DISMISS_USAGE = "用法：`不合并 候选人编号`，例如 `不合并 42`"


def _number(message: InboundMessage) -> int | None:
    raw = command_args(message).lstrip("#")
    return int(raw) if raw.isdigit() else None


@router.message(command("合并", "merge"), from_hr)
async def merge(message: InboundMessage, ctx: BotContext) -> None:
    """Merge a possible duplicate into the record it matched."""
    number = _number(message)
    if number is None:
        await ctx.reply(message, Markdown("合并候选人", MERGE_USAGE))
        return
    result = await merge_duplicate(
        number, actor=Actor.staff(message.sender_staff_id), deps=ctx.services
    )
    text = (
        f"#### 已合并\n候选人编号 {result.merged_id} 已并入编号 {result.candidate_id}："
        f"转入 {result.moved_applications} 份申请，"
        f"合并重复申请 {result.dropped_applications} 份，联系方式和钉钉绑定采用新简历。"
    )
    await ctx.reply_privately(message, Markdown("合并候选人", text))


@router.message(command("不合并", "notduplicate"), from_hr)
async def dismiss(message: InboundMessage, ctx: BotContext) -> None:
    """Two different people: keep both records."""
    number = _number(message)
    if number is None:
        await ctx.reply(message, Markdown("不合并", DISMISS_USAGE))
        return
    older = await dismiss_duplicate(number, actor=Actor.staff(message.sender_staff_id))
    text = f"已记录：候选人编号 {number} 与编号 {older} 不是同一人，两条记录各自保留。"
    await ctx.reply_privately(message, Markdown("不合并", text))


@router.message(command("疑似重复", "duplicates"), from_hr)
async def list_pending(message: InboundMessage, ctx: BotContext) -> None:
    """Possible duplicates waiting for HR."""
    rows = await pending_duplicates()
    if not rows:
        await ctx.reply(message, Markdown("疑似重复", "目前没有待处理的疑似重复候选人。"))
        return
    lines = ["#### 待处理的疑似重复候选人"]
    for row in rows:
        evidence = texts.DUPLICATE_EVIDENCE.get(row.evidence, "资料")
        lines.append(f"- 编号 {row.candidate_id} 与编号 {row.duplicate_of}（{evidence}相同）")
    lines.append("\n发送 `合并 编号` 或 `不合并 编号` 处理")
    await ctx.reply_privately(message, Markdown("疑似重复", "\n".join(lines)))
