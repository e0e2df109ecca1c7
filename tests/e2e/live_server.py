"""The real app (bootstrap + miniapp_api + uvicorn) on its own event loop in a thread, and the
start-up the browser tests share: a private migrated PostgreSQL database, settings against an
emulator, and (for the sandbox) what `dinghire serve` adds: demo seed, staff, bot, host routes."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import uvicorn
from fastapi import FastAPI

from dinghire.bootstrap import Container, bootstrap, shutdown
from dinghire.jobs import job_functions
from dinghire.runtime import start_bot, stop_bot
from dinghire.sandbox import Sandbox, sync_staff, with_sandbox_channels
from dinghire.sandbox_host import JourneyPlayer, attach_sandbox_host
from integrations.dingtalk.emulator.control_client import EmulatorControl
from miniapp_api.app import create_app
from settings import DatabaseSettings, Settings, StorageSettings, load_settings
from settings.dingtalk import DingTalkSettings
from settings.server import ServerSettings
from tests.conftest import private_database
from tests.support import free_port
from workflows.background.names import JobName
from workflows.background.queue import InProcessJobQueue
from workflows.seed.service import seed_demo

T = TypeVar("T")


class AnalysisRecorder:
    """Remembers which answers were handed to the analysis job; with `real`, runs the real job
    too (transcription included), otherwise stands in for a worker that never gets to them."""

    def __init__(self, *, real: bool = False) -> None:
        self.answer_ids: list[int] = []
        self.real = real

    def job(self) -> Any:
        """A job function named like the real one, recording its answer id."""
        recorder = self
        from workflows.assessments.jobs import analyse_answer_job as real_job

        async def analyse_answer_job(ctx: dict[str, Any], answer_id: int, *args: Any) -> Any:
            recorder.answer_ids.append(int(answer_id))
            if recorder.real:
                return await real_job(ctx, answer_id, *args)
            return None

        return analyse_answer_job


class LiveServer:
    """Runs coroutines and the HTTP server on one private loop, so the ORM stays on one loop."""

    def __init__(self, settings: Settings, port: int, *, real_analysis: bool = False) -> None:
        self.settings = settings
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.analysis = AnalysisRecorder(real=real_analysis)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="e2e-server")
        self._server: uvicorn.Server | None = None
        self._serving: Future[None] | None = None
        self.container: Container | None = None

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
        """Run a coroutine on the server's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def start(self, prepare: Callable[[FastAPI, Container], None] | None = None) -> None:
        """Bootstrap the process, swap in the recording analysis job, serve on the port
        (`prepare` adds to the app first, as `dinghire serve` adds the sandbox host)."""
        self._thread.start()
        self.container = self.run(bootstrap(self.settings))
        functions = [f for f in job_functions() if f.__name__ != JobName.ANALYSE_ANSWER]
        queue = InProcessJobQueue(
            [*functions, self.analysis.job()], self.container.job_ctx, max_tries=1
        )
        self.container.queue = queue
        self.container.job_ctx["queue"] = queue
        self._queue = queue
        app = create_app(self.container)
        if prepare is not None:
            prepare(app, self.container)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._serving = asyncio.run_coroutine_threadsafe(self._server.serve(), self._loop)
        self.run(self._wait_started())

    async def _wait_started(self) -> None:
        assert self._server is not None
        async with asyncio.timeout(20):
            # uvicorn has no start event; polling its flag is the documented way.
            while not self._server.started:  # noqa: ASYNC110
                await asyncio.sleep(0.02)

    async def drain(self) -> None:
        """Wait for the jobs the requests enqueued."""
        await self._queue.drain(30)

    def stop(self) -> None:
        """Stop serving, shut the container down, end the thread."""
        try:
            if self._server is not None and self._serving is not None:
                self._server.should_exit = True
                self._serving.result(20)
            if self.container is not None:
                self.run(self._queue.close())
                self.run(shutdown(self.container))
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(20)
            self._loop.close()


def e2e_settings(pg_url: str, tmp_path: Path, dingtalk: DingTalkSettings, port: int) -> Settings:
    """The app on PostgreSQL against an emulator; links it sends point at this port."""
    return load_settings(
        strict=False,
        mode="test",
        server=ServerSettings(public_base_url=f"http://127.0.0.1:{port}"),
        database=DatabaseSettings(url=pg_url, pool_max=4),
        storage=StorageSettings(root=tmp_path / "storage"),
        dingtalk=dingtalk,
    )


@contextlib.contextmanager
def live_app(settings: Settings, *, real_analysis: bool = False) -> Iterator[LiveServer]:
    """The app alone (DingTalk clients on, no bot), stopped afterwards."""
    port = int(settings.server.public_base_url.rsplit(":", 1)[1])
    server = LiveServer(settings, port, real_analysis=real_analysis)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def sandbox_app(settings: Settings, control: EmulatorControl) -> Iterator[LiveServer]:
    """The app as `dinghire serve` runs it on the sandbox: e-mail and SMS into the emulator's
    mailbox, the demo org seeded and synced, the bot connected, the console's host routes."""
    settings = with_sandbox_channels(settings, control)
    port = int(settings.server.public_base_url.rsplit(":", 1)[1])
    server = LiveServer(settings, port, real_analysis=True)
    players: list[JourneyPlayer | None] = []

    def prepare(app: FastAPI, container: Container) -> None:
        sandbox = Sandbox(control, None)
        players.append(attach_sandbox_host(app, container, sandbox, server.base_url))

    server.start(prepare)
    runtime = None
    try:
        server.run(seed_demo())
        server.run(sync_staff(control))
        runtime = server.run(start_bot(server.container))  # type: ignore[arg-type]
        yield server
    finally:
        for player in players:
            if player is not None:
                server.run(player.restart())  # a step still running is cancelled
        if runtime is not None:
            server.run(stop_bot(runtime))
        server.stop()


__all__ = ["LiveServer", "e2e_settings", "free_port", "live_app", "private_database", "sandbox_app"]
