"""The long-running parts of `serve`: the bot on the DingTalk stream and the periodic tickers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from bot.app import attach, build_dispatcher
from bot.context import BotContext
from dinghire.bootstrap import Container
from settings import JobBackend
from workflows.background.schedule import Periodic, schedule

log = logging.getLogger(__name__)


def bot_context(container: Container) -> BotContext:
    """The context handed to every bot handler."""
    if container.dingtalk is None:
        raise RuntimeError("DingTalk is disabled (DINGHIRE_DINGTALK_ENABLED=false)")
    return BotContext(container.services)


@dataclass
class BotRuntime:
    """What `start_bot` started, for `stop_bot`."""

    context: BotContext
    tickers: list[asyncio.Task[None]]


async def _tick(container: Container, periodic: Periodic) -> None:
    # The embedded default has no arq cron: the same schedule table runs as tickers. Job ids are
    # unique per time slot, so a slot never runs twice.
    while True:
        at = periodic.next_run(time.time())
        await asyncio.sleep(max(0.0, at - time.time()))
        job = periodic.job
        try:
            await container.queue.enqueue(job, job_id=f"{job}:tick:{periodic.slot(at)}")
        except Exception:
            log.exception("could not schedule %s", job)


def periodic_jobs(container: Container) -> tuple[Periodic, ...]:
    """What the bot's process ticks: all of the table in-process, with arq the rows kept by the bot.

    With arq the worker's cron jobs (dinghire.jobs.cron_jobs) run the rest of the same table.
    """
    table = schedule(container.settings)
    if container.settings.redis.job_backend is JobBackend.INPROCESS:
        return table
    return tuple(p for p in table if p.with_bot)


async def start_bot(container: Container) -> BotRuntime:
    """Connect the bot to the DingTalk stream and start the periodic tickers."""
    ctx = bot_context(container)
    assert container.dingtalk is not None
    attach(container.dingtalk.stream, build_dispatcher(), ctx)
    await container.dingtalk.stream.start()
    tickers = [
        asyncio.create_task(_tick(container, periodic), name=f"{periodic.job}-ticker")
        for periodic in periodic_jobs(container)
    ]
    return BotRuntime(ctx, tickers)


async def stop_bot(runtime: BotRuntime) -> None:
    """Stop the tickers; the stream stops with the container."""
    for task in runtime.tickers:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
