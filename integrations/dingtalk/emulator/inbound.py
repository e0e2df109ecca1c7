"""Messages users send to the bot, built as DingTalk robot-message payloads (contract §3)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.core import Emulator, dingtalk_id
from integrations.dingtalk.emulator.gateway import BOT_TOPIC
from integrations.dingtalk.emulator.models import App, Blob, Conversation, SessionHook, User

MEDIA_TYPES = {"file", "audio", "video"}  # single chat only in DingTalk


def _bad(message: str) -> errors.ApiError:
    return errors.ApiError(400, "emulator.badRequest", message, 40035)


def single_conversation(emu: Emulator, app: App, user: User) -> Conversation:
    """The 1:1 chat between a user and the bot (stable id)."""
    digest = hashlib.sha256(f"{app.app_key}:{user.union_id}".encode()).digest()[:24]
    cid = "cid" + base64.b64encode(digest).decode()
    conv = emu.state.conversations.get(cid)
    if conv is None:
        conv = Conversation(
            conversation_id=cid,
            conversation_type="1",
            member_union_ids=[user.union_id],
            app_key=app.app_key,
        )
        emu.state.conversations[cid] = conv
    return conv


def group_conversation(
    emu: Emulator,
    app: App,
    conversation_id: str = "",
    title: str = "",
    members: list[User] | None = None,
) -> Conversation:
    """A group with the bot in it, created on first use."""
    cid = conversation_id or "cid" + base64.b64encode(secrets.token_bytes(24)).decode()
    conv = emu.state.conversations.get(cid)
    if conv is None:
        conv = Conversation(
            conversation_id=cid, conversation_type="2", title=title or "招聘群", app_key=app.app_key
        )
        emu.state.conversations[cid] = conv
    for member in members or []:
        if member.union_id not in conv.member_union_ids:
            conv.member_union_ids.append(member.union_id)
    if title:
        conv.title = title
    return conv


def store_file(emu: Emulator, content: bytes, file_name: str, media_type: str = "") -> str:
    """Keep bytes the bot may download; returns their downloadCode."""
    code = "DC" + secrets.token_urlsafe(24)
    emu.state.files[code] = Blob(
        key=code,
        file_name=file_name,
        media_type=media_type or "application/octet-stream",
        content_b64=base64.b64encode(content).decode(),
        created_at=emu.now(),
    )
    emu.touch()
    return code


def _b64(spec: dict[str, Any], key: str = "content_b64") -> bytes:
    try:
        return base64.b64decode(str(spec.get(key) or ""), validate=True)
    except ValueError as exc:
        raise _bad(f"{key} 不是合法的base64") from exc


def _content(emu: Emulator, msgtype: str, spec: dict[str, Any]) -> dict[str, Any]:
    if msgtype == "text":
        return {"text": {"content": str(spec.get("text") or "")}}
    if msgtype == "picture":
        code = store_file(emu, _b64(spec), str(spec.get("file_name") or "image.png"), "image/png")
        return {"content": {"pictureDownloadCode": code, "downloadCode": code}}
    if msgtype == "file":
        name = str(spec.get("file_name") or "file.bin")
        code = store_file(emu, _b64(spec), name, str(spec.get("media_type") or ""))
        return {
            "content": {
                "spaceId": str(secrets.randbelow(10**12)),
                "fileName": name,
                "downloadCode": code,
                "fileId": str(secrets.randbelow(10**12)),
            }
        }
    if msgtype == "audio":
        code = store_file(emu, _b64(spec), str(spec.get("file_name") or "voice.amr"), "audio/amr")
        return {
            "content": {
                "downloadCode": code,
                "recognition": str(spec.get("recognition") or ""),
                "duration": int(spec.get("duration") or 0),
            }
        }
    if msgtype == "video":
        code = store_file(emu, _b64(spec), str(spec.get("file_name") or "video.mp4"), "video/mp4")
        return {
            "content": {
                "duration": int(spec.get("duration") or 0),
                "videoType": "mp4",
                "downloadCode": code,
            }
        }
    if msgtype == "richText":
        parts: list[dict[str, Any]] = []
        for part in spec.get("rich_text") or []:
            if not isinstance(part, dict):
                continue
            if "text" in part:
                parts.append({"text": str(part["text"])})
            else:
                code = store_file(emu, _b64(part), str(part.get("file_name") or "image.png"))
                parts.append({"pictureDownloadCode": code, "downloadCode": code, "type": "picture"})
        return {"content": {"richText": parts}}
    raise _bad(f"不支持的消息类型: {msgtype}")


async def send_to_bot(emu: Emulator, spec: dict[str, Any]) -> dict[str, Any]:
    """Deliver a user's message to the bot over the stream (fire-and-forget, like DingTalk)."""
    sender = emu.user_by_ref(str(spec.get("from_user") or ""))
    if sender is None:
        raise _bad(f"发送人不存在: {spec.get('from_user')}")
    app = emu.app_by_key(str(spec.get("app_key") or "")) or emu.default_app()
    chat = str(spec.get("chat") or "single")
    msgtype = str(spec.get("msgtype") or "text")
    if chat not in ("single", "group"):
        raise _bad("chat 只能是 single 或 group")
    if chat == "single" and sender.external:
        raise _bad("外部用户不能与企业内部机器人单聊，请使用群聊")
    if chat == "group" and msgtype in MEDIA_TYPES:
        raise _bad("群聊中不能向机器人发送文件、语音或视频")
    at_users = [u for u in (emu.user_by_ref(str(r)) for r in spec.get("at_users") or []) if u]
    if chat == "single":
        conv = single_conversation(emu, app, sender)
        at_bot = True
    else:
        conv = group_conversation(
            emu,
            app,
            str(spec.get("conversation_id") or ""),
            str(spec.get("conversation_title") or ""),
            [sender, *at_users],
        )
        at_bot = bool(spec.get("at_bot", True))
    now_ms = emu.now_ms()
    bot_id = dingtalk_id("bot:" + app.app_key)
    session = secrets.token_urlsafe(24)
    expires_ms = now_ms + int(emu.config.session_webhook_ttl_s * 1000)
    emu.state.sessions[session] = SessionHook(
        session=session,
        conversation_id=conv.conversation_id,
        app_key=app.app_key,
        sender_union_id=sender.union_id,
        expires_at=expires_ms / 1000,
    )
    data: dict[str, Any] = {
        "conversationId": conv.conversation_id,
        "conversationType": conv.conversation_type,
        "chatbotCorpId": emu.org.corp_id,
        "chatbotUserId": bot_id,
        "robotCode": app.robot_code,
        "msgId": "msg" + base64.b64encode(secrets.token_bytes(18)).decode(),
        "msgtype": msgtype,
        "createAt": now_ms,
        "senderId": sender.dingtalk_id,
        "senderNick": sender.name,
        "senderStaffId": sender.user_id,
        "senderUnionId": sender.union_id,
        "senderCorpId": "" if sender.external else emu.org.corp_id,
        "isAdmin": sender.is_admin,
        "isInAtList": at_bot,
        "sessionWebhook": emu.url(f"/robot/sendBySession?session={session}"),
        "sessionWebhookExpiredTime": expires_ms,
    }
    if chat == "group":
        data["conversationTitle"] = conv.title
        at_list = [{"dingtalkId": bot_id}] if at_bot else []
        at_list += [{"dingtalkId": u.dingtalk_id, "staffId": u.user_id} for u in at_users]
        data["atUsers"] = at_list
    data.update(_content(emu, msgtype, spec))
    emu.touch()
    result: dict[str, Any] = {
        "msg_id": data["msgId"],
        "conversation_id": conv.conversation_id,
        "session_webhook": data["sessionWebhook"],
        "delivered": False,
        "reason": "",
        "data": data,
    }
    if chat == "group" and not at_bot:
        # DingTalk only pushes group messages that @ the bot.
        result["reason"] = "群消息未@机器人，机器人收不到"
        return result
    assert emu.gateway is not None
    record = await emu.gateway.push_callback(
        app.app_key, BOT_TOPIC, data, wait_s=float(spec.get("wait_ack_s") or 0)
    )
    result.update(
        {
            "delivered": record.delivered,
            "message_id": record.message_id,
            "ack_code": record.ack_code,
            "reason": "" if record.delivered else "机器人没有在线的Stream连接",
        }
    )
    return result
