"""Run an official `dingtalk_stream.DingTalkStreamClient` in a daemon thread, with a clean stop.

dingtalk-stream 0.24.3 has no stop(): `start()` swallows CancelledError and retries forever. It
does break out of its loop on KeyboardInterrupt raised by `open_connection()`, so stopping = make
the next open_connection raise it, close the websocket, and cancel any retry sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from typing import Any


class StreamClientRunner:
    """Owns one stream client's thread and event loop."""

    def __init__(self, client: Any, *, local_ip: str | None = "127.0.0.1") -> None:
        self.client = client
        self._stopping = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[Any] | None = None
        self._thread: threading.Thread | None = None
        if local_ip is not None:
            # get_host_ip() UDP-"connects" to 8.8.8.8; never needed against the emulator.
            client.get_host_ip = lambda: local_ip
        original = client.open_connection

        def open_connection() -> Any:
            if self._stopping.is_set():
                raise KeyboardInterrupt  # the only exit start() honours
            return original()

        client.open_connection = open_connection

    def start(self) -> StreamClientRunner:
        """Start the client in a daemon thread."""
        self._thread = threading.Thread(
            target=self._main, name="dingtalk-stream-client", daemon=True
        )
        self._thread.start()
        return self

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._task = loop.create_task(self.client.start())
            with contextlib.suppress(asyncio.CancelledError, KeyboardInterrupt):
                loop.run_until_complete(self._task)
        finally:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    @property
    def running(self) -> bool:
        """True while the client thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop the client and join its thread."""
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        self._stopping.set()
        deadline = time.monotonic() + timeout_s
        ws = getattr(self.client, "websocket", None)
        if loop is not None and ws is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                asyncio.run_coroutine_threadsafe(ws.close(), loop)
        thread.join(0.5)
        # Still alive: it is sleeping before a retry (or stuck); cancel until it gives up.
        while thread.is_alive() and time.monotonic() < deadline:
            task = self._task
            if loop is not None and task is not None and not loop.is_closed():
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(task.cancel)
            thread.join(0.2)
        if thread.is_alive():
            raise TimeoutError("stream client thread did not stop")
        self._thread = None

    def __enter__(self) -> StreamClientRunner:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
