"""The outgoing message model: outbox payload round trip and DingTalk wire forms."""

from __future__ import annotations

import json

import pytest

from integrations.dingtalk.messages import robot_msg_key_param, webhook_body
from integrations.dingtalk.ports import (
    ActionButton,
    ActionCard,
    InteractiveCard,
    Markdown,
    MessageKind,
    OutgoingMessage,
    Recipient,
    Text,
)

MESSAGES = [
    OutgoingMessage(
        Recipient.webhook("http://h/robot/sendBySession?session=s", 1_700_000_000_000),
        Text("收到简历", at_user_ids=("u1",)),
    ),
    OutgoingMessage(Recipient.users("u1", "u2"), Markdown("面试提醒", "**明天 10:00**")),
    OutgoingMessage(
        Recipient.group("cid123"),
        ActionCard("查看", "候选人", (ActionButton("打开", "https://x/1"),)),
    ),
    OutgoingMessage(
        Recipient.users("u1"),
        ActionCard(
            "决定",
            "录用?",
            (ActionButton("是", "https://y"), ActionButton("否", "https://n")),
            horizontal=True,
        ),
    ),
    OutgoingMessage(
        Recipient.users("u1"),
        InteractiveCard("tpl.schema", "otid-1", {"name": "张三"}, {"u1": {"mine": "1"}}),
    ),
    OutgoingMessage(
        Recipient.card("otid-1"), InteractiveCard("tpl.schema", "otid-1", {"status": "done"})
    ),
]


@pytest.mark.parametrize("message", MESSAGES)
def test_payload_round_trips_through_json(message: OutgoingMessage) -> None:
    payload = json.loads(json.dumps(message.to_payload()))
    assert OutgoingMessage.from_payload(payload) == message


def test_payload_names_its_kind_and_version() -> None:
    payload = MESSAGES[1].to_payload()
    assert payload["v"] == 1
    assert payload["kind"] == MessageKind.MARKDOWN.value
    assert payload["recipient"]["user_ids"] == ["u1", "u2"]


def test_broken_payload_is_rejected() -> None:
    with pytest.raises(ValueError, match="version"):
        OutgoingMessage.from_payload({"v": 99})
    with pytest.raises(ValueError, match="broken"):
        OutgoingMessage.from_payload({"v": 1, "kind": "text", "recipient": {"kind": "users"}})


def test_recipient_summary_hides_the_webhook_session() -> None:
    assert MESSAGES[0].recipient.summary() == "session_webhook"
    assert MESSAGES[1].recipient.summary() == "users:u1,u2"


def test_invalid_combinations_are_refused() -> None:
    with pytest.raises(ValueError, match="session webhook"):
        OutgoingMessage(Recipient.webhook("http://h"), InteractiveCard("t", "o"))
    with pytest.raises(ValueError, match="card recipient"):
        OutgoingMessage(Recipient.card("o"), Text("x"))
    with pytest.raises(ValueError, match="1 to 5"):
        ActionCard("t", "x", ())
    with pytest.raises(ValueError, match="at least one"):
        Recipient.users()


def test_robot_msg_keys_follow_the_catalog() -> None:
    assert robot_msg_key_param(Text("hi")) == ("sampleText", json.dumps({"content": "hi"}))
    key, param = robot_msg_key_param(Markdown("t", "x"))
    assert key == "sampleMarkdown"
    assert json.loads(param) == {"title": "t", "text": "x"}
    key, param = robot_msg_key_param(ActionCard("t", "x", (ActionButton("a", "u"),)))
    assert key == "sampleActionCard"
    assert json.loads(param) == {"title": "t", "text": "x", "singleTitle": "a", "singleURL": "u"}
    three = ActionCard("t", "x", tuple(ActionButton(f"b{i}", f"u{i}") for i in (1, 2, 3)))
    key, param = robot_msg_key_param(three)
    assert key == "sampleActionCard3"
    assert json.loads(param)["actionTitle3"] == "b3"
    assert json.loads(param)["actionURL1"] == "u1"
    key, _ = robot_msg_key_param(MESSAGES[3].content)
    assert key == "sampleActionCard6"


def test_webhook_bodies_match_the_wire_contract() -> None:
    assert webhook_body(Text("hi", ("u1",))) == {
        "msgtype": "text",
        "text": {"content": "hi"},
        "at": {"atUserIds": ["u1"], "isAtAll": False},
    }
    body = webhook_body(ActionCard("t", "x", (ActionButton("a", "u1"), ActionButton("b", "u2"))))
    assert body["msgtype"] == "actionCard"
    assert body["actionCard"]["btns"] == [
        {"title": "a", "actionURL": "u1"},
        {"title": "b", "actionURL": "u2"},
    ]
    with pytest.raises(ValueError, match="session webhook"):
        webhook_body(InteractiveCard("t", "o"))
