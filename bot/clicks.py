"""Runs queued card clicks in a job with the same handlers as the stream (see card_clicks)."""

from __future__ import annotations

from bot import texts
from bot.context import BotContext
from bot.router import Dispatcher
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.inbound import CardAction, CardUpdate
from workflows.errors import DomainError
from workflows.services import Services


def _transient(exc: Exception) -> bool:
    # A refused use case or a permanent DingTalk refusal is answered on the card at once; an
    # outage, throttling or an unexpected failure is tried again by the job first.
    if isinstance(exc, DomainError):
        return False
    return not isinstance(exc, DingTalkError) or exc.retryable


class DispatcherClickRunner:
    """The `ClickRunner` of workflows.messaging.card_clicks, backed by the bot's dispatcher."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self._dispatcher = dispatcher

    async def run(self, action: CardAction, deps: Services, *, last_try: bool) -> CardUpdate | None:
        """Handle the click as the stream would; transient failures raise until the last try."""
        return await self._dispatcher.feed_card_action(
            action, BotContext(deps), reraise=None if last_try else _transient
        )

    def failed(self, action: CardAction) -> CardUpdate:
        """The card's notice after the last failed try, so HR can click again."""
        return CardUpdate(card_data={"notice": texts.CLICK_FAILED})
