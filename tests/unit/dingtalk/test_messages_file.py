"""File messages: outbox payload round trip, robot sampleFile form, never through a webhook."""

from __future__ import annotations

import json

import pytest

from integrations.dingtalk.messages import (
    FileMessage,
    MessageKind,
    OutgoingMessage,
    Recipient,
    robot_msg_key_param,
    webhook_body,
)

FILE = FileMessage("@lAmedia123", "高级后端开发工程师-候选人.xlsx", "xlsx")


@pytest.mark.parametrize("recipient", [Recipient.users("hr_wangfang"), Recipient.group("cid1")])
def test_file_message_survives_the_outbox_payload(recipient: Recipient) -> None:
    message = OutgoingMessage(recipient, FILE)
    payload = json.loads(json.dumps(message.to_payload(), ensure_ascii=False))
    assert payload["kind"] == MessageKind.FILE.value == "file"
    assert OutgoingMessage.from_payload(payload) == message


def test_robot_form_is_sample_file_with_media_id_name_and_type() -> None:
    key, param = robot_msg_key_param(FILE)
    assert key == "sampleFile"
    assert json.loads(param) == {
        "mediaId": "@lAmedia123",
        "fileName": "高级后端开发工程师-候选人.xlsx",
        "fileType": "xlsx",
    }


def test_files_cannot_go_through_a_session_webhook() -> None:
    with pytest.raises(ValueError, match="session webhook"):
        OutgoingMessage(Recipient.webhook("http://h/robot/sendBySession?session=s"), FILE)
    with pytest.raises(ValueError, match="session webhook"):
        webhook_body(FILE)


def test_a_file_message_needs_a_media_id() -> None:
    with pytest.raises(ValueError, match="media id"):
        FileMessage("", "a.xlsx", "xlsx")
