"""Typed inbound deliveries (robot messages, card actions, events) parsed from Stream frames."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ConversationType(StrEnum):
    """DingTalk sends "1" for single chat and "2" for group."""

    SINGLE = "1"
    GROUP = "2"


@dataclass(frozen=True)
class AtUser:
    """A user @-mentioned in a message."""

    dingtalk_id: str
    staff_id: str = ""


@dataclass(frozen=True)
class InboundMessage:
    """A message a user sent to the robot."""

    msg_id: str
    msg_type: str  # text | file | picture | richText | audio | video | ...
    conversation_id: str
    conversation_type: ConversationType
    sender_id: str
    sender_staff_id: str
    sender_nick: str
    session_webhook: str
    session_webhook_expires_at_ms: int
    created_at_ms: int = 0
    conversation_title: str = ""
    sender_corp_id: str = ""
    robot_code: str = ""
    is_in_at_list: bool = False
    at_users: tuple[AtUser, ...] = ()
    text: str = ""
    file_download_code: str = ""
    file_name: str = ""
    file_id: str = ""
    picture_download_code: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_single_chat(self) -> bool:
        """One-to-one chat with the robot."""
        return self.conversation_type is ConversationType.SINGLE


@dataclass(frozen=True)
class CardAction:
    """A click on an interactive card button."""

    delivery_id: str
    out_track_id: str
    user_id: str
    corp_id: str
    space_type: str
    space_id: str
    action_ids: tuple[str, ...]
    params: Mapping[str, Any]
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class CardUpdate:
    """How to change the card in the callback ACK."""

    card_data: Mapping[str, str] = field(default_factory=dict)
    user_private_data: Mapping[str, str] = field(default_factory=dict)

    def to_ack(self) -> dict[str, Any]:
        """The `response` object DingTalk expects in the card callback ACK."""
        return {
            "cardData": {"cardParamMap": dict(self.card_data)},
            "userPrivateData": {"cardParamMap": dict(self.user_private_data)},
            "cardUpdateOptions": {"updateCardDataByKey": True, "updatePrivateDataByKey": True},
        }


@dataclass(frozen=True)
class Event:
    """A subscribed DingTalk event (headers.eventType names it)."""

    event_id: str
    event_type: str
    corp_id: str
    born_time_ms: int
    data: Mapping[str, Any]


@dataclass(frozen=True)
class ApprovalEvent(Event):
    """bpms_instance_change or bpms_task_change."""

    process_instance_id: str = ""
    process_code: str = ""
    change_type: str = ""  # start | finish | terminate | cancel
    result: str = ""  # agree | refuse | redirect | ""
    staff_id: str = ""
    task_id: int | None = None
    business_id: str = ""
    title: str = ""
    remark: str = ""

    @property
    def is_instance_change(self) -> bool:
        """True for bpms_instance_change."""
        return self.event_type == APPROVAL_INSTANCE_EVENT


APPROVAL_INSTANCE_EVENT = "bpms_instance_change"
APPROVAL_TASK_EVENT = "bpms_task_change"


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _i(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _json_obj(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value:
        try:
            parsed = json.loads(value)
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {}


def parse_message(data: Mapping[str, Any]) -> InboundMessage:
    """Build an InboundMessage from the robot callback `data` JSON."""
    msg_type = _s(data.get("msgtype"))
    content = _json_obj(data.get("content"))
    text = ""
    if msg_type == "text":
        text = _s(_json_obj(data.get("text")).get("content")).strip()
    elif msg_type == "audio":
        text = _s(content.get("recognition"))
    elif msg_type == "richText":
        parts = content.get("richText") or []
        text = "".join(_s(p.get("text")) for p in parts if isinstance(p, dict))
    picture_code = ""
    if msg_type == "picture":
        picture_code = _s(content.get("downloadCode") or content.get("pictureDownloadCode"))
    at_users = tuple(
        AtUser(_s(u.get("dingtalkId")), _s(u.get("staffId")))
        for u in data.get("atUsers") or []
        if isinstance(u, dict)
    )
    conv_type = _s(data.get("conversationType")) or "1"
    return InboundMessage(
        msg_id=_s(data.get("msgId")),
        msg_type=msg_type,
        conversation_id=_s(data.get("conversationId")),
        conversation_type=ConversationType(conv_type if conv_type in ("1", "2") else "1"),
        sender_id=_s(data.get("senderId")),
        sender_staff_id=_s(data.get("senderStaffId")),
        sender_nick=_s(data.get("senderNick")),
        session_webhook=_s(data.get("sessionWebhook")),
        session_webhook_expires_at_ms=_i(data.get("sessionWebhookExpiredTime")),
        created_at_ms=_i(data.get("createAt")),
        conversation_title=_s(data.get("conversationTitle")),
        sender_corp_id=_s(data.get("senderCorpId")),
        robot_code=_s(data.get("robotCode")),
        is_in_at_list=bool(data.get("isInAtList")),
        at_users=at_users,
        text=text,
        file_download_code=_s(content.get("downloadCode")) if msg_type == "file" else "",
        file_name=_s(content.get("fileName")),
        file_id=_s(content.get("fileId")),
        picture_download_code=picture_code,
        raw=dict(data),
    )


def parse_card_action(data: Mapping[str, Any], delivery_id: str) -> CardAction:
    """Build a CardAction from the card callback `data` JSON (content is a JSON string)."""
    content = _json_obj(data.get("content"))
    private = _json_obj(content.get("cardPrivateData"))
    action_ids = tuple(_s(a) for a in private.get("actionIds") or [])
    params = private.get("params") if isinstance(private.get("params"), dict) else {}
    return CardAction(
        delivery_id=delivery_id,
        out_track_id=_s(data.get("outTrackId")),
        user_id=_s(data.get("userId")),
        corp_id=_s(data.get("corpId")),
        space_type=_s(data.get("spaceType")),
        space_id=_s(data.get("spaceId")),
        action_ids=action_ids,
        params=dict(params or {}),
        raw=dict(data),
    )


def parse_event(
    event_id: str, event_type: str, corp_id: str, born_time_ms: int, data: Mapping[str, Any]
) -> Event:
    """Build an Event, or an ApprovalEvent for the bpms events."""
    # Rely on headers.eventType; data may or may not repeat EventType.
    kind = event_type or _s(data.get("EventType"))
    if kind not in (APPROVAL_INSTANCE_EVENT, APPROVAL_TASK_EVENT):
        return Event(event_id, kind, corp_id, born_time_ms, dict(data))
    task_id = data.get("taskId")
    return ApprovalEvent(
        event_id=event_id,
        event_type=kind,
        corp_id=corp_id or _s(data.get("corpId")),
        born_time_ms=born_time_ms,
        data=dict(data),
        process_instance_id=_s(data.get("processInstanceId")),
        process_code=_s(data.get("processCode")),
        change_type=_s(data.get("type")),
        result=_s(data.get("result")),
        staff_id=_s(data.get("staffId")),
        task_id=_i(task_id) if task_id is not None else None,
        business_id=_s(data.get("businessId")),
        title=_s(data.get("title")),
        remark=_s(data.get("remark")),
    )
