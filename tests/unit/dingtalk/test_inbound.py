"""Parsing Stream frame data into typed inbound objects."""

from __future__ import annotations

import json

from integrations.dingtalk.inbound import (
    ApprovalEvent,
    ConversationType,
    Event,
    parse_card_action,
    parse_event,
    parse_message,
)

BASE = {
    "conversationId": "cid1",
    "conversationType": "1",
    "msgId": "m1",
    "senderId": "$:LWCP",
    "senderNick": "张三",
    "senderStaffId": "staff1",
    "sessionWebhook": "http://h/robot/sendBySession?session=x",
    "sessionWebhookExpiredTime": 1695289035996,
    "createAt": 1695283635765,
    "robotCode": "dingapp",
}


def test_text_message_is_parsed() -> None:
    msg = parse_message(
        {
            **BASE,
            "msgtype": "text",
            "text": {"content": " 你好 "},
            "atUsers": [{"dingtalkId": "d1", "staffId": "s1"}],
        }
    )
    assert msg.text == "你好"
    assert msg.conversation_type is ConversationType.SINGLE
    assert msg.is_single_chat
    assert msg.sender_staff_id == "staff1"
    assert msg.session_webhook_expires_at_ms == 1695289035996
    assert msg.at_users[0].staff_id == "s1"


def test_file_message_exposes_the_download_code_and_name() -> None:
    msg = parse_message(
        {
            **BASE,
            "msgtype": "file",
            "content": {"downloadCode": "DC", "fileName": "cv.pdf", "fileId": "F1", "spaceId": "S"},
        }
    )
    assert (msg.file_download_code, msg.file_name, msg.file_id) == ("DC", "cv.pdf", "F1")


def test_picture_message_exposes_its_download_code() -> None:
    msg = parse_message(
        {**BASE, "msgtype": "picture", "content": {"pictureDownloadCode": "P", "downloadCode": "D"}}
    )
    assert msg.picture_download_code == "D"


def test_group_message_is_marked_group() -> None:
    msg = parse_message(
        {**BASE, "conversationType": "2", "msgtype": "text", "text": {"content": "x"}}
    )
    assert msg.conversation_type is ConversationType.GROUP


def test_card_action_decodes_the_json_string_content() -> None:
    content = json.dumps(
        {"cardPrivateData": {"actionIds": ["btn_accept"], "params": {"action": "accept"}}}
    )
    action = parse_card_action(
        {"outTrackId": "o1", "userId": "u1", "content": content, "spaceType": "IM"}, "mid"
    )
    assert action.action_ids == ("btn_accept",)
    assert action.params == {"action": "accept"}
    assert action.out_track_id == "o1"
    assert action.delivery_id == "mid"


def test_approval_events_are_typed_by_header_event_type() -> None:
    ev = parse_event(
        "e1",
        "bpms_instance_change",
        "corp",
        1,
        {
            "processInstanceId": "pi",
            "type": "finish",
            "result": "agree",
            "staffId": "u1",
            "processCode": "PROC",
        },
    )
    assert isinstance(ev, ApprovalEvent)
    assert (ev.process_instance_id, ev.change_type, ev.result) == ("pi", "finish", "agree")
    task = parse_event(
        "e2", "bpms_task_change", "corp", 1, {"taskId": 61920249919, "type": "finish"}
    )
    assert isinstance(task, ApprovalEvent)
    assert task.task_id == 61920249919
    assert not task.is_instance_change


def test_other_events_stay_generic() -> None:
    ev = parse_event("e3", "user_add_org", "corp", 1, {"userId": ["u9"]})
    assert type(ev) is Event
    assert ev.event_type == "user_add_org"
