"""Wires the bot's routers to the DingTalk stream bridge."""

from __future__ import annotations

from bot.context import BotContext
from bot.handlers import (
    cards,
    commands,
    decide,
    duplicates,
    errors,
    invitations,
    job_rules,
    offers,
    privacy,
    ranking,
    recommend,
    resume,
    spreadsheets,
)
from bot.handlers.fallback import help_fallback
from bot.router import Dispatcher
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage
from integrations.dingtalk.inbound import Event as DingTalkEvent
from integrations.dingtalk.stream import StreamBridge
from workflows.messaging.card_clicks import queue_click


def build_dispatcher() -> Dispatcher:
    """Routers in priority order: commands first, then resumes, cards, and errors last."""
    return Dispatcher(
        commands.router,
        decide.router,
        recommend.router,
        job_rules.router,
        ranking.router,
        offers.router,
        duplicates.router,
        spreadsheets.router,
        invitations.router,
        privacy.router,
        resume.router,
        cards.router,
        errors.router,
        fallback=help_fallback,
    )


def attach(bridge: StreamBridge, dispatcher: Dispatcher, ctx: BotContext) -> None:
    """Send the bridge's messages and card clicks through the dispatcher."""

    async def on_message(message: InboundMessage) -> None:
        await dispatcher.feed_message(message, ctx)

    async def on_card(action: CardAction) -> CardUpdate | None:
        # Slow buttons (发起录用, 一键确认): answer within DingTalk's 2 s, work in a job.
        if await dispatcher.runs_in_job(action, ctx):
            return await queue_click(action, ctx.services)
        return await dispatcher.feed_card_action(action, ctx)

    bridge.on_message(on_message)
    bridge.on_card_action(on_card)

    async def on_approval(event: DingTalkEvent) -> None:
        # OA approval events (offers): the handler reads the instance back; idempotent.
        await offers.on_approval_event(event, ctx)

    bridge.on_approval(on_approval)
