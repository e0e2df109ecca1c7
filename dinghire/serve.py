"""`dinghire serve`: API, bot and in-process jobs in one process."""

from __future__ import annotations

import asyncio
import logging
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import uvicorn

from dinghire.bootstrap import bootstrap, shutdown
from dinghire.runtime import BotRuntime, start_bot, stop_bot
from dinghire.sandbox import Sandbox, start_sandbox, sync_staff, with_sandbox_channels
from dinghire.sandbox_host import attach_sandbox_host
from miniapp_api.app import create_app
from settings import Settings
from workflows import db
from workflows.seed.service import seed_demo_if_empty

log = logging.getLogger(__name__)


async def run_server(
    settings: Settings,
    *,
    host: str | None,
    port: int | None,
    migrate_first: bool,
    with_emulator: bool = True,
    processes: int = 1,
    api_only: bool = False,
    command: tuple[str, ...] = (sys.executable, "-m", "dinghire", "serve"),
) -> None:
    """Start everything and serve until interrupted.

    `processes` > 1 starts that many API processes in all on the same port (SO_REUSEPORT: the
    kernel spreads connections over them; each started as `command` --api-only); only this first
    one runs the bot. `api_only` is such an extra process: the HTTP API and nothing else."""
    if processes > 1 and settings.redis.job_backend.value != "arq":
        raise OSError("several API processes need DINGHIRE_REDIS_JOB_BACKEND=arq")
    # Object store and file calls run in worker threads: enough of them for a campus season's
    # concurrent chunk uploads (the default, cores + 4, queues them behind each other).
    asyncio.get_running_loop().set_default_executor(
        ThreadPoolExecutor(settings.server.io_threads, thread_name_prefix="dinghire-io")
    )
    if migrate_first:
        applied = await db.migrate(settings.database)
        if applied:
            log.info("applied migrations: %s", ", ".join(applied))
    dt = settings.dingtalk
    sandbox: Sandbox | None = None
    if dt.enabled and dt.uses_emulator and with_emulator and not api_only:
        sandbox = await asyncio.to_thread(start_sandbox, settings)
        # Candidates outside the org get their e-mail and SMS in the sandbox's mailbox.
        try:
            settings = await asyncio.to_thread(with_sandbox_channels, settings, sandbox.control)
        except Exception:  # an emulator without a mailbox: candidates' links go to HR as before
            log.exception("sandbox: the emulator has no mailbox; e-mail and SMS stay off")
    container = await bootstrap(settings)
    runtime: BotRuntime | None = None
    extra: list[subprocess.Popen[bytes]] = []
    try:
        if sandbox is not None:
            # The sandbox is for trying the product: a fresh database gets the demo org and jobs.
            if await seed_demo_if_empty() is not None:
                log.info("sandbox: loaded the demo org, jobs and question sets")
            await sync_staff(sandbox.control)
        if container.dingtalk is not None and not api_only:
            runtime = await start_bot(container)
        api = create_app(container)
        bind_host = host or settings.server.host
        bind_port = port or settings.server.port
        sock = _listen(bind_host, bind_port)
        extra = [_spawn_api(command, bind_host, bind_port) for _ in range(processes - 1)]
        if sandbox is not None:
            # The console's 重置并载入演示 and step-by-step journey reach this process.
            local = "127.0.0.1" if bind_host in ("0.0.0.0", "::", "") else bind_host  # noqa: S104
            app_base = f"http://{local}:{bind_port}"
            try:
                await asyncio.to_thread(attach_sandbox_host, api, container, sandbox, app_base)
            except Exception:  # the console then says the buttons need make run; serve goes on
                log.exception("sandbox: could not register with the emulator")
        config = uvicorn.Config(
            api,
            host=bind_host,
            port=bind_port,
            log_level=settings.server.log_level,
            lifespan="off",
            proxy_headers=True,
            # Our logging setup (dinghire.logs: JSON, ids, redaction) covers uvicorn's loggers.
            log_config=None,
            forwarded_allow_ips=settings.server.forwarded_allow_ips,
            timeout_keep_alive=settings.server.keep_alive_s,
        )
        server = uvicorn.Server(config)
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        # uvicorn exposes no start event; a short poll is the documented way to wait for it.
        while not server.started and not serving.done():  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        if server.started and not api_only:
            _print_banner(settings, bind_host, bind_port, sandbox)
        await serving
    finally:
        for proc in extra:
            proc.terminate()
        for proc in extra:
            await asyncio.to_thread(proc.wait)
        if runtime is not None:
            await stop_bot(runtime)
        await shutdown(container)
        if sandbox is not None:
            await asyncio.to_thread(sandbox.stop)


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket that other API processes may bind too (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def _spawn_api(command: tuple[str, ...], host: str, port: int) -> subprocess.Popen[bytes]:
    """One more API process on the same port, with this process's environment."""
    return subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [*command, "--api-only", "--no-migrate", "--no-emulator", "--host", host,
         "--port", str(port)]
    )  # fmt: skip


def sandbox_url(sandbox: Sandbox, app_base: str) -> str:
    """The emulator's console address, telling the page where DingHire runs (for the workbench)."""
    return f"{sandbox.control.base_url}/_sandbox/?app={quote(app_base, safe=':/')}"


def _print_banner(settings: Settings, host: str, port: int, sandbox: Sandbox | None) -> None:
    base = f"http://{host}:{port}"
    dingtalk = "disabled"
    if settings.dingtalk.enabled:
        dingtalk = (
            f"local emulator on {sandbox.control.base_url}"
            if sandbox is not None
            else settings.dingtalk.api_endpoint
        )
    # Outside DingTalk a browser signs in with a 免登 code in the address (single-use, 5 min);
    # the local emulator mints one for any member of its org.
    signin = (
        f"in a browser: {base}/console?code=<code from POST "
        f"{sandbox.control.base_url}/_emulator/auth-codes>, see docs/console.md"
        if sandbox is not None
        else "see docs/console.md"
    )
    # The sandbox console first: a newcomer clicks through DingTalk in a browser from there.
    first = (
        [f"钉钉沙盒 DingTalk sandbox (try it in a browser): {sandbox_url(sandbox, base)}"]
        if sandbox is not None
        else []
    )
    print(
        "\n".join(
            [
                "",
                *first,
                f"DingHire is running on {base}  (database: {settings.database.dialect}, "
                f"jobs: {settings.redis.job_backend.value})",
                f"DingTalk: {dingtalk}",
                f"HR console: {base}/console  (DingTalk 免登 from the workbench; {signin})",
                "Try next:",
                f"  curl {base}/healthz          # health check",
                f"  open {base}/docs             # API documentation",
                "  .venv/bin/dinghire seed-demo  # load demo jobs and question sets",
                "  .venv/bin/dinghire --help     # every command",
                "  docs/sandbox.md               # act as DingTalk users against the emulator",
                "Press Ctrl+C to stop.",
                "",
            ]
        ),
        flush=True,
    )
