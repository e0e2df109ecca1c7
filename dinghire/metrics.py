"""Prometheus metrics: HTTP latency by route, jobs by name, queue depth, outbox backlog, ASR
real-time factor. The API serves them at /metrics; an arq worker on its own port (its jobs and
transcriptions happen in its process)."""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from arq import Retry
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    start_http_server,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dinghire.logs import JOB_ID
from workflows.budget.service import calls_this_month
from workflows.operations.backlog import read_backlog

REGISTRY = CollectorRegistry(auto_describe=True)

HTTP_LATENCY = Histogram(
    "dinghire_http_request_duration_seconds",
    "HTTP request latency by method, route template and status class.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
JOB_LATENCY = Histogram(
    "dinghire_job_duration_seconds",
    "Job run time by job name and outcome (ok, retry, failed).",
    ["job", "outcome"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
    registry=REGISTRY,
)
JOB_FAILURES = Counter(
    "dinghire_job_failures_total",
    "Job runs that raised, by job name.",
    ["job"],
    registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "dinghire_queue_depth",
    "Jobs waiting in the queue (arq) or not yet finished (in-process).",
    registry=REGISTRY,
)
OUTBOX = Gauge(
    "dinghire_outbox_messages",
    "Outbox messages by status (dead = dead letters).",
    ["status"],
    registry=REGISTRY,
)
FAILED_JOBS = Gauge(
    "dinghire_failed_jobs", "Unresolved dead-letter jobs by job name.", ["job"], registry=REGISTRY
)

DINGTALK_CALLS = Gauge(
    "dinghire_dingtalk_api_calls",
    "DingTalk calls counted against the org's monthly quota this month, by API.",
    ["api"],
    registry=REGISTRY,
)

ASR_RTF = Histogram(
    "dinghire_asr_real_time_factor",
    "ASR wall time divided by the audio's duration, per transcribed answer, by engine "
    "(below 1: faster than real time).",
    ["engine"],
    buckets=(0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5),
    registry=REGISTRY,
)
ASR_AUDIO = Counter(
    "dinghire_asr_audio_seconds_total",
    "Seconds of candidate audio transcribed, by engine.",
    ["engine"],
    registry=REGISTRY,
)


def observe_asr(engine: str, asr_s: float, audio_s: float) -> None:
    """Record one transcription: its real-time factor and the audio it covered."""
    ASR_RTF.labels(engine).observe(asr_s / audio_s)
    ASR_AUDIO.labels(engine).inc(audio_s)


def serve_worker_metrics(host: str, port: int) -> bool:
    """Expose this worker's job and ASR metrics on host:port; False when the port is taken."""
    try:
        start_http_server(port, addr=host, registry=REGISTRY)
    except OSError:
        return False
    return True


F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def instrument_job(function: F) -> F:
    """Time every run of a job function and count its failures; the name stays the same."""
    name = function.__name__

    @functools.wraps(function)
    async def run(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        outcome = "ok"
        # arq passes its job id in ctx; log lines of this run carry it.
        ctx = args[0] if args and isinstance(args[0], dict) else {}
        token = JOB_ID.set(str(ctx.get("job_id") or name))
        try:
            return await function(*args, **kwargs)
        except Exception as exc:
            # arq's Retry is a request to run again later, not a failure.
            outcome = "retry" if isinstance(exc, Retry) else "failed"
            if outcome == "failed":
                JOB_FAILURES.labels(name).inc()
            raise
        finally:
            JOB_ID.reset(token)
            JOB_LATENCY.labels(name, outcome).observe(time.perf_counter() - started)

    return run  # type: ignore[return-value]


class HttpMetricsMiddleware:
    """Observe each request's latency under its route template (never the raw path: ids and
    tokens in paths would explode the label set and leak into the metrics)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Time the request; label it once the router has matched it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            HTTP_LATENCY.labels(scope["method"], template, f"{status // 100}xx").observe(
                time.perf_counter() - started
            )


async def render(queue_depth: Callable[[], Awaitable[int]]) -> bytes:
    """Refresh the gauges read at scrape time and return the exposition text."""
    QUEUE_DEPTH.set(await queue_depth())
    backlog = await read_backlog()
    for status, count in backlog.outbox.items():
        OUTBOX.labels(status).set(count)
    FAILED_JOBS.clear()
    for job, count in backlog.failed_jobs.items():
        FAILED_JOBS.labels(job).set(count)
    DINGTALK_CALLS.clear()
    for api, calls in (await calls_this_month()).items():
        DINGTALK_CALLS.labels(api).set(calls)
    return generate_latest(REGISTRY)
