"""Queued card clicks (OD:event-callback-card: answer within 2 s, update the card afterwards):
one job per callback, the final state queued once, retries that never apply a click twice."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta

import pytest
from arq import Retry

from integrations.dingtalk.errors import DingTalkServerError
from integrations.dingtalk.inbound import CardAction, CardUpdate
from integrations.dingtalk.messages import OutgoingMessage, RecipientKind
from settings import DatabaseSettings, load_settings
from tests.fakes import RecordingQueue, make_services
from workflows.background.models import FailedJob
from workflows.background.names import JobName
from workflows.messaging.card_clicks import (
    CALLBACK_DEADLINE_S,
    CARD_CLICK_JOB,
    CARD_CLICK_MAX_TRIES,
    CLICK_RUNNER_KEY,
    WORKING,
    action_to_args,
    click_job_id,
    handle_card_click_job,
    queue_click,
)
from workflows.messaging.models import OutboxMessage
from workflows.services import Services

ACTION = CardAction(
    delivery_id="msg-1",
    out_track_id="recommend-7-abc",
    user_id="hr_wangfang",
    corp_id="ding1",
    space_type="IM",
    space_id="im1",
    action_ids=(),
    params={"action": "confirm_recommendations", "job_id": 7, "plan": "a12,r13"},
)


@dataclass
class CountingRunner:
    """A ClickRunner that answers fixed states and fails the first `fail_first` tries."""

    update: CardUpdate | None
    fail_first: int = 0
    runs: list[CardAction] = field(default_factory=list)

    async def run(self, action: CardAction, deps: Services, *, last_try: bool) -> CardUpdate | None:
        self.runs.append(action)
        if len(self.runs) <= self.fail_first:
            raise DingTalkServerError("busy", code="ServiceUnavailable")
        return self.update

    def failed(self, action: CardAction) -> CardUpdate:
        return CardUpdate(card_data={"notice": f"failed {action.delivery_id}"})


@pytest.fixture
def deps(db: DatabaseSettings) -> Services:
    settings = load_settings(strict=False, mode="test", database=db)
    return make_services(settings, queue=RecordingQueue())


def _ctx(deps: Services, runner: CountingRunner, job_try: int = 1) -> dict[str, object]:
    return {
        "services": deps,
        CLICK_RUNNER_KEY: runner,
        "job_id": click_job_id(ACTION),
        "job_try": job_try,
    }


async def _final(track: str) -> list[OutgoingMessage]:
    rows = await OutboxMessage.filter(recipient=f"card:{track}").order_by("id")
    return [OutgoingMessage.from_payload(r.payload) for r in rows]


async def test_a_click_is_queued_once_per_callback_and_answered_with_the_interim_state(
    deps: Services,
) -> None:
    assert await queue_click(ACTION, deps) == WORKING
    assert await queue_click(ACTION, deps) == WORKING  # DingTalk redelivered the callback
    again = replace(ACTION, delivery_id="msg-2")  # a second tap
    await queue_click(again, deps)
    assert isinstance(deps.queue, RecordingQueue)
    assert deps.queue.ids(CARD_CLICK_JOB) == [click_job_id(ACTION), click_job_id(again)]
    assert click_job_id(ACTION) == f"{CARD_CLICK_JOB}:recommend-7-abc:msg-1"


async def test_the_job_queues_the_final_state_once_and_a_rerun_does_not_repeat_the_work(
    deps: Services,
) -> None:
    runner = CountingRunner(CardUpdate(card_data={"status": "已确认", "actions": "[]"}))
    clicked_at = deps.clock()
    args = action_to_args(ACTION, clicked_at)
    first = await handle_card_click_job(_ctx(deps, runner), args)
    second = await handle_card_click_job(_ctx(deps, runner, 2), args)

    assert first["status"] == "done" and second["status"] == "already_done"
    assert len(runner.runs) == 1
    [update] = await _final(ACTION.out_track_id)
    assert update.recipient.kind is RecipientKind.CARD
    # The interim 正在处理 notice is cleared with the final state.
    assert dict(update.content.card_data) == {"notice": "", "status": "已确认", "actions": "[]"}  # type: ignore[union-attr]
    assert isinstance(deps.queue, RecordingQueue)
    assert len(deps.queue.ids(JobName.DISPATCH_OUTBOX)) == 1  # same row: same dispatch job id
    # Sent only once DingTalk can no longer apply the callback's (interim) ACK over it.
    row = await OutboxMessage.get(recipient=f"card:{ACTION.out_track_id}")
    assert row.next_attempt_at >= clicked_at + timedelta(seconds=CALLBACK_DEADLINE_S)


async def test_a_transient_failure_is_retried_and_the_last_failure_shows_on_the_card(
    deps: Services,
) -> None:
    runner = CountingRunner(CardUpdate(card_data={"status": "录用审批中"}), fail_first=99)
    with pytest.raises(Retry):
        await handle_card_click_job(_ctx(deps, runner), action_to_args(ACTION))
    assert await _final(ACTION.out_track_id) == []  # nothing shown while a retry is coming

    await handle_card_click_job(_ctx(deps, runner, CARD_CLICK_MAX_TRIES), action_to_args(ACTION))

    [update] = await _final(ACTION.out_track_id)
    assert update.content.card_data["notice"] == "failed msg-1"  # type: ignore[union-attr]
    assert await FailedJob.filter(job_id=click_job_id(ACTION)).count() == 1
