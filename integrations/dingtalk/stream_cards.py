"""Card clicks answered within DingTalk's 2 s (OD:event-callback-card), however long they take.

A handler still running after the ACK budget gets an interim ACK; its result then updates the
card through the update API, never inside the callback. Buttons known to be slow do not rely on
this: the bot queues them as jobs (workflows.messaging.card_clicks) and answers at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from integrations.dingtalk.inbound import CardAction, CardUpdate
from integrations.dingtalk.ports import CardHandler, DeliveryLog
from settings import DingTalkSettings

log = logging.getLogger(__name__)

# What a card shows while a slow click is still being handled, and if that handling failed.
INTERIM_CARD = CardUpdate(card_data={"notice": "正在处理，请稍候…"})
FAILED_CARD = CardUpdate(card_data={"notice": "处理失败，请稍后重试"})
# Let the interim ACK reach DingTalk before the final state is sent through the update API.
LATE_UPDATE_DELAY_S = 0.5
# Applies a slow handler's result: (outTrackId, the clicking user, the update).
LateCardUpdate = Callable[[str, str, CardUpdate], Awaitable[None]]


class CardClicks:
    """Runs card handlers for the stream bridge within the ACK budget."""

    def __init__(
        self, settings: DingTalkSettings, deliveries: DeliveryLog, *, handler_timeout_s: float
    ) -> None:
        # The budget is read per click (settings.card_ack_budget_s) so it can be tuned live.
        self._settings = settings
        self._deliveries = deliveries
        self._handler_timeout = handler_timeout_s
        self.late_update: LateCardUpdate | None = None
        self._late_tasks: set[asyncio.Task[None]] = set()

    async def handle(self, key: str, action: CardAction, handler: CardHandler) -> tuple[int, Any]:
        """Run a card handler, answering within DingTalk's 2 s: a slow handler gets an interim
        ACK, and its result updates the card once the ACK is out."""
        if not await self._deliveries.first(key, "card_action"):
            log.info("duplicate dingtalk delivery %s ignored", key)
            return 200, {}
        task = asyncio.ensure_future(asyncio.wait_for(handler(action), self._handler_timeout))
        done, _ = await asyncio.wait({task}, timeout=self._settings.card_ack_budget_s)
        if task not in done:
            late = asyncio.ensure_future(self._finish_late(key, action, task))
            self._late_tasks.add(late)
            late.add_done_callback(self._late_tasks.discard)
            return 200, INTERIM_CARD.to_ack()
        try:
            update = task.result()
        except Exception:
            log.exception("handler for dingtalk delivery %s failed", key)
            await self._deliveries.forget(key)
            return 500, {"status": "LATER", "message": "handler failed"}
        return 200, update.to_ack() if update is not None else {}

    async def _finish_late(
        self, key: str, action: CardAction, task: asyncio.Future[CardUpdate | None]
    ) -> None:
        try:
            update = await task
        except Exception:
            log.exception("slow handler for dingtalk delivery %s failed", key)
            await self._deliveries.forget(key)
            update = FAILED_CARD
        if update is None or self.late_update is None:
            return
        # The interim ACK leaves first; updating the card inside the callback is not allowed.
        await asyncio.sleep(LATE_UPDATE_DELAY_S)
        try:
            await self.late_update(action.out_track_id, action.user_id, update)
        except Exception:
            log.exception("could not update card %s after a slow click", action.out_track_id)
