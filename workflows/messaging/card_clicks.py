"""Card clicks handled in a job: the callback is answered at once, the card is updated after.

DingTalk wants a card callback answered within 2 s and no card update call inside the callback
(OD:event-callback-card: "请在 2 秒内完成业务处理并响应", "请勿在回调过程中调用更新接口"). A button
whose work can take longer (starting an OA approval, a batch decision) is answered with the
interim state `WORKING` and queued here; the job runs the button's handler (the bot's, injected
into the job ctx: workflows cannot import the bot) and puts the final card state in the outbox,
which sends it through the card update API once DingTalk can no longer apply the callback's ACK
(2 s after the click), so a late interim ACK never hides the result.

- One job per callback: its id comes from the card's outTrackId and the callback's message id,
  so a redelivered callback is not queued twice.
- Retry-safe: the final state is queued once per callback (outbox dedup key), and a retry that
  finds it queued only asks for it to be sent; a handler that fails transiently is run again
  (the use cases behind these buttons re-check the state, so a repeat changes nothing twice).
- The last failed try shows the runner's `failed` state on the card (worded by the bot), so HR
  can click again.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from integrations.dingtalk.inbound import CardAction, CardUpdate
from integrations.dingtalk.messages import InteractiveCard, OutgoingMessage, Recipient
from integrations.dingtalk.stream_cards import INTERIM_CARD
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.messaging.models import OutboxMessage
from workflows.messaging.notify import kick_dispatch
from workflows.messaging.outbox import enqueue_message
from workflows.services import Services, services_from_ctx

log = logging.getLogger(__name__)

CARD_CLICK_JOB = JobName.HANDLE_CARD_CLICK
CARD_CLICK_MAX_TRIES = 3
# Job ctx key of what runs a button's handler (the bot's dispatcher).
CLICK_RUNNER_KEY = "card_click_runner"
# What the card shows from the callback ACK until the job has updated it, and after a failure.
WORKING = INTERIM_CARD
# DingTalk applies a callback's ACK only within this long of the click; an update sent later can
# never be overwritten by the interim state of a late ACK.
CALLBACK_DEADLINE_S = 2.0


class ClickRunner(Protocol):
    """Runs the handler of one card button and returns the card's new state."""

    async def run(self, action: CardAction, deps: Services, *, last_try: bool) -> CardUpdate | None:
        """Handle `action`; a transient failure raises (retried) unless this is the last try."""
        ...

    def failed(self, action: CardAction) -> CardUpdate:
        """What the card shows when the last try failed, so HR can click again."""
        ...


def click_job_id(action: CardAction) -> str:
    """One job per callback: the card's outTrackId and the callback's message id."""
    return job_id(CARD_CLICK_JOB, action.out_track_id, action.delivery_id)


def final_update_key(action: CardAction) -> str:
    """Outbox dedup key of the card's final state after this callback."""
    return f"card-click:{action.out_track_id}:{action.delivery_id}"[:128]


def action_to_args(action: CardAction, clicked_at: datetime | None = None) -> dict[str, Any]:
    """The click as plain job arguments (the raw callback body stays out of the queue)."""
    return {
        "clicked_at": clicked_at.isoformat() if clicked_at is not None else "",
        "delivery_id": action.delivery_id,
        "out_track_id": action.out_track_id,
        "user_id": action.user_id,
        "corp_id": action.corp_id,
        "space_type": action.space_type,
        "space_id": action.space_id,
        "action_ids": list(action.action_ids),
        "params": dict(action.params),
    }


def action_from_args(args: Mapping[str, Any]) -> CardAction:
    """Inverse of `action_to_args`; PermanentJobError when the arguments are broken."""
    try:
        return CardAction(
            delivery_id=str(args["delivery_id"]),
            out_track_id=str(args["out_track_id"]),
            user_id=str(args["user_id"]),
            corp_id=str(args.get("corp_id", "")),
            space_type=str(args.get("space_type", "")),
            space_id=str(args.get("space_id", "")),
            action_ids=tuple(str(a) for a in args.get("action_ids", ())),
            params=dict(args.get("params") or {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PermanentJobError(f"broken card click arguments: {exc!r}") from exc


async def queue_click(action: CardAction, deps: Services) -> CardUpdate:
    """Queue the click's job and return the interim state for the callback ACK."""
    if not action.out_track_id or not action.delivery_id:
        raise ValueError("a queued card click needs its outTrackId and callback id")
    args = action_to_args(action, deps.clock())
    await deps.queue.enqueue(CARD_CLICK_JOB, args, job_id=click_job_id(action))
    return WORKING


def _clicked_at(args: Mapping[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(args.get("clicked_at") or ""))
    except ValueError:
        return None


async def _queue_final(
    action: CardAction, update: CardUpdate | None, deps: Services, clicked_at: datetime | None
) -> None:
    # The interim notice must go even when the handler leaves the card as it was.
    data = {"notice": "", **dict(update.card_data)} if update is not None else {"notice": ""}
    private = (
        {action.user_id: dict(update.user_private_data)}
        if update is not None and update.user_private_data
        else {}
    )
    card = InteractiveCard(
        deps.settings.dingtalk.card_template_id, action.out_track_id, data, private
    )
    now = deps.clock()
    due = max(now, clicked_at + timedelta(seconds=CALLBACK_DEADLINE_S)) if clicked_at else now
    row = await enqueue_message(
        OutgoingMessage(Recipient.card(action.out_track_id), card),
        dedup_key=final_update_key(action),
        not_before=due,
    )
    await kick_dispatch(deps.queue, [int(row.id)], defer_by_s=(due - now).total_seconds())


@retrying(max_tries=CARD_CLICK_MAX_TRIES)
async def handle_card_click_job(ctx: dict[str, Any], args: dict[str, Any]) -> dict[str, str]:
    """Run one queued card click and send the card's final state (at most once a callback)."""
    deps = services_from_ctx(ctx)
    action = action_from_args(args)
    clicked_at = _clicked_at(args)
    key = final_update_key(action)
    if await OutboxMessage.exists(dedup_key=key):
        # A retry after the final state was queued: only make sure it is sent.
        row = await OutboxMessage.get(dedup_key=key)
        await kick_dispatch(deps.queue, [int(row.id)])
        return {"status": "already_done", "out_track_id": action.out_track_id}
    runner: ClickRunner | None = ctx.get(CLICK_RUNNER_KEY)
    if runner is None:
        raise PermanentJobError("job ctx has no card click runner")
    last_try = int(ctx.get("job_try", 1)) >= CARD_CLICK_MAX_TRIES
    try:
        update = await runner.run(action, deps, last_try=last_try)
    except Exception:
        if last_try:
            log.exception("card click %s failed for good", action.out_track_id)
            await _queue_final(action, runner.failed(action), deps, clicked_at)
        raise
    await _queue_final(action, update, deps, clicked_at)
    return {"status": "done", "out_track_id": action.out_track_id}


CARD_CLICK_JOBS = (handle_card_click_job,)
