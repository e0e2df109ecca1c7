"""Robot APIs: sessionWebhook, proactive sends, file download and media upload (contract §3, §4)."""

from __future__ import annotations

import base64
import secrets
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.api import Ctx, api_route, emulator_of, parse_json_param
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.messages import from_msg_key, from_webhook
from integrations.dingtalk.emulator.models import Blob, Conversation


def conversation_recipient(emu: Emulator, conv: Conversation) -> str:
    """Who a conversation reaches: the user (single chat) or the group id."""
    if conv.conversation_type == "1" and conv.member_union_ids:
        user = emu.user_by_union(conv.member_union_ids[0])
        if user is not None:
            return user.user_id or user.union_id
    return conv.conversation_id


def _robot_app_key(ctx: Ctx) -> str:
    robot_code = str(ctx.field("robotCode"))
    app = ctx.emu.app_by_key(robot_code)
    if app is None:
        raise errors.not_found("robot", f"机器人不存在: {robot_code}")
    return app.app_key


async def send_by_session(request: Request) -> Response:
    """POST /robot/sendBySession?session=... (no token; the URL is the credential)."""
    emu = emulator_of(request)
    fault = emu.faults.take_path_fault(request.url.path)
    if fault is not None:
        err = (
            errors.qps_limited() if fault.kind == "throttle" else errors.server_error(fault.status)
        )
        return errors.error_response(err, "old")
    hook = emu.state.sessions.get(request.query_params.get("session", ""))
    if hook is None or hook.expires_at <= emu.now():
        return JSONResponse({"errcode": errors.SESSION_EXPIRED_ERRCODE, "errmsg": "session 不存在"})
    try:
        body = await request.json()
        normalised = from_webhook(body if isinstance(body, dict) else {})
    except errors.ApiError as err:
        return JSONResponse({"errcode": err.errcode, "errmsg": err.message})
    except ValueError:
        return JSONResponse({"errcode": 40035, "errmsg": "请求体不是合法的JSON"})
    conv = emu.state.conversations.get(hook.conversation_id)
    recipient = conversation_recipient(emu, conv) if conv else hook.conversation_id
    emu.record_sent(
        app_key=hook.app_key,
        recipient=recipient,
        channel="session_webhook",
        conversation_id=hook.conversation_id,
        at=body.get("at") or {},
        raw=body,
        **normalised,
    )
    return JSONResponse({"errcode": 0, "errmsg": "ok"})


async def batch_send_oto(ctx: Ctx) -> Response:
    """POST /v1.0/robot/oToMessages/batchSend."""
    app_key = _robot_app_key(ctx)
    user_ids = ctx.field("userIds")
    if not isinstance(user_ids, list) or not user_ids or len(user_ids) > 20:
        raise errors.invalid_parameter("userIds", "userIds 必须是1到20个用户ID")
    msg_key = str(ctx.field("msgKey"))
    normalised = from_msg_key(msg_key, parse_json_param(ctx.field("msgParam"), "msgParam"))
    _refuse_if_throttled(ctx)
    key = secrets.token_urlsafe(24)
    invalid: list[str] = []
    flow_controlled: list[str] = []
    for user_id in user_ids:
        if ctx.emu.staff(str(user_id)) is None:
            invalid.append(str(user_id))
            continue
        if ctx.emu.faults.robot_flow_controlled():
            # Listed in flowControlledStaffIdList and not delivered (OD:chatbots-send-one-on-one-
            # chat-messages-in-batches): the caller has to send to them again later.
            flow_controlled.append(str(user_id))
            continue
        ctx.emu.record_sent(
            app_key=app_key,
            recipient=str(user_id),
            channel="oto",
            msg_key=msg_key,
            process_query_key=key,
            raw=ctx.body,
            **normalised,
        )
    return ctx.ok(
        {
            "processQueryKey": key,
            "invalidStaffIdList": invalid,
            "flowControlledStaffIdList": flow_controlled,
            "filteredStaffIdList": [],
        }
    )


def _refuse_if_throttled(ctx: Ctx) -> None:
    code = ctx.emu.faults.robot_refusal()
    if code is not None:
        raise errors.robot_throttled(code)


def _group_or_single(ctx: Ctx, conv_type: str) -> Conversation:
    conv_id = str(ctx.field("openConversationId"))
    conv = ctx.emu.state.conversations.get(conv_id)
    if conv is None or conv.conversation_type != conv_type:
        raise errors.invalid_parameter("openConversationId", f"会话不存在: {conv_id}")
    return conv


async def group_send(ctx: Ctx) -> Response:
    """POST /v1.0/robot/groupMessages/send."""
    app_key = _robot_app_key(ctx)
    conv = _group_or_single(ctx, "2")
    msg_key = str(ctx.field("msgKey"))
    normalised = from_msg_key(msg_key, parse_json_param(ctx.field("msgParam"), "msgParam"))
    _refuse_if_throttled(ctx)
    key = secrets.token_urlsafe(24)
    at_ids = ctx.body.get("atUserIds")
    ctx.emu.record_sent(
        app_key=app_key,
        recipient=conv.conversation_id,
        channel="group",
        conversation_id=conv.conversation_id,
        msg_key=msg_key,
        process_query_key=key,
        at={"atUserIds": at_ids} if at_ids else {},
        raw=ctx.body,
        **normalised,
    )
    return ctx.ok({"processQueryKey": key})


async def private_chat_send(ctx: Ctx) -> Response:
    """POST /v1.0/robot/privateChatMessages/send."""
    app_key = _robot_app_key(ctx)
    conv = _group_or_single(ctx, "1")
    msg_key = str(ctx.field("msgKey"))
    normalised = from_msg_key(msg_key, parse_json_param(ctx.field("msgParam"), "msgParam"))
    key = secrets.token_urlsafe(24)
    ctx.emu.record_sent(
        app_key=app_key,
        recipient=conversation_recipient(ctx.emu, conv),
        channel="private_chat",
        conversation_id=conv.conversation_id,
        msg_key=msg_key,
        process_query_key=key,
        raw=ctx.body,
        **normalised,
    )
    return ctx.ok({"processQueryKey": key})


async def read_status(ctx: Ctx) -> Response:
    """GET /v1.0/robot/oToMessages/readStatus?robotCode=&processQueryKey=."""
    key = ctx.query("processQueryKey")
    sent = [m for m in ctx.emu.state.sent if key and m.process_query_key == key]
    if not sent:
        raise errors.invalid_parameter("processQueryKey", "processQueryKey 不存在")
    infos: list[dict[str, Any]] = []
    for msg in sent:
        user = ctx.emu.staff(msg.recipient)
        infos.append(
            {
                "name": user.name if user else "",
                "userId": msg.recipient,
                "readStatus": "UNREAD",
                "readTimestamp": 0,
            }
        )
    return ctx.ok({"sendStatus": "SUCCESS", "messageReadInfoList": infos})


async def file_download(ctx: Ctx) -> Response:
    """POST /v1.0/robot/messageFiles/download -> a temporary URL on this emulator."""
    _robot_app_key(ctx)
    code = str(ctx.field("downloadCode"))
    if code not in ctx.emu.state.files:
        raise errors.not_found("downloadCode", "文件不存在或下载码已失效")
    token = secrets.token_urlsafe(24)
    ctx.emu.state.download_urls[token] = code
    return ctx.ok({"downloadUrl": ctx.emu.url(f"/files/{token}")})


async def serve_file(request: Request) -> Response:
    """GET /files/{token}: the bytes behind a downloadUrl."""
    emu = emulator_of(request)
    code = emu.state.download_urls.get(request.path_params["token"], "")
    blob = emu.state.files.get(code)
    if blob is None:
        return Response(b"not found", status_code=404, media_type="text/plain")
    return Response(
        base64.b64decode(blob.content_b64),
        media_type=blob.media_type or "application/octet-stream",
    )


async def media_upload(ctx: Ctx) -> Response:
    """POST /media/upload?access_token=&type= with multipart `media` (as upload_to_dingtalk)."""
    async with ctx.request.form() as form:
        media = form.get("media")
        media_type = str(form.get("type") or ctx.query("type") or "file")
        if not isinstance(media, UploadFile):
            raise errors.invalid_parameter("media", "缺少文件 media", errcode=40004)
        content = await media.read()
        file_name = media.filename or "file"
        mime = media.content_type or "application/octet-stream"
    media_id = "@lA" + secrets.token_urlsafe(24)
    ctx.emu.state.media[media_id] = Blob(
        key=media_id,
        file_name=file_name,
        media_type=mime,
        content_b64=base64.b64encode(content).decode(),
        created_at=ctx.emu.now(),
    )
    return ctx.ok({"type": media_type, "media_id": media_id, "created_at": ctx.emu.now_ms()})


def routes() -> list[BaseRoute]:
    """The routes of this family."""
    return [
        Route("/robot/sendBySession", send_by_session, methods=["POST"]),
        Route("/files/{token}", serve_file, methods=["GET"]),
        api_route("POST", "/v1.0/robot/oToMessages/batchSend", batch_send_oto),
        api_route("POST", "/v1.0/robot/groupMessages/send", group_send),
        api_route("POST", "/v1.0/robot/privateChatMessages/send", private_chat_send),
        api_route("GET", "/v1.0/robot/oToMessages/readStatus", read_status),
        api_route("POST", "/v1.0/robot/messageFiles/download", file_download),
        api_route("POST", "/media/upload", media_upload, family="old"),
    ]
