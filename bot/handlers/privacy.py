"""Data-subject requests in chat (HR heads and admins): `个人信息 #12` sends the candidate's copy
as a ZIP, `删除个人信息 #12 原因` erases them and sends the receipt. Both answer one-to-one only."""

from __future__ import annotations

from bot.context import BotContext
from bot.filters import command, command_args
from bot.presenters.privacy import erasure_receipt
from bot.router import Router
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import FileMessage, Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.privacy.requests import (
    CHAT_FILE_BUDGET,
    candidate_of_application,
    erase_on_request,
    export_subject_data,
)
from workflows.staff.service import find_staff

router = Router("privacy")

EXPORT_USAGE = "请写申请编号，例如：`个人信息 #12`（把该候选人的个人信息副本私聊发给你）"
ERASE_USAGE = "请写申请编号和原因，例如：`删除个人信息 #12 候选人本人申请`（删除后无法恢复）"


async def _private(message: InboundMessage, ctx: BotContext, content: object, part: str) -> None:
    # Personal data and receipts never go to a group: always one-to-one to the asker.
    await ctx.send(
        OutgoingMessage(Recipient.users(message.sender_staff_id), content),  # type: ignore[arg-type]
        dedup_key=f"privacy:{message.msg_id}:{part}"[:128],
    )


@router.message(command("个人信息", "导出个人信息", "subject-export"))
async def export(message: InboundMessage, ctx: BotContext) -> None:
    """The candidate's copy (PIPL Art. 45), as a ZIP sent to the asker one-to-one."""
    ref = command_args(message)
    if not ref:
        await _private(message, ctx, Markdown("个人信息副本", EXPORT_USAGE), "usage")
        return
    staff = await find_staff(message.sender_staff_id)
    candidate_id = await candidate_of_application(ref.split()[0])
    result = await export_subject_data(
        candidate_id,
        ctx.services,
        actor=Actor.staff(message.sender_staff_id),
        staff=staff,
        max_file_bytes=CHAT_FILE_BUDGET,
    )
    media_id = await ctx.dingtalk.files.upload_media(result.content, result.file_name, "file")
    await _private(message, ctx, FileMessage(media_id, result.file_name, "zip"), "file")
    note = (
        f"\n- 有 {result.omitted_media} 个较大的文件未放入，可在服务器上用 "
        "`dinghire privacy export` 导出完整副本"
        if result.omitted_media
        else ""
    )
    text = (
        f"#### 已生成个人信息副本\n- 文件：{result.file_name}（含 {result.files} 个原始文件）{note}"
    )
    await _private(message, ctx, Markdown("个人信息副本", text), "summary")


@router.message(command("删除个人信息", "subject-erase"))
async def erase(message: InboundMessage, ctx: BotContext) -> None:
    """Erase a candidate on request and send the receipt one-to-one."""
    parts = command_args(message).split(maxsplit=1)
    if len(parts) < 2:
        await _private(message, ctx, Markdown("删除个人信息", ERASE_USAGE), "usage")
        return
    staff = await find_staff(message.sender_staff_id)
    candidate_id = await candidate_of_application(parts[0])
    receipt = await erase_on_request(
        candidate_id,
        ctx.services,
        actor=Actor.staff(message.sender_staff_id),
        staff=staff,
        reason=parts[1],
    )
    await _private(message, ctx, erasure_receipt(receipt), "receipt")
