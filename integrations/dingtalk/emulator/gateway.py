"""Stream gateway: tickets, the /connect websocket, frames, ACKs and EVENT re-delivery."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.limits import TicketBook
from integrations.dingtalk.emulator.models import EventRecord, InboundRecord, PendingEvent

log = logging.getLogger(__name__)

BOT_TOPIC = "/v1.0/im/bot/messages/get"
CARD_TOPIC = "/v1.0/card/instances/callback"
MAX_INBOUND = 2000


def _frame(kind: str, headers: dict[str, Any], data: Any) -> dict[str, Any]:
    # Every header value is a string: Go and Java SDKs decode them as map[string]string.
    return {
        "specVersion": "1.0",
        "type": kind,
        "headers": {k: str(v) for k, v in headers.items()},
        "data": json.dumps(data, ensure_ascii=False),
    }


def _parse_json(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def event_ack_ok(code: Any, data: Any) -> bool:
    """Contract §2.3: delivered only with code 200 and no `status: "LATER"` in the data."""
    if code != 200:
        return False
    return not (isinstance(data, dict) and str(data.get("status", "")).upper() == "LATER")


class Connection:
    """One open stream websocket."""

    def __init__(
        self, connection_id: str, app_key: str, subs: list[tuple[str, str]], ws: WebSocket
    ) -> None:
        self.connection_id = connection_id
        self.app_key = app_key
        self.subscriptions = subs
        self.ws = ws
        self.lock = asyncio.Lock()
        self.closed = False
        self.frames_sent = 0

    def subscribes(self, kind: str, topic: str) -> bool:
        """True when the client asked for this (type, topic)."""
        return (kind, topic) in self.subscriptions

    async def send(self, frame: dict[str, Any]) -> bool:
        """Send one frame; False if the socket is gone."""
        if self.closed:
            return False
        try:
            async with self.lock:
                await self.ws.send_text(json.dumps(frame, ensure_ascii=False))
        except (RuntimeError, OSError, WebSocketDisconnect):
            self.closed = True
            return False
        self.frames_sent += 1
        return True

    async def close(self, code: int = 1000) -> None:
        """Server-side close."""
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(RuntimeError, OSError, WebSocketDisconnect):
            if self.ws.application_state == WebSocketState.CONNECTED:
                await self.ws.close(code=code)


class Gateway:
    """The stream gateway of one emulator."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        emu.gateway = self
        self.tickets = TicketBook(emu.config.ticket_ttl_s)
        self.connections: dict[str, Connection] = {}
        self._waiters: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._wake: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._last_ping = 0.0

    # --- connection open ---------------------------------------------------------------------

    def open_connection(self, body: dict[str, Any]) -> dict[str, str]:
        """POST /v1.0/gateway/connections/open."""
        app = self.emu.app_by_credentials(
            str(body.get("clientId", "")), str(body.get("clientSecret", ""))
        )
        if app is None:
            raise errors.invalid_client()
        subs: list[tuple[str, str]] = []
        for sub in body.get("subscriptions") or []:
            if isinstance(sub, dict) and sub.get("type") and sub.get("topic"):
                subs.append((str(sub["type"]), str(sub["topic"])))
        if not subs:
            raise errors.invalid_parameter("subscriptions", "subscriptions 不能为空")
        ticket = self.tickets.issue(app.app_key, subs)
        return {"endpoint": self.emu.ws_url("/connect"), "ticket": ticket}

    async def websocket_endpoint(self, ws: WebSocket) -> None:
        """GET /connect?ticket=... : the stream websocket."""
        ticket = self.tickets.redeem(ws.query_params.get("ticket", ""))
        if ticket is None:
            await ws.close(code=1008)  # before accept: the handshake is refused with HTTP 403
            return
        await ws.accept()
        conn = Connection(uuid.uuid4().hex, ticket.app_key, ticket.subscriptions, ws)
        self.connections[conn.connection_id] = conn
        self.wake()
        try:
            while True:
                text = await ws.receive_text()
                self._handle_ack(conn, text)
        except (WebSocketDisconnect, RuntimeError, OSError):
            pass
        finally:
            conn.closed = True
            self.connections.pop(conn.connection_id, None)
            self._requeue_from(conn.connection_id)

    # --- ACKs --------------------------------------------------------------------------------

    def _handle_ack(self, conn: Connection, text: str) -> None:
        msg = _parse_json(text)
        if not isinstance(msg, dict):
            log.warning("non-JSON frame from stream client on %s", conn.connection_id)
            return
        headers = msg.get("headers") or {}
        message_id = str(headers.get("messageId", ""))
        code = msg.get("code")
        data = _parse_json(msg.get("data"))
        pending = self.emu.state.pending_events.get(message_id)
        if pending is not None:
            if event_ack_ok(code, data):
                del self.emu.state.pending_events[message_id]
                self._record_event(pending, "acked")
            else:
                pending.connection_id = ""
                self._record_event(pending, "pending")
            self.emu.touch()
        for record in reversed(self.emu.state.inbound[-200:]):
            if record.message_id == message_id:
                record.ack_code = code if isinstance(code, int) else None
                record.ack_data = data
                self.emu.touch()
                break
        waiter = self._waiters.get(message_id)
        if waiter is not None and not waiter.done():
            waiter.set_result({"code": code, "message": msg.get("message"), "data": data})

    def _record_event(self, pending: PendingEvent, status: str) -> None:
        self.emu.record_event(
            EventRecord(
                seq=self.emu.next_seq(),
                message_id=pending.message_id,
                app_key=pending.app_key,
                event_type=pending.event_type,
                status="acked" if status == "acked" else "pending",
                attempts=pending.attempts,
                data=_parse_json(pending.frame.get("data")) or {},
                time=self.emu.now(),
            )
        )

    # --- EVENTs ------------------------------------------------------------------------------

    def emit_event(self, app_key: str, event_type: str, data: dict[str, Any]) -> str:
        """Queue an EVENT for an app; the pump delivers it and re-delivers until ACKed."""
        app = self.emu.app_by_key(app_key)
        message_id = uuid.uuid4().hex
        now_ms = self.emu.now_ms()
        frame = _frame(
            "EVENT",
            {
                "topic": "*",
                "messageId": message_id,
                "contentType": "application/json",
                "time": now_ms,
                "eventType": event_type,
                "eventId": uuid.uuid4().hex,
                "eventCorpId": self.emu.org.corp_id,
                "eventBornTime": now_ms,
                "eventUnifiedAppId": app.unified_app_id if app else "",
            },
            data,
        )
        pending = PendingEvent(
            message_id=message_id,
            app_key=app_key,
            event_type=event_type,
            frame=frame,
            # The delayed-events fault holds it back; the pump sends it when due.
            next_attempt_at=self.emu.now() + self.emu.faults.stream_delay_s,
            created_at=self.emu.now(),
        )
        self.emu.state.pending_events[message_id] = pending
        self._record_event(pending, "pending")
        self.wake()
        return message_id

    def _requeue_from(self, connection_id: str) -> None:
        # Events in flight on a lost connection go out again as soon as a client reconnects.
        for pending in self.emu.state.pending_events.values():
            if pending.connection_id == connection_id:
                pending.connection_id = ""
                pending.next_attempt_at = 0.0
        self.wake()

    def _pick(self, app_key: str, kind: str, topic: str) -> Connection | None:
        live = [
            c
            for c in self.connections.values()
            if c.app_key == app_key and not c.closed and c.subscribes(kind, topic)
        ]
        return live[-1] if live else None

    async def pump(self) -> None:
        """Deliver every due pending EVENT to a live connection of its app."""
        now = self.emu.now()
        for pending in list(self.emu.state.pending_events.values()):
            if pending.next_attempt_at > now:
                continue
            conn = self._pick(pending.app_key, "EVENT", "*")
            if conn is None:
                continue
            pending.attempts += 1
            pending.next_attempt_at = now + self.emu.config.redelivery_delay_s
            pending.connection_id = conn.connection_id
            if not await conn.send(pending.frame):
                pending.next_attempt_at = 0.0
                pending.connection_id = ""
            self.emu.touch()

    # --- CALLBACKs ---------------------------------------------------------------------------

    async def push_callback(
        self, app_key: str, topic: str, data: dict[str, Any], wait_s: float = 0.0
    ) -> InboundRecord:
        """Send a CALLBACK once (no retry, like DingTalk); optionally wait for its ACK."""
        delay = self.emu.faults.stream_delay_s
        if delay > 0:
            await asyncio.sleep(delay)  # the delayed-events fault: a slow DingTalk
        app = self.emu.app_by_key(app_key)
        message_id = uuid.uuid4().hex
        record = InboundRecord(
            seq=self.emu.next_seq(),
            message_id=message_id,
            app_key=app_key,
            topic=topic,
            delivered=False,
            data=data,
            time=self.emu.now(),
        )
        self.emu.state.inbound.append(record)
        del self.emu.state.inbound[:-MAX_INBOUND]
        self.emu.touch()
        conn = self._pick(app_key, "CALLBACK", topic)
        if conn is None:
            return record
        frame = _frame(
            "CALLBACK",
            {
                "appId": app.unified_app_id if app else "",
                "connectionId": conn.connection_id,
                "contentType": "application/json",
                "messageId": message_id,
                "time": self.emu.now_ms(),
                "topic": topic,
            },
            data,
        )
        waiter: asyncio.Future[dict[str, Any]] | None = None
        if wait_s > 0:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters[message_id] = waiter
        try:
            record.delivered = await conn.send(frame)
            if waiter is not None and record.delivered:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(waiter), timeout=wait_s)
        finally:
            self._waiters.pop(message_id, None)
        return record

    # --- SYSTEM frames and control -----------------------------------------------------------

    async def send_system(self, conn: Connection, topic: str, data: dict[str, Any]) -> bool:
        """Send a SYSTEM ping or disconnect frame."""
        headers = {
            "topic": topic,
            "messageId": uuid.uuid4().hex,
            "contentType": "application/json",
            "time": self.emu.now_ms(),
        }
        return await conn.send(_frame("SYSTEM", headers, data))

    async def ping_all(self) -> int:
        """Send a SYSTEM ping to every connection."""
        sent = 0
        for conn in list(self.connections.values()):
            sent += await self.send_system(conn, "ping", {"opaque": uuid.uuid4().hex})
        return sent

    async def drop(self, app_key: str = "", mode: str = "close", code: int = 1000) -> int:
        """Server-side close (or SYSTEM disconnect) of every connection, or of one app's."""
        targets = [c for c in self.connections.values() if not app_key or c.app_key == app_key]
        for conn in targets:
            if mode == "disconnect":
                await self.send_system(conn, "disconnect", {"reason": "connection is expired"})
                self._spawn(self._close_later(conn, self.emu.config.disconnect_grace_s))
            else:
                await conn.close(code)
        return len(targets)

    async def _close_later(self, conn: Connection, delay: float) -> None:
        await asyncio.sleep(delay)
        await conn.close(1000)

    def connection_list(self) -> list[dict[str, Any]]:
        """Open connections, for the control API."""
        return [
            {
                "connection_id": c.connection_id,
                "app_key": c.app_key,
                "subscriptions": [{"type": t, "topic": p} for t, p in c.subscriptions],
                "frames_sent": c.frames_sent,
            }
            for c in self.connections.values()
            if not c.closed
        ]

    # --- background loop ---------------------------------------------------------------------

    def wake(self) -> None:
        """Ask the pump to run now."""
        if self._wake is not None:
            self._wake.set()

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def start(self) -> None:
        """Start the delivery loop (call from the server's event loop)."""
        self._wake = asyncio.Event()
        self._spawn(self._run())

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=0.2)
            self._wake.clear()
            try:
                await self.pump()
                interval = self.emu.config.ping_interval_s
                if interval > 0 and self.emu.now() - self._last_ping >= interval:
                    self._last_ping = self.emu.now()
                    await self.ping_all()
            except Exception:  # keep the gateway alive whatever one delivery does
                log.exception("stream gateway pump failed")

    async def shutdown(self) -> None:
        """Close all connections and stop background work."""
        for conn in list(self.connections.values()):
            await conn.close(1001)
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
