"""A card create retried after an ambiguous failure counts as delivered, once.

Emulator behaviour from OD:create-and-deliver-cards (one outTrackId is one card) and
OD:server-api-error-codes-1 (400 param.cardAlreadyExist "卡片已经存在").
"""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio

from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.ports import InteractiveCard, OutgoingMessage, Recipient
from settings import DatabaseSettings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)
from workflows.messaging.models import OutboxMessage, OutboxStatus
from workflows.messaging.outbox import dispatch_outbox, enqueue_message

CREATE = "/v1.0/card/instances/createAndDeliver"


async def test_a_retry_after_a_lost_answer_is_delivered_once(
    emu: Emu, clients: DingTalkClients, db: DatabaseSettings
) -> None:
    card = InteractiveCard(emu.settings.card_template_id, "otid-lost-1", {"status": "待确认"})
    await enqueue_message(OutgoingMessage(Recipient.users("hr001"), card), dedup_key="card-1")
    since = await asyncio.to_thread(emu.control.last_seq)
    # DingTalk creates and delivers the card, but the answer never reaches us.
    await asyncio.to_thread(emu.control.lose_answer_next, CREATE)

    report = await dispatch_outbox(clients.messenger, 10)

    assert report.sent == 1 and report.dead == 0
    row = await OutboxMessage.get(dedup_key="card-1")
    assert row.status is OutboxStatus.SENT
    assert row.result["out_track_id"] == "otid-lost-1"
    sent = await asyncio.to_thread(emu.control.sent, since)
    assert [(m.recipient, m.out_track_id) for m in sent] == [("hr001", "otid-lost-1")]
