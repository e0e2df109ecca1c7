"""DingHire's side of the sandbox console: 重置并载入演示 and the `dinghire demo` journey step by
step, for the emulator to forward the console's buttons to (integrations/dingtalk/emulator/
sandbox/host.py). Mounted by `dinghire serve` only when it started against the local emulator in
development (never in production), behind a bearer token only the emulator is given.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException

from dinghire.bootstrap import Container
from dinghire.demo.chat import Chat
from dinghire.demo.content import JOB_TITLE
from dinghire.demo.journey import JOURNEY, OfferNotAvailableError
from dinghire.demo.output import Printer, StepFailedError
from dinghire.demo.state import DemoState
from dinghire.demo.system import DemoSystem
from dinghire.sandbox import Sandbox, sync_staff
from workflows.jobs.service import find_job
from workflows.seed.reset import SandboxOnlyError, reset_sandbox_data

log = logging.getLogger(__name__)
PREFIX = "/_sandbox-host"


@dataclass
class StepView:
    """One step as the console lists it."""

    number: int
    title: str
    status: str = "waiting"  # waiting | running | done | failed | skipped
    output: str = ""


@dataclass
class JourneyPlayer:
    """Plays JOURNEY one step per 下一步, in the serving process, on its event loop."""

    container: Container
    sandbox: Sandbox
    api_base: str
    steps: list[StepView] = field(default_factory=list)
    state: DemoState | None = None
    task: asyncio.Task[None] | None = None
    _http: httpx.AsyncClient | None = None

    def __post_init__(self) -> None:
        self.restart_views()

    def restart_views(self) -> None:
        """Every step waiting again."""
        self.steps = [StepView(s.number, s.title_zh) for s in JOURNEY]
        self.state = None

    def view(self) -> dict[str, Any]:
        """The list of steps, what each printed, and whether one runs now."""
        running = self.task is not None and not self.task.done()
        return {"steps": [vars(s) for s in self.steps], "running": running}

    async def restart(self) -> None:
        """Forget the played steps (DingHire's data stays; reset-seed starts the org afresh)."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        self.restart_views()

    async def _new_state(self) -> DemoState:
        job = await find_job(JOB_TITLE)
        system = DemoSystem(self.container.settings, self.sandbox, self.container, job_id=job.id)
        self._http = httpx.AsyncClient(base_url=self.api_base, timeout=120.0, trust_env=False)
        workdir = Path(tempfile.mkdtemp(prefix="dinghire-sandbox-journey-"))
        chat = Chat(self.sandbox.control)
        return DemoState(workdir, system, chat, Printer(io.StringIO()), self._http)

    def next(self) -> None:
        """Start the first waiting step in the background (the console polls the view)."""
        if self.task is not None and not self.task.done():
            raise HTTPException(409, "上一步还在进行中，请稍候")
        index = next((i for i, s in enumerate(self.steps) if s.status == "waiting"), None)
        if index is None:
            raise HTTPException(409, "旅程已全部完成；点「重新开始」再来一次")
        self.task = asyncio.get_running_loop().create_task(self._play(index))

    async def _play(self, index: int) -> None:
        view, step = self.steps[index], JOURNEY[index]
        view.status = "running"
        if self.state is None:
            self.state = await self._new_state()
        out = io.StringIO()
        self.state.out = Printer(out)
        try:
            with self.state.out.step(step.number, step.title_zh, step.title_en):
                await step.run(self.state)
            view.status = "done"
        except OfferNotAvailableError as exc:
            view.status = "skipped"
            for later in self.steps[index + 1 :]:
                later.status, later.output = "skipped", str(exc)
        except StepFailedError as exc:
            view.status = "failed"
            out.write(f"✘ {exc}\n")
        except Exception as exc:  # shown in the console; the log has the traceback
            log.exception("sandbox journey step %s failed", step.number)
            view.status = "failed"
            out.write(f"✘ {type(exc).__name__}: {exc}\n")
        view.output = out.getvalue()


def host_router(player: JourneyPlayer, token: str) -> APIRouter:
    """The routes the emulator forwards to, checked against the token."""

    def authorised(authorization: Annotated[str, Header()] = "") -> None:
        if not secrets.compare_digest(authorization, f"Bearer {token}"):
            raise HTTPException(403, "只接受本机钉钉模拟器的调用")

    router = APIRouter(prefix=PREFIX, dependencies=[Depends(authorised)], include_in_schema=False)

    @router.post("/reset-seed")
    async def reset_seed() -> dict[str, Any]:
        # A fresh emulator org (chats, cards, approvals, mailbox), DingHire's data emptied and
        # the demo org and jobs seeded afresh, its staff made users of the org again.
        await player.restart()
        await asyncio.to_thread(player.sandbox.control.reset)
        try:
            report = await reset_sandbox_data(player.container.services)
        except SandboxOnlyError as exc:
            raise HTTPException(403, exc.user_message) from exc
        synced = await sync_staff(player.sandbox.control)
        emptied = {"tables": report.tables, "objects": report.objects, "jobs": report.jobs}
        return {"seeded": asdict(report.seeded), "emptied": emptied, "staff_synced": synced}

    @router.get("/journey")
    async def journey() -> dict[str, Any]:
        return player.view()

    @router.post("/journey/next")
    async def journey_next() -> dict[str, Any]:
        player.next()
        return player.view()

    @router.post("/journey/restart")
    async def journey_restart() -> dict[str, Any]:
        await player.restart()
        return player.view()

    return router


def attach_sandbox_host(
    app: FastAPI, container: Container, sandbox: Sandbox, api_base: str
) -> JourneyPlayer | None:
    """Mount the routes and tell the emulator where they are; nothing outside development
    against the local emulator."""
    if container.settings.sandbox_origin is None:
        return None
    player = JourneyPlayer(container, sandbox, api_base.rstrip("/"))
    token = secrets.token_urlsafe(32)
    app.include_router(host_router(player, token))
    sandbox.control.request(
        "POST", "/sandbox/host", {"url": f"{player.api_base}{PREFIX}", "token": token}
    )
    return player
