"""The long-running parts of `serve`: the bot on the DingTalk stream and the periodic tickers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from analysis.resume.extract.model import ExtractLimits
from analysis.resume.pipeline import ResumeParse, parse_resume
from bot.app import attach, build_dispatcher
from bot.context import DISPATCH_JOB, BotContext
from dinghire.bootstrap import Container
from settings import JobBackend
from workflows.candidates.intake import IntakeDeps
from workflows.invitations.jobs import SCAN_JOB

log = logging.getLogger(__name__)

OUTBOX_TICK_S = 5.0
INVITATION_SCAN_TICK_S = 30.0


def resume_parser(container: Container) -> IntakeDeps:
    """Intake dependencies with the resume size limit from settings."""
    limits = ExtractLimits(max_bytes=container.settings.storage.max_resume_bytes)

    def parse(data: bytes, filename: str) -> ResumeParse:
        return parse_resume(data, filename, limits=limits)

    return IntakeDeps(vault=container.vault, store=container.store, bus=container.bus, parser=parse)


def bot_context(container: Container) -> BotContext:
    """The context handed to every bot handler."""
    if container.dingtalk is None:
        raise RuntimeError("DingTalk is disabled (DINGHIRE_DINGTALK_ENABLED=false)")
    return BotContext(
        settings=container.settings,
        dingtalk=container.dingtalk,
        vault=container.vault,
        bus=container.bus,
        queue=container.queue,
        intake=resume_parser(container),
    )


@dataclass
class BotRuntime:
    """What `start_bot` started, for `stop_bot`."""

    context: BotContext
    ticker: asyncio.Task[None]
    scan_ticker: asyncio.Task[None] | None = None


async def _tick_outbox(container: Container) -> None:
    # Retries after a DingTalk outage need a periodic nudge; ids are unique per time slot.
    while True:
        await asyncio.sleep(OUTBOX_TICK_S)
        slot = int(time.time() // OUTBOX_TICK_S)
        try:
            await container.queue.enqueue(DISPATCH_JOB, job_id=f"{DISPATCH_JOB}:tick:{slot}")
        except Exception:
            log.exception("could not schedule the outbox dispatcher")


async def _tick_invitation_scan(container: Container) -> None:
    # The embedded default has no arq cron: reminders and misses need this periodic scan.
    while True:
        await asyncio.sleep(INVITATION_SCAN_TICK_S)
        slot = int(time.time() // INVITATION_SCAN_TICK_S)
        try:
            await container.queue.enqueue(SCAN_JOB, job_id=f"{SCAN_JOB}:tick:{slot}")
        except Exception:
            log.exception("could not schedule the invitation scan")


async def start_bot(container: Container) -> BotRuntime:
    """Connect the bot to the DingTalk stream and start the outbox (and scan) tickers."""
    ctx = bot_context(container)
    assert container.dingtalk is not None
    attach(container.dingtalk.stream, build_dispatcher(), ctx)
    await container.dingtalk.stream.start()
    ticker = asyncio.create_task(_tick_outbox(container), name="outbox-ticker")
    scan_ticker = None
    if container.settings.redis.job_backend is JobBackend.INPROCESS:
        # With arq, the worker's cron job runs the scan instead.
        scan_ticker = asyncio.create_task(
            _tick_invitation_scan(container), name="invitation-scan-ticker"
        )
    return BotRuntime(ctx, ticker, scan_ticker)


async def stop_bot(runtime: BotRuntime) -> None:
    """Stop the tickers; the stream stops with the container."""
    for task in (runtime.ticker, runtime.scan_ticker):
        if task is None:
            continue
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
