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
from workflows.background.builtin import RETENTION_JOB
from workflows.candidates.intake import IntakeDeps
from workflows.invitations.jobs import SCAN_JOB
from workflows.offers.approval_sync import RECONCILE_JOB

log = logging.getLogger(__name__)

OUTBOX_TICK_S = 5.0
INVITATION_SCAN_TICK_S = 30.0
RETENTION_TICK_S = 3600.0


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
    tickers: list[asyncio.Task[None]]


async def _tick(container: Container, job: str, every_s: float) -> None:
    # Periodic nudges (outbox retries after an outage; invitation reminders and misses, which
    # have no arq cron in the embedded default). Job ids are unique per time slot.
    while True:
        await asyncio.sleep(every_s)
        slot = int(time.time() // every_s)
        try:
            await container.queue.enqueue(job, job_id=f"{job}:tick:{slot}")
        except Exception:
            log.exception("could not schedule %s", job)


def periodic_jobs(container: Container) -> list[tuple[str, float]]:
    """(job, every seconds) the embedded default ticks; with arq only the outbox nudge remains."""
    jobs = [(DISPATCH_JOB, OUTBOX_TICK_S)]
    if container.settings.redis.job_backend is JobBackend.INPROCESS:
        # With arq, the worker's cron jobs (dinghire.jobs.cron_jobs) run these instead.
        jobs += [
            (SCAN_JOB, INVITATION_SCAN_TICK_S),
            # Open offer approvals are read back in case an event was lost.
            (RECONCILE_JOB, container.settings.offers.poll_interval_s),
            (RETENTION_JOB, RETENTION_TICK_S),
        ]
    return jobs


async def start_bot(container: Container) -> BotRuntime:
    """Connect the bot to the DingTalk stream and start the periodic tickers."""
    ctx = bot_context(container)
    assert container.dingtalk is not None
    attach(container.dingtalk.stream, build_dispatcher(), ctx)
    await container.dingtalk.stream.start()
    tickers = [
        asyncio.create_task(_tick(container, job, every), name=f"{job}-ticker")
        for job, every in periodic_jobs(container)
    ]
    return BotRuntime(ctx, tickers)


async def stop_bot(runtime: BotRuntime) -> None:
    """Stop the tickers; the stream stops with the container."""
    for task in runtime.tickers:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
