"""Normalising what the bot sends: sessionWebhook bodies and the msgKey catalog (§3, §4)."""

from __future__ import annotations

from typing import Any

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.models import Button

MSG_KEYS = {
    "sampleText",
    "sampleMarkdown",
    "sampleImageMsg",
    "sampleLink",
    "sampleActionCard",
    "sampleActionCard2",
    "sampleActionCard3",
    "sampleActionCard4",
    "sampleActionCard5",
    "sampleActionCard6",
    "sampleAudio",
    "sampleFile",
    "sampleVideo",
}


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def from_msg_key(msg_key: str, param: dict[str, Any]) -> dict[str, Any]:
    """Normalised fields (kind, title, text, buttons, url, media_id, file_name) for a msgKey."""
    if msg_key not in MSG_KEYS:
        raise errors.invalid_parameter("msgKey", f"不支持的msgKey: {msg_key}")
    if msg_key == "sampleText":
        return {"kind": "text", "text": _s(param.get("content"))}
    if msg_key == "sampleMarkdown":
        return {"kind": "markdown", "title": _s(param.get("title")), "text": _s(param.get("text"))}
    if msg_key == "sampleImageMsg":
        return {"kind": "image", "url": _s(param.get("photoURL"))}
    if msg_key == "sampleLink":
        return {
            "kind": "link",
            "title": _s(param.get("title")),
            "text": _s(param.get("text")),
            "url": _s(param.get("messageUrl")),
        }
    if msg_key == "sampleActionCard":
        buttons = [Button(title=_s(param.get("singleTitle")), url=_s(param.get("singleURL")))]
        return _card(param, buttons)
    if msg_key == "sampleActionCard6":
        buttons = []
        for n in (1, 2):
            title = param.get(f"buttonTitle{n}")
            url = param.get(f"buttonUrl{n}", param.get(f"buttonURL{n}"))
            if title is not None:
                buttons.append(Button(title=_s(title), url=_s(url)))
        return _card(param, buttons)
    if msg_key.startswith("sampleActionCard"):
        buttons = []
        for n in range(1, 6):
            title = param.get(f"actionTitle{n}")
            if title is not None:
                buttons.append(Button(title=_s(title), url=_s(param.get(f"actionURL{n}"))))
        return _card(param, buttons)
    if msg_key == "sampleFile":
        return {
            "kind": "file",
            "media_id": _s(param.get("mediaId")),
            "file_name": _s(param.get("fileName")),
            "text": _s(param.get("fileType")),
        }
    if msg_key == "sampleAudio":
        return {"kind": "audio", "media_id": _s(param.get("mediaId"))}
    return {"kind": "video", "media_id": _s(param.get("videoMediaId"))}


def _card(param: dict[str, Any], buttons: list[Button]) -> dict[str, Any]:
    return {
        "kind": "action_card",
        "title": _s(param.get("title")),
        "text": _s(param.get("text")),
        "buttons": buttons,
    }


def from_webhook(body: dict[str, Any]) -> dict[str, Any]:
    """Normalised fields for a sessionWebhook body (text, markdown, actionCard, link, feedCard)."""
    msgtype = body.get("msgtype")
    if msgtype == "text":
        return {"kind": "text", "text": _s((body.get("text") or {}).get("content"))}
    if msgtype == "markdown":
        md = body.get("markdown") or {}
        return {"kind": "markdown", "title": _s(md.get("title")), "text": _s(md.get("text"))}
    if msgtype == "actionCard":
        card = body.get("actionCard") or {}
        if card.get("singleTitle") is not None:
            buttons = [Button(title=_s(card.get("singleTitle")), url=_s(card.get("singleURL")))]
        else:
            buttons = [
                Button(title=_s(b.get("title")), url=_s(b.get("actionURL")))
                for b in card.get("btns") or []
                if isinstance(b, dict)
            ]
        return _card(card, buttons)
    if msgtype == "link":
        link = body.get("link") or {}
        return {
            "kind": "link",
            "title": _s(link.get("title")),
            "text": _s(link.get("text")),
            "url": _s(link.get("messageUrl")),
        }
    if msgtype == "feedCard":
        links = (body.get("feedCard") or {}).get("links") or []
        buttons = [
            Button(title=_s(x.get("title")), url=_s(x.get("messageURL")))
            for x in links
            if isinstance(x, dict)
        ]
        return {"kind": "feed_card", "buttons": buttons}
    raise errors.ApiError(400, "invalidParameter.msgtype", f"不支持的msgtype: {msgtype}", 40035)
