"""Resumes sent to the bot: files, pictures and pasted text, in single chat or @bot in a group."""

from __future__ import annotations

from analysis.resume.errors import FileTooLargeError
from bot import texts
from bot.context import BotContext
from bot.filters import (
    is_file,
    is_picture,
    looks_like_resume_text,
    mentioned_in_group,
    strip_command,
)
from bot.resume_delivery import acknowledgement
from bot.router import Router
from integrations.dingtalk.files import DingTalkFileTooLargeError
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import Text
from workflows.actors import Actor, ActorKind
from workflows.budget.intake_quota import count_resume
from workflows.candidates.intake import ResumeRejectedError, ResumeUpload, reject_upload
from workflows.candidates.intake_job import (
    PARSE_RESUME_JOB,
    PendingResume,
    already_parsed,
    discard_pending,
    parse_job_id,
    pending_key,
    stash_pending,
)
from workflows.staff.service import is_hr

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


async def _over_quota(message: InboundMessage, ctx: BotContext) -> bool:
    """Count this resume against its sender's hourly limit; past it, nothing is downloaded or
    parsed, and only the first refused message of the hour gets an explanation."""
    check = await count_resume(
        message.sender_staff_id or message.sender_id,
        is_hr=await is_hr(message.sender_staff_id),
        now=ctx.services.clock(),
    )
    if check.tell_sender:
        minutes = max(1, int(check.retry_after.total_seconds() // 60))
        await ctx.reply(message, Text(texts.INTAKE_RATE_LIMITED.format(minutes=minutes)))
    return not check.allowed


@router.message(is_file)
async def resume_file(message: InboundMessage, ctx: BotContext) -> None:
    """A resume sent as a file."""
    if await _over_quota(message, ctx):
        return
    name = message.file_name or "简历文件"
    data = await _download(message, ctx, message.file_download_code, name)
    await ingest(message, ctx, data, name)


@router.message(is_picture)
async def resume_picture(message: InboundMessage, ctx: BotContext) -> None:
    """A resume sent as a photo or screenshot."""
    if await _over_quota(message, ctx):
        return
    await ctx.reply(message, Text("已收到图片，正在识别简历内容，请稍候…"), part="ack")
    data = await _download(message, ctx, message.picture_download_code, "图片简历.jpg")
    await ingest(message, ctx, data, "图片简历.jpg")


def _pasted(message: InboundMessage, ctx: BotContext) -> bool:
    return message.msg_type in ("text", "richText") and looks_like_resume_text(message, ctx)


@router.message(_pasted)
async def resume_text(message: InboundMessage, ctx: BotContext) -> None:
    """A resume pasted as text (single chat, or @bot in an HR group)."""
    if await _over_quota(message, ctx):
        return
    data = strip_command(message.text).encode("utf-8")
    await ingest(message, ctx, data, "粘贴的简历.txt")


async def ingest(message: InboundMessage, ctx: BotContext, data: bytes, filename: str) -> None:
    """Keep the file, acknowledge at once and leave parsing to a job (slow OCR never blocks)."""
    key = pending_key(message.msg_id)
    store = ctx.services.store
    if await already_parsed(store, key):
        # A redelivery of a message already answered: nothing more to say.
        return
    sender_is_hr = await is_hr(message.sender_staff_id)
    from_candidate = not sender_is_hr and message.is_single_chat
    # Someone outside the org (no staffId) posting in a group: the robot can only reach them
    # there later, so the group is where their invitation goes.
    external_in_group = not message.sender_staff_id and not message.is_single_chat
    pending = PendingResume(
        key=key,
        filename=filename,
        submitted_by=str(_sender(message, sender_is_hr)),
        source_channel="dingtalk_group" if mentioned_in_group(message, ctx) else "dingtalk_bot",
        candidate_user_id=message.sender_staff_id or None if from_candidate else None,
        candidate_conversation_id=(
            message.conversation_id if from_candidate or external_in_group else None
        ),
        msg_id=message.msg_id,
        reply_webhook=message.session_webhook,
        reply_webhook_expires_at_ms=message.session_webhook_expires_at_ms,
        sender_staff_id=message.sender_staff_id,
        sender_nick=message.sender_nick,
        sender_is_hr=sender_is_hr,
        single_chat=message.is_single_chat,
    )
    await stash_pending(store, pending, data)
    # Same part as the picture handler's notice: a message is acknowledged once.
    await ctx.reply(message, acknowledgement(filename), part="ack")
    queued = await ctx.queue.enqueue(PARSE_RESUME_JOB, key, job_id=parse_job_id(key))
    if not queued and await already_parsed(store, key):
        # A redelivery that raced the job's end: its answer is out, the copy is not needed.
        await discard_pending(store, key)
