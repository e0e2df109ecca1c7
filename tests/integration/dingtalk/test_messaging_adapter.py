"""Robot messages, files, cards and tokens against the emulator with the official SDKs."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
import time

import pytest

from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.errors import DingTalkAuthError, DingTalkThrottledError
from integrations.dingtalk.files import DingTalkFileTooLargeError
from integrations.dingtalk.ports import (
    ActionButton,
    ActionCard,
    CardAction,
    CardUpdate,
    InboundMessage,
    InteractiveCard,
    Markdown,
    OutgoingMessage,
    Recipient,
    Text,
)
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    MemoryDeliveryLog,
    clients,
    emu,
    emu_server,
)


async def _wait_for(predicate: object, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


async def test_single_chat_text_reaches_the_bot_and_the_reply_goes_through_the_webhook(
    emu: Emu, clients: DingTalkClients
) -> None:
    received: list[InboundMessage] = []

    async def on_message(message: InboundMessage) -> None:
        received.append(message)
        await clients.messenger.reply(message.session_webhook, Text(f"收到：{message.text}"))

    clients.stream.on_message(on_message)
    await clients.stream.start()
    assert await clients.stream.wait_connected()
    since = await asyncio.to_thread(emu.control.last_seq)
    await asyncio.to_thread(emu.control.send_text, "emp001", "你好，我想投简历")
    sent = await asyncio.to_thread(
        emu.control.wait_for_sent, since, channel="session_webhook", timeout_s=10
    )
    assert received[0].text == "你好，我想投简历"
    assert received[0].sender_staff_id == "emp001"
    assert received[0].is_single_chat
    assert sent[0].text == "收到：你好，我想投简历"


async def test_a_file_sent_by_a_user_is_downloaded(emu: Emu, clients: DingTalkClients) -> None:
    content = b"%PDF-1.4 resume " * 100
    code = await asyncio.to_thread(emu.control.upload_file, content, "cv.pdf")
    assert await clients.files.download(code, max_bytes=1_000_000) == content
    with pytest.raises(DingTalkFileTooLargeError):
        await clients.files.download(code, max_bytes=100)


async def test_file_message_carries_a_download_code_the_adapter_can_fetch(
    emu: Emu, clients: DingTalkClients
) -> None:
    got: list[bytes] = []

    async def on_message(message: InboundMessage) -> None:
        got.append(await clients.files.download(message.file_download_code, max_bytes=10_000))

    clients.stream.on_message(on_message)
    await clients.stream.start()
    assert await clients.stream.wait_connected()
    await asyncio.to_thread(emu.control.send_file, "emp001", b"name,phone\n", "list.csv")
    await _wait_for(lambda: bool(got))
    assert got == [b"name,phone\n"]


async def test_proactive_sends_reach_users_and_groups(emu: Emu, clients: DingTalkClients) -> None:
    since = await asyncio.to_thread(emu.control.last_seq)
    await clients.messenger.send(
        OutgoingMessage(Recipient.users("hr001"), Markdown("提醒", "**新简历**"))
    )
    card = ActionCard(
        "候选人", "张三", (ActionButton("查看", "https://x/1"), ActionButton("忽略", "https://x/2"))
    )
    await clients.messenger.send(OutgoingMessage(Recipient.users("mgr001"), card))
    group = await asyncio.to_thread(emu.control.add_group, "招聘群", ["hr001", "mgr001"])
    await clients.messenger.send(
        OutgoingMessage(Recipient.group(group["conversation_id"]), Text("群消息"))
    )
    sent = await asyncio.to_thread(emu.control.wait_for_sent, since, count=3)
    assert [m.channel for m in sent] == ["oto", "oto", "group"]
    assert sent[1].msg_key == "sampleActionCard2"


async def test_media_upload_returns_an_id_with_the_bytes(
    emu: Emu, clients: DingTalkClients
) -> None:
    media_id = await clients.files.upload_media(b"xlsx-bytes", "export.xlsx")
    assert await asyncio.to_thread(emu.control.media, media_id) == b"xlsx-bytes"


async def test_card_is_delivered_and_a_click_updates_it(emu: Emu, clients: DingTalkClients) -> None:
    clicks: list[CardAction] = []

    async def on_card(action: CardAction) -> CardUpdate:
        clicks.append(action)
        return CardUpdate(card_data={"status": "已接受"})

    clients.stream.on_card_action(on_card)
    await clients.stream.start()
    assert await clients.stream.wait_connected()
    card = InteractiveCard(emu.settings.card_template_id, "otid-offer-1", {"status": "待确认"})
    delivery = await clients.cards.create_and_deliver(card, user_ids=("hr001",))
    assert delivery.delivered_to
    result = await asyncio.to_thread(
        emu.control.click_card, "otid-offer-1", "hr001", action_ids=["accept"], params={"a": "1"}
    )
    assert clicks[0].action_ids == ("accept",)
    assert clicks[0].user_id == "hr001"
    card_now = await asyncio.to_thread(emu.control.card, "otid-offer-1")
    assert card_now.card_param_map.get("status") == "已接受", result
    await clients.cards.update("otid-offer-1", {"status": "已归档"})
    card_now = await asyncio.to_thread(emu.control.card, "otid-offer-1")
    assert card_now.card_param_map.get("status") == "已归档"


async def test_a_throttled_send_is_retried_and_delivered(
    emu: Emu, clients: DingTalkClients
) -> None:
    since = await asyncio.to_thread(emu.control.last_seq)
    await asyncio.to_thread(emu.control.throttle_next, "/v1.0/robot/oToMessages/batchSend", 1)
    started = time.monotonic()
    await clients.messenger.send_to_users(("hr001",), Text("限流后重试"))
    assert time.monotonic() - started >= 1.0  # throttling waits at least 1 s
    sent = await asyncio.to_thread(emu.control.wait_for_sent, since)
    assert sent[0].text == "限流后重试"


async def test_throttling_beyond_the_retry_budget_surfaces_as_throttled(
    emu: Emu, clients: DingTalkClients
) -> None:
    await asyncio.to_thread(emu.control.throttle_next, "/v1.0/robot/oToMessages/batchSend", 10)
    with pytest.raises(DingTalkThrottledError):
        await clients.messenger.send_to_users(("hr001",), Text("x"))


async def test_an_expired_token_is_refreshed(emu: Emu, clients: DingTalkClients) -> None:
    first = await clients.tokens.get()
    await asyncio.to_thread(emu.control.expire_tokens, "app")
    since = await asyncio.to_thread(emu.control.last_seq)
    await clients.messenger.send_to_users(("hr001",), Text("token refreshed"))
    assert await clients.tokens.get() != first
    assert clients.tokens.fetch_count == 2
    await asyncio.to_thread(emu.control.wait_for_sent, since)
    # The old API path refreshes too.
    await asyncio.to_thread(emu.control.expire_tokens, "app")
    assert await clients.files.upload_media(b"x", "a.txt")


async def test_bad_credentials_are_an_auth_error(emu: Emu) -> None:
    from pydantic import SecretStr

    from integrations.dingtalk.clients import build_dingtalk_clients

    bad = emu.settings.model_copy(update={"app_secret": SecretStr("wrong")})
    built = build_dingtalk_clients(bad, delivery_log=MemoryDeliveryLog())
    try:
        with pytest.raises(DingTalkAuthError):
            await built.tokens.get()
    finally:
        await built.aclose()
