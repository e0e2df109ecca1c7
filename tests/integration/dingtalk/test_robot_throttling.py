"""Throttled robot sends: 400 throttle codes and flow-controlled recipients are sent again later.

Emulator behaviour from OD:chatbots-send-one-on-one-chat-messages-in-batches (400 send.too.fast,
send.byToken.tooFast, too.many.people, too.many.group; `flowControlledStaffIdList` in the answer)
and OD:the-robot-sends-a-group-message (the same 400 codes).
"""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from integrations.dingtalk.clients import DingTalkClients, build_dingtalk_clients
from integrations.dingtalk.ports import OutgoingMessage, Recipient, Text
from integrations.dingtalk.retry import RetryPolicy
from settings import DatabaseSettings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    MemoryDeliveryLog,
    emu,
    emu_server,
)
from workflows.messaging.models import OutboxMessage, OutboxStatus
from workflows.messaging.outbox import BACKOFF_SCHEDULE_S, dispatch_outbox, enqueue_message

STAFF = ("hr001", "mgr001", "emp001")


@pytest.fixture
async def storm_clients(emu: Emu) -> AsyncIterator[DingTalkClients]:
    """Clients that retry a throttled call once, at once, then leave it to the outbox."""
    policy = RetryPolicy(max_retries=1, base_delay_s=0.01, max_delay_s=0.02, throttle_min_s=0.0)
    built = build_dingtalk_clients(
        emu.settings, delivery_log=MemoryDeliveryLog(), retry_policy=policy
    )
    try:
        yield built
    finally:
        await built.aclose()


async def test_a_throttle_code_keeps_the_message_pending_not_dead(
    emu: Emu, storm_clients: DingTalkClients, db: DatabaseSettings
) -> None:
    await enqueue_message(OutgoingMessage(Recipient.users("hr001"), Text("提醒")), dedup_key="t-1")
    since = await asyncio.to_thread(emu.control.last_seq)
    await asyncio.to_thread(emu.control.robot_storm, 2, refuse_rate=1.0, flow_control_rate=0.0)

    report = await dispatch_outbox(storm_clients.messenger, 10)

    assert report.retrying == 1 and report.dead == 0
    row = await OutboxMessage.get(dedup_key="t-1")
    assert row.status is OutboxStatus.PENDING
    later = datetime.now(UTC) + timedelta(seconds=BACKOFF_SCHEDULE_S[0] + 1)
    assert (await dispatch_outbox(storm_clients.messenger, 10, now=later)).sent == 1
    assert [m.text for m in await asyncio.to_thread(emu.control.sent, since)] == ["提醒"]


async def test_only_flow_controlled_recipients_are_sent_again(
    emu: Emu, storm_clients: DingTalkClients, db: DatabaseSettings
) -> None:
    await enqueue_message(OutgoingMessage(Recipient.users(*STAFF), Text("面试安排")), dedup_key="f")
    since = await asyncio.to_thread(emu.control.last_seq)
    # One send inside the storm; a seed with a mix of reached and flow-controlled users.
    await asyncio.to_thread(
        emu.control.robot_storm, 1, refuse_rate=0.0, flow_control_rate=0.5, seed=3
    )

    await dispatch_outbox(storm_clients.messenger, 10)
    first = [m.recipient for m in await asyncio.to_thread(emu.control.sent, since)]
    row = await OutboxMessage.get(dedup_key="f")
    assert 0 < len(first) < len(STAFF), "the seed must give a partly flow-controlled send"
    assert row.status is OutboxStatus.PENDING
    assert sorted(row.payload["recipient"]["user_ids"]) == sorted(set(STAFF) - set(first))

    later = datetime.now(UTC) + timedelta(seconds=BACKOFF_SCHEDULE_S[0] + 1)
    assert (await dispatch_outbox(storm_clients.messenger, 10, now=later)).sent == 1
    every = [m.recipient for m in await asyncio.to_thread(emu.control.sent, since)]
    assert sorted(every) == sorted(STAFF)


async def test_a_throttling_storm_delivers_every_message_exactly_once(
    emu: Emu, storm_clients: DingTalkClients, db: DatabaseSettings
) -> None:
    group = await asyncio.to_thread(emu.control.add_group, "招聘群", list(STAFF))
    expected: Counter[tuple[str, str]] = Counter()
    for i in range(12):
        text = f"通知 {i}"
        if i % 4 == 3:
            message = OutgoingMessage(Recipient.group(group["conversation_id"]), Text(text))
            expected[(group["conversation_id"], text)] += 1
        else:
            message = OutgoingMessage(Recipient.users(*STAFF), Text(text))
            expected.update((user, text) for user in STAFF)
        await enqueue_message(message, dedup_key=f"storm-{i}")
    since = await asyncio.to_thread(emu.control.last_seq)
    await asyncio.to_thread(
        emu.control.robot_storm, 40, refuse_rate=0.4, flow_control_rate=0.4, seed=11
    )

    now = datetime.now(UTC)
    seen_errors: set[str] = set()
    for _ in range(20):
        await dispatch_outbox(storm_clients.messenger, 50, now=now)
        rows = await OutboxMessage.all()
        seen_errors |= {r.last_error.split(":")[0] for r in rows if r.last_error}
        if all(r.status is OutboxStatus.SENT for r in rows):
            break
        now += timedelta(seconds=max(BACKOFF_SCHEDULE_S) + 1)

    assert {r.status for r in await OutboxMessage.all()} == {OutboxStatus.SENT}
    assert "flowControlledStaffIdList" in seen_errors
    assert "DingTalkThrottledError" in seen_errors
    sent = await asyncio.to_thread(emu.control.sent, since)
    assert Counter((m.recipient, m.text) for m in sent) == expected
