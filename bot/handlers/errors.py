"""The error router: domain errors become friendly Chinese answers; nothing fails silently."""

from __future__ import annotations

import logging

from bot import texts
from bot.context import BotContext
from bot.router import Router, Update
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage
from integrations.dingtalk.messages import OutgoingMessage, Recipient, Text
from workflows.candidates.intake import ResumeRejectedError
from workflows.errors import DomainError

log = logging.getLogger(__name__)

router = Router("errors")


async def _tell(update: Update, ctx: BotContext, text: str) -> CardUpdate | None:
    if isinstance(update, InboundMessage):
        await ctx.reply(update, Text(text), part="error")
        return None
    # A card click: say it privately to the clicker and show it on the card.
    await ctx.send(
        OutgoingMessage(Recipient.users(update.user_id), Text(text)),
        dedup_key=f"card-error:{update.delivery_id}"[:128],
    )
    return CardUpdate(card_data={"notice": text})


@router.error(ResumeRejectedError)
async def resume_rejected(exc: BaseException, update: Update, ctx: BotContext) -> CardUpdate | None:
    """An unreadable resume: say exactly what is wrong and that the original is kept."""
    assert isinstance(exc, ResumeRejectedError)
    return await _tell(update, ctx, f"{exc.user_message}\n{texts.RESUME_KEPT_NOTE}")


@router.error(DomainError)
async def domain_error(exc: BaseException, update: Update, ctx: BotContext) -> CardUpdate | None:
    """Any refused use case: its own user message."""
    assert isinstance(exc, DomainError)
    return await _tell(update, ctx, exc.user_message)


@router.error(DingTalkError)
async def dingtalk_error(exc: BaseException, update: Update, ctx: BotContext) -> CardUpdate | None:
    """DingTalk failed us (after retries): apologise and ask to resend."""
    log.warning("DingTalk call failed while handling an update: %s", type(exc).__name__)
    name = update.file_name if isinstance(update, InboundMessage) else ""
    text = texts.DOWNLOAD_FAILED.format(file=name or "文件") if name else texts.INTERNAL_ERROR
    return await _tell(update, ctx, text)


@router.error(Exception)
async def unexpected(exc: BaseException, update: Update, ctx: BotContext) -> CardUpdate | None:
    """A bug: log it with the traceback, apologise to the user."""
    kind = "card action" if isinstance(update, CardAction) else "message"
    log.error("unhandled error in bot %s", kind, exc_info=exc)
    return await _tell(update, ctx, texts.INTERNAL_ERROR)
