"""A small aiogram-style router: handlers with filters, one router per handler module.

The dispatcher offers each inbound message to the routers in order; the first handler whose
filters all pass takes it. Exceptions go to error handlers by type; anything left unhandled
gets a polite generic reply, never silence.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.context import BotContext
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage

log = logging.getLogger(__name__)

MessageFilter = Callable[[InboundMessage, BotContext], Awaitable[bool] | bool]
CardFilter = Callable[[CardAction, BotContext], Awaitable[bool] | bool]
MessageHandler = Callable[[InboundMessage, BotContext], Awaitable[None]]
CardHandler = Callable[[CardAction, BotContext], Awaitable[CardUpdate | None]]
ErrorHandler = Callable[[BaseException, "Update", BotContext], Awaitable[CardUpdate | None]]
Update = InboundMessage | CardAction

F = TypeVar("F")


async def _passes(filters: tuple[Any, ...], update: Any, ctx: BotContext) -> bool:
    for flt in filters:
        verdict = flt(update, ctx)
        if inspect.isawaitable(verdict):
            verdict = await verdict
        if not verdict:
            return False
    return True


@dataclass
class Router:
    """Handlers of one module."""

    name: str
    messages: list[tuple[tuple[MessageFilter, ...], MessageHandler]] = field(default_factory=list)
    cards: list[tuple[tuple[CardFilter, ...], CardHandler]] = field(default_factory=list)
    errors: list[tuple[tuple[type[BaseException], ...], ErrorHandler]] = field(default_factory=list)
    # Card handlers whose work may outlast DingTalk's 2 s: they run in a queued job.
    in_job: set[CardHandler] = field(default_factory=set)

    def message(self, *filters: MessageFilter) -> Callable[[MessageHandler], MessageHandler]:
        """Register a message handler guarded by filters."""

        def deco(fn: MessageHandler) -> MessageHandler:
            self.messages.append((filters, fn))
            return fn

        return deco

    def card_action(
        self, *filters: CardFilter, in_job: bool = False
    ) -> Callable[[CardHandler], CardHandler]:
        """Register a card-button handler guarded by filters; `in_job`: the click is answered
        at once and the handler runs in a queued job (workflows.messaging.card_clicks)."""

        def deco(fn: CardHandler) -> CardHandler:
            self.cards.append((filters, fn))
            if in_job:
                self.in_job.add(fn)
            return fn

        return deco

    def error(self, *types: type[BaseException]) -> Callable[[ErrorHandler], ErrorHandler]:
        """Register a handler for exceptions of these types."""

        def deco(fn: ErrorHandler) -> ErrorHandler:
            self.errors.append((types, fn))
            return fn

        return deco


class Dispatcher:
    """Feeds inbound updates to routers; unknown input and failures always get an answer."""

    def __init__(self, *routers: Router, fallback: MessageHandler) -> None:
        self._routers = routers
        self._fallback = fallback

    async def feed_message(self, message: InboundMessage, ctx: BotContext) -> None:
        """Handle one robot message."""
        try:
            for router in self._routers:
                for filters, handler in router.messages:
                    if await _passes(filters, message, ctx):
                        await handler(message, ctx)
                        return
            await self._fallback(message, ctx)
        except Exception as exc:
            await self._on_error(exc, message, ctx)

    async def _card_handler(
        self, action: CardAction, ctx: BotContext
    ) -> tuple[Router, CardHandler] | None:
        for router in self._routers:
            for filters, handler in router.cards:
                if await _passes(filters, action, ctx):
                    return router, handler
        return None

    async def runs_in_job(self, action: CardAction, ctx: BotContext) -> bool:
        """True when the click's handler was registered `in_job` (answer now, work in a job)."""
        try:
            found = await self._card_handler(action, ctx)
        except Exception:
            return False  # feed_card_action reports the failure
        return found is not None and found[1] in found[0].in_job

    async def feed_card_action(
        self,
        action: CardAction,
        ctx: BotContext,
        *,
        reraise: Callable[[Exception], bool] | None = None,
    ) -> CardUpdate | None:
        """Handle one card button click and return the card's new state.

        `reraise` picks failures to raise instead of answering them (a job retries those)."""
        try:
            found = await self._card_handler(action, ctx)
            if found is None:
                log.warning("no handler for card action %s", action.action_ids)
                return None
            return await found[1](action, ctx)
        except Exception as exc:
            if reraise is not None and reraise(exc):
                raise
            return await self._on_error(exc, action, ctx)

    async def _on_error(self, exc: Exception, update: Update, ctx: BotContext) -> CardUpdate | None:
        for router in self._routers:
            for types, handler in router.errors:
                if isinstance(exc, types):
                    return await handler(exc, update, ctx)
        raise exc
