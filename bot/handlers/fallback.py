"""Anything no handler took gets help, never silence."""

from __future__ import annotations

from bot import texts
from bot.context import BotContext
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import Markdown, Text
from workflows.staff.service import is_hr


async def help_fallback(message: InboundMessage, ctx: BotContext) -> None:
    """HR gets the command help; everyone else how to send a resume."""
    if await is_hr(message.sender_staff_id):
        await ctx.reply(message, Markdown("钉聘使用帮助", texts.HR_HELP), part="help")
    else:
        await ctx.reply(message, Text(texts.CANDIDATE_HELP), part="help")
