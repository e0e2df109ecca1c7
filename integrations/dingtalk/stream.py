"""Inbound Stream bridge: dingtalk-stream 0.24.3 in a daemon thread, handlers on our loop.

dingtalk-stream 0.24.3 quirks and how they are handled here:
- `DingTalkStreamClient.start()` swallows CancelledError and sleeps 10 s, and makes blocking
  `requests` calls inside its loop. We keep the SDK's client, frames, handler classes and ACK
  building, but drive the connection ourselves (`_run_connections`): `open_connection` runs in
  a worker thread with a timeout, reconnects back off 0.5 to 30 s, and `stop()` closes the
  websocket and cancels our loop task, which (unlike `start()`) honours cancellation, then joins
  the thread.
- The SDK's import and the gateway call are in `stream_sdk`; card clicks within DingTalk's 2 s
  in `stream_cards`.
- `get_host_ip()` "connects" a UDP socket to 8.8.8.8; we report 127.0.0.1 for the emulator.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future as ThreadFuture
from typing import Any

from integrations.dingtalk.inbound import (
    ApprovalEvent,
    parse_card_action,
    parse_event,
    parse_message,
)
from integrations.dingtalk.ports import CardHandler, DeliveryLog, EventHandler, MessageHandler
from integrations.dingtalk.stream_cards import CardClicks, LateCardUpdate
from integrations.dingtalk.stream_sdk import (
    BOT_TOPIC,
    CARD_TOPIC,
    import_stream_sdk,
    open_connection,
    websocket_uri,
)
from settings import DingTalkSettings

log = logging.getLogger(__name__)


class StreamBridge:
    """Receives robot messages, card clicks and events; ACKs after our handler finishes."""

    def __init__(
        self,
        settings: DingTalkSettings,
        delivery_log: DeliveryLog,
        *,
        handler_timeout_s: float = 30.0,
        connect_timeout_s: float = 10.0,
    ) -> None:
        self._settings = settings
        self._deliveries = delivery_log
        self._handler_timeout = handler_timeout_s
        self._cards = CardClicks(settings, delivery_log, handler_timeout_s=handler_timeout_s)
        self._connect_timeout = connect_timeout_s
        self._on_message: MessageHandler | None = None
        self._on_card: CardHandler | None = None
        self._on_event: EventHandler | None = None
        self._on_approval: EventHandler | None = None
        self._main_loop: asyncio.AbstractEventLoop | None = None
        self._main_context = contextvars.copy_context()
        self._thread: threading.Thread | None = None
        self._thread_loop: asyncio.AbstractEventLoop | None = None
        self._runner: asyncio.Task[None] | None = None
        self._client: Any = None
        self._connected = threading.Event()
        self._stopping = threading.Event()
        self._sdk_version = ""
        self.connections_opened = 0

    # ------------------------------------------------------------ registration

    def on_message(self, handler: MessageHandler) -> None:
        """Handle robot messages (single chat, or group when the robot is @-mentioned)."""
        self._on_message = handler

    def on_card_action(self, handler: CardHandler) -> None:
        """Handle card button clicks; the returned CardUpdate goes back in the ACK."""
        self._on_card = handler

    def on_approval(self, handler: EventHandler) -> None:
        """Handle bpms_instance_change / bpms_task_change (an ApprovalEvent is passed)."""
        self._on_approval = handler

    def on_event(self, handler: EventHandler) -> None:
        """Handle every other subscribed event."""
        self._on_event = handler

    # ------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        """True while the bridge thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def connected(self) -> bool:
        """True while a websocket is open."""
        return self._connected.is_set()

    async def start(self) -> None:
        """Start the stream client thread; handlers will run on the calling loop."""
        if self.running:
            return
        self._main_loop = asyncio.get_running_loop()
        self._main_context = contextvars.copy_context()
        self._client = self._build_client()
        self._stopping.clear()
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._thread_main, args=(ready,), name="dingtalk-stream", daemon=True
        )
        self._thread.start()
        await asyncio.to_thread(ready.wait, 5.0)

    async def wait_connected(self, timeout_s: float = 10.0) -> bool:
        """Wait until a websocket is open."""
        return await asyncio.to_thread(self._connected.wait, timeout_s)

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Close the websocket, stop the client loop and end the thread."""
        thread, loop = self._thread, self._thread_loop
        if thread is None:
            return
        self._stopping.set()
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                fut = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(asyncio.wrap_future(fut), timeout_s)
        await asyncio.to_thread(thread.join, timeout_s)
        if thread.is_alive():
            raise RuntimeError("dingtalk stream thread did not stop")
        self._thread = None
        self._connected.clear()

    async def drop_connection(self) -> None:
        """Close the current websocket from our side (the client reconnects)."""
        loop = self._thread_loop
        ws = self._client.websocket if self._client is not None else None
        if loop is None or ws is None:
            return
        fut = asyncio.run_coroutine_threadsafe(ws.close(), loop)
        await asyncio.wrap_future(fut)

    # ------------------------------------------------------------ thread side

    def _thread_main(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._thread_loop = loop
        try:
            self._runner = loop.create_task(self._run_connections())
            ready.set()
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(self._runner)
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            self._connected.clear()
            loop.close()

    async def _shutdown(self) -> None:
        ws = self._client.websocket if self._client is not None else None
        if ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(ws.close(), 3.0)
        if self._runner is not None:
            self._runner.cancel()

    async def _run_connections(self) -> None:
        import websockets

        client = self._client
        client.pre_start()
        failures = 0
        while not self._stopping.is_set():
            connection = await asyncio.to_thread(self._open_connection)
            if connection is not None:
                uri = websocket_uri(connection)
                try:
                    async with websockets.connect(uri, open_timeout=self._connect_timeout) as ws:
                        client.websocket = ws
                        self.connections_opened += 1
                        self._connected.set()
                        failures = 0
                        tasks: set[asyncio.Task[None]] = set()
                        async for raw in ws:
                            task = asyncio.create_task(client.background_task(json.loads(raw)))
                            tasks.add(task)
                            task.add_done_callback(tasks.discard)
                except (TimeoutError, OSError, websockets.exceptions.WebSocketException) as exc:
                    log.warning("dingtalk stream connection lost: %s", type(exc).__name__)
                finally:
                    self._connected.clear()
                    client.websocket = None
            if self._stopping.is_set():
                break
            failures += 1
            await asyncio.sleep(min(30.0, 0.5 * 2 ** min(failures - 1, 6)))

    def _open_connection(self) -> dict[str, str] | None:
        """POST gateway/connections/open (blocking; runs in a worker thread)."""
        return open_connection(
            self._client, self._settings, self._sdk_version, self._connect_timeout
        )

    def _build_client(self) -> Any:
        sdk = import_stream_sdk(self._settings.api_endpoint)
        from dingtalk_stream.version import VERSION_STRING

        self._sdk_version = str(VERSION_STRING)
        bridge = self

        class _Client(sdk.DingTalkStreamClient):  # type: ignore[misc,name-defined]
            def get_host_ip(self) -> str:
                if bridge._settings.uses_emulator:
                    return "127.0.0.1"
                return str(super().get_host_ip() or "127.0.0.1")

        class _Callback(sdk.CallbackHandler):  # type: ignore[misc,name-defined]
            def __init__(self, topic: str) -> None:
                super().__init__()
                self.topic = topic

            async def process(self, message: Any) -> tuple[int, Any]:
                return await bridge._to_main(
                    bridge._handle_callback(self.topic, message.headers.message_id, message.data)
                )

        class _Events(sdk.EventHandler):  # type: ignore[misc,name-defined]
            async def process(self, event: Any) -> tuple[int, str]:
                h = event.headers
                return await bridge._to_main(
                    bridge._handle_event(
                        str(h.event_id or h.message_id or ""),
                        str(h.event_type or ""),
                        str(h.event_corp_id or ""),
                        int(h.event_born_time or 0),
                        event.data if isinstance(event.data, dict) else {},
                    )
                )

        client = _Client(
            sdk.Credential(self._settings.app_key, self._settings.app_secret.get_secret_value())
        )
        client.register_callback_handler(BOT_TOPIC, _Callback(BOT_TOPIC))
        client.register_callback_handler(CARD_TOPIC, _Callback(CARD_TOPIC))
        client.register_all_event_handler(_Events())
        return client

    async def _to_main(self, coro: Coroutine[Any, Any, tuple[int, Any]]) -> tuple[int, Any]:
        """Run `coro` on the application loop and wait for its result (for the ACK)."""
        assert self._main_loop is not None
        fut: ThreadFuture[tuple[int, Any]] = ThreadFuture()

        def spawn() -> None:
            # Runs in the context captured by start(), so the handler task sees the caller's
            # context variables (e.g. a Tortoise connection that is not process-wide).
            task = asyncio.ensure_future(coro)

            def done(t: asyncio.Task[tuple[int, Any]]) -> None:
                if fut.set_running_or_notify_cancel():
                    if t.cancelled():
                        fut.cancel()
                    elif t.exception() is not None:
                        fut.set_exception(t.exception())
                    else:
                        fut.set_result(t.result())

            task.add_done_callback(done)

        self._main_loop.call_soon_threadsafe(spawn, context=self._main_context)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), self._handler_timeout + 5)
        except TimeoutError:
            fut.cancel()
            return 500, {"status": "LATER", "message": "handler timeout"}

    # ------------------------------------------------------------ main-loop side

    def on_late_card_update(self, update: LateCardUpdate) -> None:
        """How to apply a card handler's result that came after the interim ACK (update API)."""
        self._cards.late_update = update

    async def _handle_callback(self, topic: str, message_id: str, data: Any) -> tuple[int, Any]:
        payload = data if isinstance(data, dict) else {}
        if topic == BOT_TOPIC:
            message = parse_message(payload)
            key = f"msg:{message.msg_id or message_id}"
            if self._on_message is None:
                return 404, "no message handler"
            handler_msg = self._on_message
            return await self._once(key, "robot_message", lambda: handler_msg(message), "OK")
        action = parse_card_action(payload, message_id)
        if self._on_card is None:
            return 404, "no card handler"
        return await self._cards.handle(f"card:{message_id}", action, self._on_card)

    async def _handle_event(
        self, event_id: str, event_type: str, corp_id: str, born_ms: int, data: dict[str, Any]
    ) -> tuple[int, Any]:
        event = parse_event(event_id, event_type, corp_id, born_ms, data)
        handler = self._on_approval if isinstance(event, ApprovalEvent) else self._on_event
        if handler is None:
            # Not ours to process: acknowledge so DingTalk does not re-push forever.
            return 200, "OK"
        chosen = handler
        code, _ = await self._once(
            f"event:{event_id}", event.event_type[:32], lambda: chosen(event), "OK"
        )
        return code, "OK" if code == 200 else "later"

    async def _once(
        self, key: str, kind: str, run: Callable[[], Awaitable[None]], ok_response: Any
    ) -> tuple[int, Any]:
        """Run a handler the first time `key` is seen; a duplicate is ACKed as success."""
        if not await self._deliveries.first(key, kind):
            log.info("duplicate dingtalk delivery %s ignored", key)
            return 200, ok_response
        try:
            await asyncio.wait_for(run(), self._handler_timeout)
        except Exception:
            log.exception("handler for dingtalk delivery %s failed", key)
            # Let a redelivery run again.
            await self._deliveries.forget(key)
            return 500, {"status": "LATER", "message": "handler failed"}
        return 200, ok_response
