"""Running the emulator: in a background thread (tests, demo) or in the foreground (CLI)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
import threading
from types import TracebackType

import uvicorn

from integrations.dingtalk.emulator.app import build_app
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import EmulatorConfig
from integrations.dingtalk.emulator.persistence import load_state
from settings.dingtalk import DingTalkSettings

log = logging.getLogger(__name__)


class EmulatorServer:
    """The DingTalk emulator on one host:port (HTTP APIs, stream websocket and control API)."""

    def __init__(
        self,
        settings: DingTalkSettings | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        config: EmulatorConfig | None = None,
        state_file: str | None = None,
    ) -> None:
        self.settings = settings or DingTalkSettings()
        self.host = host
        self.requested_port = port
        self.state_file = self.settings.emulator_state_file if state_file is None else state_file
        self.emulator = Emulator(self.settings, config)
        if self.state_file:
            saved = load_state(self.state_file)
            if saved is not None:
                self.emulator.load(saved)
        self.app = build_app(self.emulator, self.state_file)
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.port = port

    @property
    def base_url(self) -> str:
        """http://host:port of the running server."""
        return f"http://{self.host}:{self.port}"

    def _bind(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.requested_port))
        except OSError:
            sock.close()
            raise
        sock.set_inheritable(True)
        self.port = sock.getsockname()[1]
        self.emulator.base_url = self.base_url
        return sock

    def _uvicorn(self, embedded: bool) -> uvicorn.Server:
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            ws="websockets-sansio",
            lifespan="on",
            access_log=not embedded,
            log_config=None if embedded else uvicorn.config.LOGGING_CONFIG,
            log_level="warning" if embedded else "info",
            timeout_graceful_shutdown=2,
        )
        return uvicorn.Server(config)

    def start(self, timeout_s: float = 10.0) -> EmulatorServer:
        """Serve in a daemon thread with its own event loop; returns once it accepts requests."""
        if self._thread is not None:
            raise RuntimeError("emulator already started")
        self._sock = self._bind()
        self._server = self._uvicorn(embedded=True)
        self._thread = threading.Thread(
            target=self._thread_main, name="dingtalk-emulator", daemon=True
        )
        self._thread.start()
        waited = 0.0
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("emulator failed to start")
            if waited >= timeout_s:
                raise TimeoutError("emulator did not start in time")
            threading.Event().wait(0.02)
            waited += 0.02
        return self

    def _thread_main(self) -> None:
        assert self._server is not None
        assert self._sock is not None
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._server.serve(sockets=[self._sock]))
        finally:
            with contextlib.suppress(RuntimeError):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Close stream connections, stop serving and join the thread."""
        if self._thread is None or self._server is None:
            return
        loop = self._loop
        gateway = self.emulator.gateway
        if loop is not None and gateway is not None and loop.is_running():
            # Close websockets first so uvicorn does not wait on them.
            future = asyncio.run_coroutine_threadsafe(gateway.shutdown(), loop)
            with contextlib.suppress(Exception):
                future.result(timeout=timeout_s)
        self._server.should_exit = True
        self._thread.join(timeout_s)
        if self._sock is not None:
            self._sock.close()
        self._thread = None
        self._server = None

    def run_forever(self) -> None:
        """Serve in the foreground until Ctrl+C / SIGTERM."""
        sock = self._bind()
        server = self._uvicorn(embedded=False)
        print(f"DingTalk emulator on {self.base_url} (control API: /_emulator)", file=sys.stderr)
        try:
            server.run(sockets=[sock])
        except KeyboardInterrupt:
            pass  # uvicorn re-raises the captured Ctrl+C after a clean shutdown
        finally:
            sock.close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def run_emulator(settings: DingTalkSettings, host: str, port: int) -> None:
    """Entry point for `dinghire emulator`: serve in the foreground on host:port."""
    EmulatorServer(settings, host=host, port=port).run_forever()
