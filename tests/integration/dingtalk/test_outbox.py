"""Outbox: enqueue once, claim safely, back off on failure, deliver later, lose nothing."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.ports import OutgoingMessage, Recipient, Text
from settings import DatabaseSettings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)
from workflows.messaging.jobs import dispatch_outbox_job
from workflows.messaging.models import OutboxMessage, OutboxStatus
from workflows.messaging.outbox import (
    BACKOFF_SCHEDULE_S,
    backoff_after,
    claim_due,
    dispatch_outbox,
    enqueue_message,
    mark_failed,
)

HELLO = OutgoingMessage(Recipient.users("hr001"), Text("新候选人：张三"))


def test_backoff_schedule_grows_and_caps() -> None:
    assert [backoff_after(n).total_seconds() for n in (1, 2, 3)] == list(BACKOFF_SCHEDULE_S[:3])
    assert backoff_after(99).total_seconds() == BACKOFF_SCHEDULE_S[-1]


async def test_enqueue_is_idempotent_by_dedup_key_inside_a_transaction(
    db: DatabaseSettings,
) -> None:
    async with in_transaction(OutboxMessage._meta.default_connection) as tx:
        first = await enqueue_message(HELLO, dedup_key="app-1:new", using_db=tx)
        again = await enqueue_message(HELLO, dedup_key="app-1:new", using_db=tx)
    assert first.id == again.id
    assert await OutboxMessage.all().count() == 1
    assert first.recipient == "users:hr001"
    assert OutgoingMessage.from_payload(first.payload) == HELLO


async def test_concurrent_dispatchers_never_claim_the_same_message(db: DatabaseSettings) -> None:
    for i in range(12):
        await enqueue_message(HELLO, dedup_key=f"k{i}")
    batches = await asyncio.gather(*(claim_due(5) for _ in range(4)))
    ids = [row.id for batch in batches for row in batch]
    assert len(ids) == len(set(ids)) == 12
    assert all(
        row.status is OutboxStatus.SENDING and row.attempts == 1 for b in batches for row in b
    )
    assert await claim_due(5) == []


async def test_a_claim_whose_dispatcher_died_is_claimable_after_the_lease(
    db: DatabaseSettings,
) -> None:
    row = await enqueue_message(HELLO, dedup_key="lease")
    assert [r.id for r in await claim_due(10)] == [row.id]
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert [r.id for r in await claim_due(10, now=later)] == [row.id]


async def test_failures_back_off_then_go_dead(db: DatabaseSettings) -> None:
    row = await enqueue_message(HELLO, dedup_key="dead")
    now = datetime.now(UTC)
    for attempt in range(1, 4):
        (claimed,) = await claim_due(1, now=now)
        status = await mark_failed(
            claimed.id, "DingTalk 503 access_token=secret123", max_attempts=3, now=now
        )
        fresh = await OutboxMessage.get(id=row.id)
        if attempt < 3:
            assert status is OutboxStatus.PENDING
            assert fresh.next_attempt_at >= now + backoff_after(attempt) - timedelta(seconds=1)
            now = fresh.next_attempt_at
        else:
            assert status is OutboxStatus.DEAD
        assert "secret123" not in fresh.last_error


async def test_a_5xx_send_stays_pending_and_is_delivered_by_a_later_dispatch(
    emu: Emu, clients: DingTalkClients, db: DatabaseSettings
) -> None:
    await enqueue_message(HELLO, dedup_key="offer-1:notify")
    await enqueue_message(
        OutgoingMessage(Recipient.users("mgr001"), Text("第二条")), dedup_key="offer-1:mgr"
    )
    since = await asyncio.to_thread(emu.control.last_seq)
    # More failures than the adapter's own retries: the outage outlasts one dispatch.
    await asyncio.to_thread(
        emu.control.fail_next, "/v1.0/robot/oToMessages/batchSend", 8, status=503
    )
    report = await dispatch_outbox(clients.messenger, 10)
    assert report.sent == 0
    assert report.retrying == 2
    rows = await OutboxMessage.all().order_by("id")
    assert all(r.status is OutboxStatus.PENDING and r.last_error for r in rows)
    assert await claim_due(10) == []  # backing off: not due yet
    await asyncio.to_thread(emu.control.clear_faults)
    later = datetime.now(UTC) + timedelta(seconds=BACKOFF_SCHEDULE_S[0] + 1)
    report = await dispatch_outbox(clients.messenger, 10, now=later)
    assert report.sent == 2
    sent = await asyncio.to_thread(emu.control.wait_for_sent, since, count=2)
    assert sorted(m.text for m in sent) == ["新候选人：张三", "第二条"]
    rows = await OutboxMessage.all()
    assert {r.status for r in rows} == {OutboxStatus.SENT}
    # Once delivered, the personal data in the message is not kept in the outbox.
    assert all(r.payload == {"redacted": True} for r in rows)
    assert "张三" not in str([r.payload for r in rows])


async def test_dispatch_job_uses_the_clients_in_ctx(
    emu: Emu, clients: DingTalkClients, db: DatabaseSettings
) -> None:
    await enqueue_message(HELLO, dedup_key="job-1")
    result = await dispatch_outbox_job({"dingtalk": clients})
    assert result == {"claimed": 1, "sent": 1, "retrying": 0, "dead": 0}


async def test_an_expired_webhook_reply_goes_dead_instead_of_retrying(
    emu: Emu, clients: DingTalkClients, db: DatabaseSettings
) -> None:
    message = OutgoingMessage(Recipient.webhook("http://127.0.0.1:1/x", expires_at_ms=1), Text("x"))
    await enqueue_message(message, dedup_key="old-webhook")
    report = await dispatch_outbox(clients.messenger, 10)
    assert report.dead == 1
