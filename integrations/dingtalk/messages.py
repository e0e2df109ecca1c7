"""The normalised outgoing message, its outbox payload, and its DingTalk wire forms."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

PAYLOAD_VERSION = 1


class MessageKind(StrEnum):
    """What is being sent."""

    TEXT = "text"
    MARKDOWN = "markdown"
    ACTION_CARD = "action_card"
    CARD = "card"
    FILE = "file"


class RecipientKind(StrEnum):
    """Where it goes."""

    SESSION_WEBHOOK = "session_webhook"
    USERS = "users"
    GROUP = "group"
    CARD = "card"  # an existing interactive card, updated by out_track_id


@dataclass(frozen=True)
class Text:
    """Plain text."""

    content: str
    at_user_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Markdown:
    """Markdown with a title (shown in notifications)."""

    title: str
    text: str
    at_user_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionButton:
    """A link button of an action card."""

    title: str
    url: str


@dataclass(frozen=True)
class ActionCard:
    """Markdown card with 1–5 link buttons (vertical) or 2 horizontal buttons."""

    title: str
    text: str
    buttons: tuple[ActionButton, ...]
    horizontal: bool = False

    def __post_init__(self) -> None:
        if not 1 <= len(self.buttons) <= 5:
            raise ValueError("an action card has 1 to 5 buttons")
        if self.horizontal and len(self.buttons) != 2:
            raise ValueError("a horizontal action card has exactly 2 buttons")


@dataclass(frozen=True)
class InteractiveCard:
    """An interactive card (card_1_0) from a template; values are strings."""

    template_id: str
    out_track_id: str
    card_data: Mapping[str, str] = field(default_factory=dict)
    private_data: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class FileMessage:
    """A file uploaded with media/upload (robot msgKey sampleFile); not sendable by webhook."""

    media_id: str
    file_name: str
    file_type: str  # extension without the dot: xlsx, pdf, zip, rar, doc, docx

    def __post_init__(self) -> None:
        if not self.media_id:
            raise ValueError("a file message needs a media id")


MessageContent = Text | Markdown | ActionCard | InteractiveCard | FileMessage


@dataclass(frozen=True)
class Recipient:
    """Who receives a message; build with the classmethods."""

    kind: RecipientKind
    session_webhook: str = ""
    webhook_expires_at_ms: int = 0
    user_ids: tuple[str, ...] = ()
    open_conversation_id: str = ""
    out_track_id: str = ""

    @classmethod
    def webhook(cls, url: str, expires_at_ms: int = 0) -> Recipient:
        """Reply through a message's sessionWebhook."""
        return cls(
            RecipientKind.SESSION_WEBHOOK, session_webhook=url, webhook_expires_at_ms=expires_at_ms
        )

    @classmethod
    def users(cls, *user_ids: str) -> Recipient:
        """One-to-one robot chats with these org users."""
        if not user_ids:
            raise ValueError("at least one user id")
        return cls(RecipientKind.USERS, user_ids=tuple(user_ids))

    @classmethod
    def group(cls, open_conversation_id: str) -> Recipient:
        """A group conversation."""
        return cls(RecipientKind.GROUP, open_conversation_id=open_conversation_id)

    @classmethod
    def card(cls, out_track_id: str) -> Recipient:
        """An already delivered interactive card."""
        return cls(RecipientKind.CARD, out_track_id=out_track_id)

    def summary(self) -> str:
        """Short description without secrets (the webhook URL carries a session key)."""
        if self.kind is RecipientKind.SESSION_WEBHOOK:
            return "session_webhook"
        if self.kind is RecipientKind.USERS:
            return ("users:" + ",".join(self.user_ids))[:255]
        if self.kind is RecipientKind.GROUP:
            return f"group:{self.open_conversation_id}"[:255]
        return f"card:{self.out_track_id}"[:255]


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to send: recipient plus content."""

    recipient: Recipient
    content: MessageContent

    def __post_init__(self) -> None:
        is_card = isinstance(self.content, InteractiveCard)
        if self.recipient.kind is RecipientKind.CARD and not is_card:
            raise ValueError("a card recipient takes interactive card content")
        if is_card and self.recipient.kind is RecipientKind.SESSION_WEBHOOK:
            raise ValueError("interactive cards cannot be sent through a session webhook")
        # The sessionWebhook accepts text, markdown, actionCard, link and feedCard only (§3).
        if isinstance(self.content, FileMessage) and self.recipient.kind in (
            RecipientKind.SESSION_WEBHOOK,
            RecipientKind.CARD,
        ):
            raise ValueError("files go one-to-one or to a group, not through a session webhook")

    @property
    def kind(self) -> MessageKind:
        """Kind of the content."""
        return _KIND[type(self.content)]

    def to_payload(self) -> dict[str, Any]:
        """JSON-able dict stored in OutboxMessage.payload."""
        r = self.recipient
        return {
            "v": PAYLOAD_VERSION,
            "recipient": {
                "kind": r.kind.value,
                "session_webhook": r.session_webhook,
                "webhook_expires_at_ms": r.webhook_expires_at_ms,
                "user_ids": list(r.user_ids),
                "open_conversation_id": r.open_conversation_id,
                "out_track_id": r.out_track_id,
            },
            "kind": self.kind.value,
            "content": _content_to_dict(self.content),
        }

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> OutgoingMessage:
        """Inverse of to_payload; raises ValueError on an unknown or broken payload."""
        if payload.get("v") != PAYLOAD_VERSION:
            raise ValueError(f"unsupported payload version {payload.get('v')!r}")
        try:
            r = payload["recipient"]
            recipient = Recipient(
                kind=RecipientKind(r["kind"]),
                session_webhook=str(r.get("session_webhook", "")),
                webhook_expires_at_ms=int(r.get("webhook_expires_at_ms", 0)),
                user_ids=tuple(str(u) for u in r.get("user_ids", ())),
                open_conversation_id=str(r.get("open_conversation_id", "")),
                out_track_id=str(r.get("out_track_id", "")),
            )
            content = _content_from_dict(MessageKind(payload["kind"]), payload["content"])
        except (KeyError, TypeError) as exc:
            raise ValueError(f"broken outbox payload: {exc!r}") from exc
        return cls(recipient, content)


_KIND: dict[type, MessageKind] = {
    Text: MessageKind.TEXT,
    Markdown: MessageKind.MARKDOWN,
    ActionCard: MessageKind.ACTION_CARD,
    InteractiveCard: MessageKind.CARD,
    FileMessage: MessageKind.FILE,
}


def _content_to_dict(content: MessageContent) -> dict[str, Any]:
    if isinstance(content, Text):
        return {"content": content.content, "at_user_ids": list(content.at_user_ids)}
    if isinstance(content, Markdown):
        return {
            "title": content.title,
            "text": content.text,
            "at_user_ids": list(content.at_user_ids),
        }
    if isinstance(content, ActionCard):
        return {
            "title": content.title,
            "text": content.text,
            "buttons": [{"title": b.title, "url": b.url} for b in content.buttons],
            "horizontal": content.horizontal,
        }
    if isinstance(content, FileMessage):
        return {
            "media_id": content.media_id,
            "file_name": content.file_name,
            "file_type": content.file_type,
        }
    return {
        "template_id": content.template_id,
        "out_track_id": content.out_track_id,
        "card_data": dict(content.card_data),
        "private_data": {uid: dict(data) for uid, data in content.private_data.items()},
    }


def _content_from_dict(kind: MessageKind, d: Mapping[str, Any]) -> MessageContent:
    if kind is MessageKind.TEXT:
        return Text(str(d["content"]), tuple(d.get("at_user_ids", ())))
    if kind is MessageKind.MARKDOWN:
        return Markdown(str(d["title"]), str(d["text"]), tuple(d.get("at_user_ids", ())))
    if kind is MessageKind.ACTION_CARD:
        buttons = tuple(ActionButton(str(b["title"]), str(b["url"])) for b in d["buttons"])
        return ActionCard(str(d["title"]), str(d["text"]), buttons, bool(d.get("horizontal")))
    if kind is MessageKind.FILE:
        return FileMessage(str(d["media_id"]), str(d["file_name"]), str(d["file_type"]))
    return InteractiveCard(
        template_id=str(d["template_id"]),
        out_track_id=str(d["out_track_id"]),
        card_data={str(k): str(v) for k, v in d.get("card_data", {}).items()},
        private_data={
            str(uid): {str(k): str(v) for k, v in data.items()}
            for uid, data in d.get("private_data", {}).items()
        },
    )


# ---------------------------------------------------------------- wire forms

# sampleActionCard6 key casing is unconfirmed (buttonUrl1 vs buttonURL1): fix it here only.
_HORIZONTAL_TITLE_KEY = "buttonTitle{n}"
_HORIZONTAL_URL_KEY = "buttonUrl{n}"


def robot_msg_key_param(content: MessageContent) -> tuple[str, str]:
    """msgKey and msgParam (JSON string) for robot batchSend / group send."""
    if isinstance(content, Text):
        key, param = "sampleText", {"content": content.content}
    elif isinstance(content, Markdown):
        key, param = "sampleMarkdown", {"title": content.title, "text": content.text}
    elif isinstance(content, ActionCard):
        param = {"title": content.title, "text": content.text}
        buttons = content.buttons
        if len(buttons) == 1:
            key = "sampleActionCard"
            param |= {"singleTitle": buttons[0].title, "singleURL": buttons[0].url}
        elif content.horizontal:
            key = "sampleActionCard6"
            for n, b in enumerate(buttons, start=1):
                param[_HORIZONTAL_TITLE_KEY.format(n=n)] = b.title
                param[_HORIZONTAL_URL_KEY.format(n=n)] = b.url
        else:
            key = f"sampleActionCard{len(buttons)}"
            for n, b in enumerate(buttons, start=1):
                param[f"actionTitle{n}"] = b.title
                param[f"actionURL{n}"] = b.url
    elif isinstance(content, FileMessage):
        key = "sampleFile"
        param = {
            "mediaId": content.media_id,
            "fileName": content.file_name,
            "fileType": content.file_type,
        }
    else:
        raise ValueError("interactive cards are sent with the card API, not a robot msgKey")
    return key, json.dumps(param, ensure_ascii=False)


def webhook_body(content: MessageContent) -> dict[str, Any]:
    """Request body for a sessionWebhook reply."""
    if isinstance(content, Text):
        return {
            "msgtype": "text",
            "text": {"content": content.content},
            "at": {"atUserIds": list(content.at_user_ids), "isAtAll": False},
        }
    if isinstance(content, Markdown):
        return {
            "msgtype": "markdown",
            "markdown": {"title": content.title, "text": content.text},
            "at": {"atUserIds": list(content.at_user_ids), "isAtAll": False},
        }
    if isinstance(content, ActionCard):
        card: dict[str, Any] = {
            "title": content.title,
            "text": content.text,
            "btnOrientation": "1" if content.horizontal else "0",
        }
        if len(content.buttons) == 1:
            card |= {"singleTitle": content.buttons[0].title, "singleURL": content.buttons[0].url}
        else:
            card["btns"] = [{"title": b.title, "actionURL": b.url} for b in content.buttons]
        return {"msgtype": "actionCard", "actionCard": card}
    if isinstance(content, FileMessage):
        raise ValueError("files cannot be sent through a session webhook; send one-to-one")
    raise ValueError("interactive cards cannot be sent through a session webhook")
