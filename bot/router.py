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

    def message(self, *filters: MessageFilter) -> Callable[[MessageHandler], MessageHandler]:
        """Register a message handler guarded by filters."""

        def deco(fn: MessageHandler) -> MessageHandler:
            self.messages.append((filters, fn))
            return fn

        return deco

    def card_action(self, *filters: CardFilter) -> Callable[[CardHandler], CardHandler]:
        """Register a card-button handler guarded by filters."""

        def deco(fn: CardHandler) -> CardHandler:
            self.cards.append((filters, fn))
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

    async def feed_card_action(self, action: CardAction, ctx: BotContext) -> CardUpdate | None:
        """Handle one card button click; the result updates the card in the callback ACK."""
        try:
            for router in self._routers:
                for filters, handler in router.cards:
                    if await _passes(filters, action, ctx):
                        return await handler(action, ctx)
            log.warning("no handler for card action %s", action.action_ids)
            return None
        except Exception as exc:
            return await self._on_error(exc, action, ctx)

    async def _on_error(self, exc: Exception, update: Update, ctx: BotContext) -> CardUpdate | None:
        for router in self._routers:
            for types, handler in router.errors:
                if isinstance(exc, types):
                    return await handler(exc, update, ctx)
        raise exc
