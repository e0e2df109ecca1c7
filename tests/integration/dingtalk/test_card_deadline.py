"""Card clicks are answered within DingTalk's 2 s, however long the handling takes.

Emulator behaviour from OD:event-callback-card: "请在 2 秒内完成业务处理并响应" (a later ACK is not
applied), and "请勿在回调过程中调用更新接口" (the final state goes through the update API after
the ACK).
"""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from integrations.dingtalk.clients import DingTalkClients, build_dingtalk_clients
from integrations.dingtalk.ports import CardAction, CardUpdate, InteractiveCard
from integrations.dingtalk.stream_cards import INTERIM_CARD
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    MemoryDeliveryLog,
    emu,
    emu_server,
    fast_policy,
)

OFFICIAL_DEADLINE_S = 2.0


@pytest.fixture
async def strict(emu: Emu) -> AsyncIterator[DingTalkClients]:
    """Clients with the production ACK budget against an emulator with the official deadline."""
    before = await asyncio.to_thread(emu.control.configure)
    await asyncio.to_thread(emu.control.configure, callback_ack_timeout_s=OFFICIAL_DEADLINE_S)
    settings = emu.settings.model_copy(update={"card_ack_budget_s": 1.5})
    built = build_dingtalk_clients(
        settings, delivery_log=MemoryDeliveryLog(), retry_policy=fast_policy()
    )
    try:
        yield built
    finally:
        await built.aclose()
        # The session emulator serves later tests that do not reset it.
        timeout_s = before.callback_ack_timeout_s
        await asyncio.to_thread(emu.control.configure, callback_ack_timeout_s=timeout_s)


async def _card_status(emu: Emu, out_track_id: str, wanted: str, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        card = await asyncio.to_thread(emu.control.card, out_track_id)
        if card.card_param_map.get("status") == wanted:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"card stayed {card.card_param_map}")
        await asyncio.sleep(0.1)


async def test_a_slow_click_gets_an_interim_answer_then_the_final_state(
    emu: Emu, strict: DingTalkClients
) -> None:
    async def slow(action: CardAction) -> CardUpdate:
        await asyncio.sleep(OFFICIAL_DEADLINE_S + 1)  # e.g. starting an OA approval
        return CardUpdate(card_data={"status": "已发起录用审批", "notice": ""})

    strict.stream.on_card_action(slow)
    await strict.stream.start()
    assert await strict.stream.wait_connected()
    card = InteractiveCard(emu.settings.card_template_id, "otid-slow-1", {"status": "待处理"})
    await strict.cards.create_and_deliver(card, user_ids=("hr001",))

    click = await asyncio.to_thread(
        emu.control.click_card, "otid-slow-1", "hr001", action_ids=["offer"]
    )

    assert click["acked"] and click["ack_code"] == 200
    assert click["card"]["card_param_map"]["notice"] == INTERIM_CARD.card_data["notice"]
    await _card_status(emu, "otid-slow-1", "已发起录用审批")
    final = await asyncio.to_thread(emu.control.card, "otid-slow-1")
    assert final.card_param_map["notice"] == ""


async def test_a_fast_click_is_answered_in_the_ack_itself(
    emu: Emu, strict: DingTalkClients
) -> None:
    async def fast(action: CardAction) -> CardUpdate:
        return CardUpdate(card_data={"status": "已晋级"})

    strict.stream.on_card_action(fast)
    await strict.stream.start()
    assert await strict.stream.wait_connected()
    card = InteractiveCard(emu.settings.card_template_id, "otid-fast-1", {"status": "待处理"})
    await strict.cards.create_and_deliver(card, user_ids=("hr001",))

    click = await asyncio.to_thread(
        emu.control.click_card, "otid-fast-1", "hr001", action_ids=["advance"]
    )

    assert click["acked"] and click["changed"]
    assert click["card"]["card_param_map"]["status"] == "已晋级"
