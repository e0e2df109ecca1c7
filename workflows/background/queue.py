"""The job queue port, with arq (Redis) and in-process backends running the same job functions."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from arq import Retry
from arq.connections import ArqRedis
from arq.constants import (
    in_progress_key_prefix,
    job_key_prefix,
    result_key_prefix,
    retry_key_prefix,
)

from workflows.background.jobs import JobFunction
from workflows.background.names import JobName

log = logging.getLogger(__name__)


class JobQueue(Protocol):
    """Enqueue work by function name; ids make enqueueing idempotent."""

    async def enqueue(
        self, function: JobName, *args: Any, job_id: str, defer_by_s: float = 0.0
    ) -> bool:
        """Queue a job; False when a job with this id is already queued or done."""
        ...

    async def depth(self) -> int:
        """Jobs queued and not yet finished (for the metrics)."""
        ...


class ArqJobQueue:
    """Jobs go to Redis; `dinghire worker` processes run them."""

    def __init__(self, redis: ArqRedis, queue_name: str) -> None:
        self._redis = redis
        self._queue_name = queue_name

    async def enqueue(
        self, function: JobName, *args: Any, job_id: str, defer_by_s: float = 0.0
    ) -> bool:
        """Queue on Redis; arq refuses a second job with the same id while the first is known."""
        job = await self._redis.enqueue_job(
            str(function),  # a plain str on the wire: the worker needs no enum to read it
            *args,
            _job_id=job_id,
            _queue_name=self._queue_name,
            _defer_by=defer_by_s or None,
        )
        return job is not None

    async def depth(self) -> int:
        """Jobs waiting in arq's queue (a sorted set, deferred ones included)."""
        return int(await self._redis.zcard(self._queue_name))

    async def purge(self) -> int:
        """Forget every queued job and arq's job, result, retry and lease keys (the sandbox's
        reset only); returns how many keys went."""
        doomed = [self._queue_name]
        for prefix in (job_key_prefix, result_key_prefix, retry_key_prefix, in_progress_key_prefix):
            doomed += [key async for key in self._redis.scan_iter(match=f"{prefix}*")]
        return int(await self._redis.delete(*doomed))


@dataclass
class _JobState:
    function: str
    args: tuple[Any, ...]
    tries: int = 0
    status: str = "queued"
    result: Any = None
    error: str = ""
    task: asyncio.Task[None] | None = field(default=None, repr=False)


class InProcessJobQueue:
    """The embedded default: jobs run as asyncio tasks in this process, with arq's retry rules."""

    def __init__(
        self,
        functions: Sequence[JobFunction],
        ctx: dict[str, Any],
        *,
        max_tries: int = 5,
        max_concurrency: int = 4,
    ) -> None:
        self._functions = {fn.__name__: fn for fn in functions}
        self._ctx = ctx
        self._max_tries = max_tries
        self._jobs: dict[str, _JobState] = {}
        self._sem = asyncio.Semaphore(max_concurrency)

    async def enqueue(
        self, function: JobName, *args: Any, job_id: str, defer_by_s: float = 0.0
    ) -> bool:
        """Start the job unless one with this id is already known."""
        if function not in self._functions:
            raise KeyError(f"unknown job function {function!r}")
        if job_id in self._jobs:
            return False
        state = _JobState(function, args)
        self._jobs[job_id] = state
        state.task = asyncio.create_task(self._run(job_id, state, defer_by_s), name=job_id)
        return True

    async def depth(self) -> int:
        """Jobs of this process queued or running."""
        return sum(1 for s in self._jobs.values() if s.status in ("queued", "running"))

    def status(self, job_id: str) -> str | None:
        """queued, running, complete or failed; None for an unknown id."""
        state = self._jobs.get(job_id)
        return state.status if state else None

    def result(self, job_id: str) -> Any:
        """The return value of a completed job."""
        return self._jobs[job_id].result

    async def drain(self, timeout: float = 60.0) -> None:
        """Wait until every job (including ones enqueued meanwhile) has finished."""
        async with asyncio.timeout(timeout):
            while True:
                pending = [s.task for s in self._jobs.values() if s.task and not s.task.done()]
                if not pending:
                    return
                await asyncio.gather(*pending, return_exceptions=True)

    async def close(self) -> None:
        """Cancel unfinished jobs (they are idempotent and can be enqueued again)."""
        tasks = [s.task for s in self._jobs.values() if s.task and not s.task.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def purge(self) -> int:
        """Cancel unfinished jobs and forget every id (the sandbox's reset only); returns how
        many jobs were known."""
        await self.close()
        known = len(self._jobs)
        self._jobs.clear()
        return known

    async def _run(self, job_id: str, state: _JobState, delay: float) -> None:
        fn = self._functions[state.function]
        max_tries = int(getattr(fn, "max_tries", self._max_tries))
        while True:
            if delay:
                await asyncio.sleep(delay)
            state.tries += 1
            state.status = "running"
            ctx = {**self._ctx, "job_id": job_id, "job_try": state.tries}
            try:
                async with self._sem:
                    state.result = await fn(ctx, *state.args)
            except Retry as retry:
                if state.tries >= max_tries:
                    state.status, state.error = "failed", f"gave up after {state.tries} tries"
                    return
                delay = _defer_seconds(retry)
                continue
            except Exception as exc:
                log.exception("in-process job %s failed", job_id)
                state.status, state.error = "failed", repr(exc)
                return
            state.status = "complete"
            return


def _defer_seconds(retry: Retry) -> float:
    defer = retry.defer_score
    return float(defer) / 1000.0 if defer else 1.0
