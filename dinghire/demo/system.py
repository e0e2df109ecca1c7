"""The whole system in this process on free ports: emulator, API, bot and in-process jobs.

Built from the same parts as `dinghire serve` (sandbox, bootstrap, runtime, miniapp_api), but on
a fresh SQLite database and storage folder inside the demo's work directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import uvicorn

from dinghire.bootstrap import Container, bootstrap, shutdown
from dinghire.demo.content import JOB_TITLE
from dinghire.runtime import BotRuntime, start_bot, stop_bot
from dinghire.sandbox import Sandbox, start_sandbox, sync_staff
from integrations.dingtalk.emulator.testing import free_port
from miniapp_api.app import create_app
from settings import (
    AnalysisSettings,
    DatabaseSettings,
    DingTalkSettings,
    JobBackend,
    Mode,
    RedisSettings,
    ServerSettings,
    Settings,
    StorageSettings,
    load_settings,
)
from workflows import db
from workflows.jobs.service import find_job
from workflows.seed.service import seed_demo

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
# espeak-ng's synthetic Mandarin comes through Whisper-base at confidence ~0.4, under the
# production floor (0.45) that marks an answer "not assessed". The demo lowers the floor so its
# generated answers are scored; real recordings use the configured value.
DEMO_MIN_ASR_CONFIDENCE = 0.2


class _QuietServer(uvicorn.Server):
    """uvicorn without its own signal handlers: Ctrl-C cancels the demo, which shuts down."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def _stream_port() -> int:
    """The emulator port: the one dingtalk_stream is bound to if already imported, else free."""
    loaded = sys.modules.get("dingtalk_stream.utils")
    if loaded is not None:
        bound = urlsplit(str(loaded.DINGTALK_OPENAPI_ENDPOINT))
        if bound.hostname == HOST and bound.port:
            return bound.port
    return free_port(HOST)


def demo_settings(workdir: Path, *, api_port: int, emulator_port: int) -> Settings:
    """Embedded-default settings pointing at the demo's own database, files and ports."""
    emulator = f"http://{HOST}:{emulator_port}"
    analysis = AnalysisSettings().model_copy(update={"min_asr_confidence": DEMO_MIN_ASR_CONFIDENCE})
    return load_settings(
        strict=False,
        mode=Mode.DEV,
        database=DatabaseSettings(url=f"sqlite://{(workdir / 'dinghire-demo.sqlite3').resolve()}"),
        storage=StorageSettings(root=(workdir / "storage").resolve()),
        redis=RedisSettings(job_backend=JobBackend.INPROCESS),
        dingtalk=DingTalkSettings(
            enabled=True,
            api_endpoint=emulator,
            oapi_endpoint=emulator,
            emulator_host=HOST,
            emulator_port=emulator_port,
            emulator_state_file="",
        ),
        server=ServerSettings(
            host=HOST, port=api_port, public_base_url=f"http://{HOST}:{api_port}"
        ),
        analysis=analysis,
    )


@dataclass
class DemoSystem:
    """Handles on everything the demo started, for driving it and for `stop`."""

    settings: Settings
    sandbox: Sandbox | None = None
    container: Container | None = None
    runtime: BotRuntime | None = None
    server: uvicorn.Server | None = None
    serving: asyncio.Task[None] | None = None
    job_id: int = 0

    @property
    def api_base(self) -> str:
        """Base URL of the mini-app API (and the report and offer pages)."""
        return self.settings.server.public_base_url.rstrip("/")

    @property
    def emulator_base(self) -> str:
        """Base URL of the DingTalk emulator."""
        return self.settings.dingtalk.api_endpoint.rstrip("/")

    async def stop(self) -> None:
        """Stop in reverse order; safe after a partial start."""
        if self.server is not None and self.serving is not None:
            self.server.should_exit = True
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(self.serving, 15)
        if self.runtime is not None:
            with contextlib.suppress(Exception):
                await stop_bot(self.runtime)
        if self.container is not None:
            with contextlib.suppress(Exception):
                await shutdown(self.container)
        if self.sandbox is not None:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.sandbox.stop)


def new_system(workdir: Path) -> DemoSystem:
    """Settings for a fresh run on free ports; nothing started yet."""
    return DemoSystem(
        demo_settings(workdir, api_port=free_port(HOST), emulator_port=_stream_port())
    )


async def start_system(system: DemoSystem) -> None:
    """Migrate the fresh database, seed the demo org and job, start emulator, bot and API."""
    settings = system.settings
    await db.migrate(settings.database)
    system.sandbox = await asyncio.to_thread(start_sandbox, settings)
    system.container = await bootstrap(settings)
    await seed_demo(only_job=JOB_TITLE)
    system.job_id = (await find_job(JOB_TITLE)).id
    await sync_staff(system.sandbox.control)
    system.runtime = await start_bot(system.container)
    assert system.container.dingtalk is not None
    if not await system.container.dingtalk.stream.wait_connected(20):
        raise RuntimeError("the bot did not connect to the emulator's stream within 20 s")
    config = uvicorn.Config(
        create_app(system.container),
        host=HOST,
        port=settings.server.port,
        log_level="warning",
        lifespan="off",
    )
    system.server = _QuietServer(config)
    system.serving = asyncio.create_task(system.server.serve(), name="demo-api")
    async with asyncio.timeout(20):
        # uvicorn exposes no start event; polling its flag is the documented way.
        while not system.server.started:
            if system.serving.done():
                await system.serving  # raises the bind error
                raise RuntimeError("the API server stopped while starting")
            await asyncio.sleep(0.05)
