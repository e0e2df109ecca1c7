"""The official stream SDK receives robot messages from the emulator and replies through it."""

from __future__ import annotations

import threading
from typing import Any

import dingtalk_stream
import httpx
from dingtalk_stream import AckMessage

from integrations.dingtalk.emulator.gateway import BOT_TOPIC
from integrations.dingtalk.emulator.testing import EmulatorHandle


class EchoBot(dingtalk_stream.ChatbotHandler):  # type: ignore[misc]
    """Replies through the sessionWebhook and remembers what it got."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[dict[str, Any]] = []
        self.download_urls: list[str] = []
        self.got = threading.Event()

    async def process(self, callback: dingtalk_stream.CallbackMessage) -> tuple[int, str]:
        incoming = dingtalk_stream.ChatbotMessage.from_dict(callback.data)
        self.received.append(callback.data)
        if incoming.message_type == "text":
            self.reply_text(f"收到：{incoming.text.content.strip()}", incoming)
        elif incoming.message_type == "picture":
            code = incoming.image_content.download_code
            self.download_urls.append(self.get_image_download_url(code))
        self.got.set()
        return AckMessage.STATUS_OK, "OK"


def test_single_chat_text_reaches_stream_client_and_reply_is_recorded(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    bot = EchoBot()
    stream_client_factory((BOT_TOPIC, bot))
    since = emulator.control.last_seq()

    result = emulator.control.send_text("hr001", "你好，我要发布职位")

    assert result["delivered"] is True
    assert bot.got.wait(5)
    data = bot.received[0]
    assert data["conversationType"] == "1"
    assert data["senderStaffId"] == "hr001"
    assert data["robotCode"] == emulator.settings.app_key
    assert data["sessionWebhook"].startswith(emulator.base_url + "/robot/sendBySession?session=")
    assert data["sessionWebhookExpiredTime"] > data["createAt"]
    [reply] = emulator.control.wait_for_sent(since, channel="session_webhook")
    assert reply.recipient == "hr001"
    assert reply.kind == "text"
    assert reply.text == "收到：你好，我要发布职位"
    assert reply.at == {"atUserIds": ["hr001"]}
    inbound = emulator.control.inbound()
    assert inbound[-1].ack_code == 200


def test_group_message_reaches_bot_only_when_it_is_mentioned(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    bot = EchoBot()
    stream_client_factory((BOT_TOPIC, bot))
    group = emulator.control.add_group("招聘群", ["hr001", "mgr001"])

    silent = emulator.control.send_text(
        "mgr001", "大家好", chat="group", conversation_id=group["conversation_id"], at_bot=False
    )
    mentioned = emulator.control.send_text(
        "mgr001", "@钉聘 面试安排", chat="group", conversation_id=group["conversation_id"]
    )

    assert silent["delivered"] is False
    assert mentioned["delivered"] is True
    assert bot.got.wait(5)
    [data] = bot.received
    assert data["conversationType"] == "2"
    assert data["conversationTitle"] == "招聘群"
    assert data["isInAtList"] is True
    assert data["atUsers"][0]["dingtalkId"] == data["chatbotUserId"]


def test_picture_download_code_resolves_through_the_sdk_helper(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    bot = EchoBot()
    stream_client_factory((BOT_TOPIC, bot))
    png = b"\x89PNG\r\n\x1a\nfake-image"

    emulator.control.send_picture("emp001", png)

    assert bot.got.wait(5)
    [url] = bot.download_urls
    assert httpx.get(url).content == png


def test_expired_session_webhook_is_refused_with_errcode(emulator: EmulatorHandle) -> None:
    result = emulator.control.send_text("hr001", "hi")
    emulator.control.expire_sessions()

    answer = httpx.post(
        result["session_webhook"], json={"msgtype": "text", "text": {"content": "late"}}
    )

    assert answer.status_code == 200
    assert answer.json()["errcode"] == 300001
    assert emulator.control.sent(channel="session_webhook") == []


def test_session_webhook_accepts_action_cards_and_links(emulator: EmulatorHandle) -> None:
    hook = emulator.control.send_text("hr001", "hi")["session_webhook"]
    bodies = [
        {
            "msgtype": "actionCard",
            "actionCard": {
                "title": "简历",
                "text": "张三",
                "singleTitle": "查看",
                "singleURL": "u0",
            },
        },
        {
            "msgtype": "actionCard",
            "actionCard": {
                "title": "面试",
                "text": "选择",
                "btns": [
                    {"title": "通过", "actionURL": "u1"},
                    {"title": "淘汰", "actionURL": "u2"},
                ],
                "btnOrientation": "1",
            },
        },
        {"msgtype": "link", "link": {"title": "JD", "text": "t", "messageUrl": "u3"}},
        {"msgtype": "markdown", "markdown": {"title": "周报", "text": "## 本周"}},
    ]

    for body in bodies:
        assert httpx.post(hook, json=body).json() == {"errcode": 0, "errmsg": "ok"}

    sent = emulator.control.sent(channel="session_webhook")
    assert [m.kind for m in sent] == ["action_card", "action_card", "link", "markdown"]
    assert [b.title for b in sent[1].buttons] == ["通过", "淘汰"]
    assert sent[0].buttons[0].url == "u0"
    assert sent[2].url == "u3"


def test_file_messages_are_refused_in_group_chats(emulator: EmulatorHandle) -> None:
    response = httpx.post(
        emulator.base_url + "/_emulator/messages/send",
        json={"from_user": "hr001", "msgtype": "file", "chat": "group", "content_b64": "eA=="},
    )

    assert response.status_code == 400
    assert "群聊" in response.json()["message"]
