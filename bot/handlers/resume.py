"""Resumes sent to the bot: files, pictures and pasted text, in single chat or @bot in a group."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from analysis.resume.errors import FileTooLargeError
from bot import texts
from bot.cards import resume_card_data, resume_card_id
from bot.context import BotContext
from bot.filters import (
    is_file,
    is_picture,
    looks_like_resume_text,
    mentioned_in_group,
    strip_command,
)
from bot.router import Router
from integrations.dingtalk.files import DingTalkFileTooLargeError
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import (
    InteractiveCard,
    Markdown,
    OutgoingMessage,
    Recipient,
    Text,
)
from workflows.actors import Actor, ActorKind
from workflows.applications import service as applications
from workflows.candidates.intake import (
    IntakeOutcome,
    ResumeRejectedError,
    ResumeUpload,
    intake_resume,
    reject_upload,
)
from workflows.staff.service import find_staff, is_hr

router = Router("resume")


def _sender(message: InboundMessage, staff: bool) -> Actor:
    if staff:
        return Actor.staff(message.sender_staff_id)
    return Actor(ActorKind.CANDIDATE, f"dt:{message.sender_staff_id or message.sender_id}"[:70])


async def _download(message: InboundMessage, ctx: BotContext, code: str, filename: str) -> bytes:
    limit = ctx.settings.storage.max_resume_bytes
    try:
        return await ctx.dingtalk.files.download(code, max_bytes=limit)
    except DingTalkFileTooLargeError as exc:
        # Nothing was kept (we stopped reading), but HR still sees that a resume was refused.
        upload = ResumeUpload(b"", filename, _sender(message, await is_hr(message.sender_staff_id)))
        error = FileTooLargeError(filename, exc.size, exc.limit)
        resume_id = await reject_upload(upload, error, ctx.intake.store)
        raise ResumeRejectedError(error, resume_id) from exc


@router.message(is_file)
async def resume_file(message: InboundMessage, ctx: BotContext) -> None:
    """A resume sent as a file."""
    name = message.file_name or "简历文件"
    data = await _download(message, ctx, message.file_download_code, name)
    await ingest(message, ctx, data, name)


@router.message(is_picture)
async def resume_picture(message: InboundMessage, ctx: BotContext) -> None:
    """A resume sent as a photo or screenshot."""
    await ctx.reply(message, Text("已收到图片，正在识别简历内容，请稍候…"), part="ack")
    data = await _download(message, ctx, message.picture_download_code, "图片简历.jpg")
    await ingest(message, ctx, data, "图片简历.jpg")


def _pasted(message: InboundMessage, ctx: BotContext) -> bool:
    return message.msg_type in ("text", "richText") and looks_like_resume_text(message, ctx)


@router.message(_pasted)
async def resume_text(message: InboundMessage, ctx: BotContext) -> None:
    """A resume pasted as text (single chat, or @bot in an HR group)."""
    data = strip_command(message.text).encode("utf-8")
    await ingest(message, ctx, data, "粘贴的简历.txt")


async def ingest(message: InboundMessage, ctx: BotContext, data: bytes, filename: str) -> None:
    """Run intake, answer the sender and put a card in front of each responsible HR."""
    sender_is_hr = await is_hr(message.sender_staff_id)
    from_candidate = not sender_is_hr and message.is_single_chat
    # Someone outside the org (no staffId) posting in a group: the robot can only reach them
    # there later, so the group is where their invitation goes.
    external_in_group = not message.sender_staff_id and not message.is_single_chat
    upload = ResumeUpload(
        data=data,
        filename=filename,
        submitted_by=_sender(message, sender_is_hr),
        source_channel="dingtalk_group" if mentioned_in_group(message, ctx) else "dingtalk_bot",
        candidate_user_id=message.sender_staff_id or None if from_candidate else None,
        candidate_conversation_id=(
            message.conversation_id if from_candidate or external_in_group else None
        ),
    )
    outcome = await intake_resume(upload, ctx.intake)
    if sender_is_hr or not message.is_single_chat:
        await ctx.reply(message, _hr_summary(outcome, filename), part="summary")
    else:
        template = (
            texts.CANDIDATE_RECEIVED if outcome.status == "created" else texts.CANDIDATE_UPDATED
        )
        await ctx.reply(message, Text(template.format(file=filename)), part="summary")
    await _notify_owners(message, ctx, outcome, sender_is_hr)


def _hr_summary(outcome: IntakeOutcome, filename: str) -> Markdown:
    status = {
        "created": "已创建新候选人",
        "updated": "识别为已有候选人，资料已更新",
        "unchanged": "与已有简历完全相同，未重复创建",
    }[outcome.status]
    lines = [
        f"#### 简历已处理：{outcome.display_name or '未识别姓名'}",
        f"- 文件：{filename}",
        f"- 手机：{outcome.masked_phone or '未识别'}",
        f"- 结果：{status}",
    ]
    for m in outcome.matches[:3]:
        score = "未评分" if m.score is None else f"{m.score:.0f}分"
        flag = "（不符合硬性要求）" if m.disqualified else ""
        lines.append(f"- 匹配：{m.job_title} {score}{flag}")
    if not outcome.matches:
        lines.append("- 匹配：暂无在招岗位可匹配")
    for warning in outcome.warnings:
        lines.append(f"- 提示：{warning}")
    return Markdown(title="简历已处理", text="\n".join(lines))


async def _notify_owners(
    message: InboundMessage, ctx: BotContext, outcome: IntakeOutcome, sender_is_hr: bool
) -> None:
    owners: dict[str, list[int]] = defaultdict(list)
    for match in outcome.matches:
        if match.owner_user_id:
            owners[match.owner_user_id].append(match.application_id)
    if not owners and sender_is_hr:
        owners[message.sender_staff_id] = [m.application_id for m in outcome.matches]
    sender = await find_staff(message.sender_staff_id)
    nick = sender.name if sender else message.sender_nick
    for owner, app_ids in owners.items():
        if outcome.status == "unchanged":
            who = f"{outcome.display_name or ''}（{outcome.masked_phone}）"
            text = f"候选人{who}再次投递了相同的简历，未重复创建。"
            await ctx.send(
                OutgoingMessage(Recipient.users(owner), Text(text)),
                dedup_key=f"dup:{message.msg_id}:{owner}"[:128],
            )
            continue
        track_id = f"{resume_card_id(outcome.candidate_id, outcome.resume_id)}-{owner}"[:96]
        card = InteractiveCard(
            template_id=ctx.settings.dingtalk.card_template_id,
            out_track_id=track_id,
            card_data=resume_card_data(
                replace(
                    outcome,
                    matches=tuple(m for m in outcome.matches if m.application_id in app_ids),
                ),
                sender_nick=nick,
            ),
        )
        for app_id in app_ids:
            await applications.attach_card(app_id, track_id)
        await ctx.send(OutgoingMessage(Recipient.users(owner), card), dedup_key=f"card:{track_id}")
