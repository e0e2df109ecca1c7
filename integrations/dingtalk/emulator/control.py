"""Control API under /_emulator: drive the fake org (users, messages, clicks, approvals, faults)."""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.api import emulator_of
from integrations.dingtalk.emulator.control_approvals import approval_routes
from integrations.dingtalk.emulator.control_limits import limit_routes
from integrations.dingtalk.emulator.control_org import org_routes
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.gateway import CARD_TOPIC
from integrations.dingtalk.emulator.inbound import send_to_bot, store_file
from integrations.dingtalk.emulator.limits import PathFault
from integrations.dingtalk.emulator.routes_auth import issue_auth_code
from integrations.dingtalk.emulator.routes_card import apply_callback_response

ControlHandler = Callable[[Request, Emulator, dict[str, Any]], Awaitable[Any]]


def bad(message: str, status: int = 400) -> errors.ApiError:
    """A control-API error."""
    return errors.ApiError(status, "emulator.badRequest", message)


def control_route(method: str, path: str, handler: ControlHandler) -> Route:
    """A control route: JSON in, JSON out, errors as {"error","message"}."""

    async def endpoint(request: Request) -> Response:
        emu = emulator_of(request)
        try:
            body = await _body(request) if method in ("POST", "PUT") else {}
            result = await handler(request, emu, body)
        except errors.ApiError as err:
            return JSONResponse({"error": err.code, "message": err.message}, err.status)
        if method != "GET":
            emu.touch()
        return result if isinstance(result, Response) else JSONResponse(result)

    return Route(path, endpoint, methods=[method])


async def _body(request: Request) -> dict[str, Any]:
    if "multipart/form-data" in request.headers.get("content-type", ""):
        out: dict[str, Any] = {}
        async with request.form() as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    out["content_b64"] = base64.b64encode(await value.read()).decode()
                    out.setdefault("file_name", value.filename or "file.bin")
                    if value.content_type:
                        out.setdefault("media_type", value.content_type)
                else:
                    out[key] = value
        return out
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise bad("请求体不是合法的JSON") from exc
    if not isinstance(data, dict):
        raise bad("请求体必须是JSON对象")
    return data


def _since(request: Request) -> int:
    try:
        return int(request.query_params.get("since", "0"))
    except ValueError as exc:
        raise bad("since 必须是整数") from exc


# --- messages and files ------------------------------------------------------------------------


async def send_message(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """A user sends text/file/picture/richText/audio/video to the bot."""
    if "at_users" in body and isinstance(body["at_users"], str):
        body["at_users"] = [u for u in body["at_users"].split(",") if u]
    if isinstance(body.get("at_bot"), str):
        body["at_bot"] = body["at_bot"].lower() not in ("0", "false", "no")
    return await send_to_bot(emu, body)


async def upload_file(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Store bytes and return a downloadCode."""
    try:
        content = base64.b64decode(str(body.get("content_b64") or ""), validate=True)
    except ValueError as exc:
        raise bad("content_b64 不是合法的base64") from exc
    code = store_file(emu, content, str(body.get("file_name") or "file.bin"))
    return {"download_code": code}


async def list_sent(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Everything the bot sent, filtered by since/recipient/channel/kind."""
    since = _since(request)
    q = request.query_params
    items = [
        m.model_dump()
        for m in emu.state.sent
        if m.seq > since
        and (not q.get("recipient") or m.recipient == q["recipient"])
        and (not q.get("channel") or m.channel == q["channel"])
        and (not q.get("kind") or m.kind == q["kind"])
    ]
    return {"items": items, "last_seq": emu.state.next_seq - 1}


async def get_media(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """The bytes of an uploaded media_id."""
    blob = emu.state.media.get(request.path_params["media_id"])
    if blob is None:
        raise bad("media_id 不存在", 404)
    return Response(
        base64.b64decode(blob.content_b64),
        media_type=blob.media_type or "application/octet-stream",
        headers={"x-file-name": base64.b64encode(blob.file_name.encode()).decode()},
    )


async def list_inbound(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """CALLBACKs pushed to the bot and their ACKs."""
    since = _since(request)
    return {"items": [r.model_dump() for r in emu.state.inbound if r.seq > since]}


# --- cards -------------------------------------------------------------------------------------


async def list_cards(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """All cards with their current data."""
    return {"items": [c.model_dump() for c in emu.state.cards.values()]}


async def get_card(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """One card."""
    card = emu.state.cards.get(request.path_params["out_track_id"])
    if card is None:
        raise bad("卡片不存在", 404)
    return card.model_dump()


async def click_card(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """A user clicks a card button: CALLBACK to the bot, then apply its ACK response."""
    card = emu.state.cards.get(request.path_params["out_track_id"])
    if card is None:
        raise bad("卡片不存在", 404)
    user_id = str(body.get("user_id") or "")
    if emu.user_by_ref(user_id) is None:
        raise bad(f"用户不存在: {user_id}")
    if card.callback_type != "STREAM":
        raise bad("该卡片不是 STREAM 回调模式")
    space = card.spaces[0] if card.spaces else None
    private = {"actionIds": list(body.get("action_ids") or []), "params": body.get("params") or {}}
    data: dict[str, Any] = {
        "type": "actionCallback",
        "outTrackId": card.out_track_id,
        "corpId": emu.org.corp_id,
        "userId": user_id,
        "userIdType": 1,
        "spaceType": "IM",
        "spaceId": space.space_id if space else "",
        "extension": "{}",
        "content": json.dumps({"cardPrivateData": private}, ensure_ascii=False),
    }
    if body.get("value") is not None:
        data["value"] = str(body["value"])
    assert emu.gateway is not None
    wait_s = float(body.get("wait_s") or emu.config.callback_ack_timeout_s)
    record = await emu.gateway.push_callback(card.app_key, CARD_TOPIC, data, wait_s=wait_s)
    response = record.ack_data.get("response") if isinstance(record.ack_data, dict) else None
    changed = bool(record.ack_code == 200 and apply_callback_response(emu, card, user_id, response))
    return {
        "delivered": record.delivered,
        "acked": record.ack_code is not None,
        "ack_code": record.ack_code,
        "response": response,
        "changed": changed,
        "card": card.model_dump(),
    }


# --- stream, tokens, faults, events ------------------------------------------------------------


async def list_connections(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Open stream connections."""
    assert emu.gateway is not None
    return {"items": emu.gateway.connection_list()}


async def drop_connections(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Server-side close (mode close) or SYSTEM disconnect (mode disconnect)."""
    assert emu.gateway is not None
    mode = str(body.get("mode") or "close")
    if mode not in ("close", "disconnect"):
        raise bad("mode 只能是 close 或 disconnect")
    count = await emu.gateway.drop(
        str(body.get("app_key") or ""), mode, int(body.get("code") or 1000)
    )
    return {"dropped": count}


async def ping_connections(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Send a SYSTEM ping to every connection."""
    assert emu.gateway is not None
    return {"pinged": await emu.gateway.ping_all()}


async def expire_tokens(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Expire app tokens, user tokens or all."""
    kind = str(body.get("kind") or "all")
    if kind not in ("all", "app", "user"):
        raise bad("kind 只能是 all、app 或 user")
    return {"expired": emu.expire_tokens(kind)}


async def expire_sessions(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Expire every sessionWebhook."""
    for hook in emu.state.sessions.values():
        hook.expires_at = min(hook.expires_at, emu.now() - 1)
    return {"expired": len(emu.state.sessions)}


async def issue_code(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """A temporary auth code for a user (staff for 免登, anyone for OAuth2)."""
    user = emu.user_by_ref(
        str(body.get("user") or body.get("user_id") or body.get("union_id") or "")
    )
    if user is None:
        raise bad("用户不存在")
    return {
        "auth_code": issue_auth_code(emu, user),
        "user_id": user.user_id,
        "union_id": user.union_id,
    }


async def add_fault(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Fail the next N calls of a path with an error status/code, or throttle them."""
    path = str(body.get("path") or "")
    if not path.startswith("/"):
        raise bad("path 必须以 / 开头")
    kind = str(body.get("kind") or "error")
    if kind not in ("error", "throttle", "lost_answer", "slow"):
        raise bad("kind 只能是 error、throttle、lost_answer 或 slow")
    fault = PathFault(
        path=path,
        count=int(body.get("count") or 1),
        kind=kind,
        status=int(body.get("status") or 500),
        code=str(body.get("code") or ""),
        message=str(body.get("message") or ""),
        delay_s=float(body.get("delay_s") or 0.0),
    )
    emu.faults.add_path_fault(fault)
    return {"armed": True}


async def drop_events(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Drop the next N events of a type ("*" = any)."""
    emu.faults.drop_events(str(body.get("event_type") or "*"), int(body.get("count") or 1))
    return {"armed": True, "event_drops": emu.faults.event_drops}


async def delay_stream(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Hold every stream push (events, messages, card clicks) for delay_s seconds (0 = off)."""
    try:
        delay = float(body.get("delay_s") or 0.0)
    except (TypeError, ValueError):
        raise bad("delay_s 必须是秒数") from None
    if not 0 <= delay <= 600:
        raise bad("delay_s 必须在 0 到 600 秒之间")
    emu.faults.stream_delay_s = delay
    return {"stream_delay_s": delay}


async def list_faults(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Armed faults."""
    return {
        "path_faults": [vars(f) for f in emu.faults.path_faults],
        "event_drops": emu.faults.event_drops,
        "stream_delay_s": emu.faults.stream_delay_s,
    }


async def clear_faults(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Disarm all faults."""
    emu.faults.clear()
    return {"cleared": True}


async def list_events(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Event records (pending/acked/dropped), filtered by since and event_type."""
    since = _since(request)
    etype = request.query_params.get("event_type", "")
    items = [
        e.model_dump()
        for e in emu.state.events
        if e.seq > since and (not etype or e.event_type == etype)
    ]
    return {"items": items, "pending": len(emu.state.pending_events)}


async def emit_event(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Emit any EVENT (e.g. hrm_mdm_user_change) to the bot."""
    event_type = str(body.get("event_type") or "")
    if not event_type:
        raise bad("缺少 event_type")
    data = body.get("data") or {}
    return {"message_ids": emu.emit_event(event_type, data if isinstance(data, dict) else {})}


def routes() -> list[BaseRoute]:
    """All control routes."""
    c = control_route
    return [
        *org_routes(control_route),
        *limit_routes(control_route),
        *approval_routes(control_route),
        c("POST", "/_emulator/messages/send", send_message),
        c("POST", "/_emulator/files", upload_file),
        c("GET", "/_emulator/sent", list_sent),
        c("GET", "/_emulator/media/{media_id}", get_media),
        c("GET", "/_emulator/inbound", list_inbound),
        c("GET", "/_emulator/cards", list_cards),
        c("GET", "/_emulator/cards/{out_track_id}", get_card),
        c("POST", "/_emulator/cards/{out_track_id}/click", click_card),
        c("GET", "/_emulator/connections", list_connections),
        c("POST", "/_emulator/connections/drop", drop_connections),
        c("POST", "/_emulator/connections/ping", ping_connections),
        c("POST", "/_emulator/tokens/expire", expire_tokens),
        c("POST", "/_emulator/sessions/expire", expire_sessions),
        c("POST", "/_emulator/auth-codes", issue_code),
        c("POST", "/_emulator/faults", add_fault),
        c("POST", "/_emulator/faults/events", drop_events),
        c("POST", "/_emulator/faults/delay", delay_stream),
        c("GET", "/_emulator/faults", list_faults),
        c("DELETE", "/_emulator/faults", clear_faults),
        c("GET", "/_emulator/events", list_events),
        c("POST", "/_emulator/events", emit_event),
    ]
