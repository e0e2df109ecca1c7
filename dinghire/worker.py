"""The arq worker: runs every job function against Redis, with dependencies in `ctx`."""

from __future__ import annotations

import logging
from typing import Any

from dinghire.bootstrap import arq_redis_settings, bootstrap, shutdown
from dinghire.jobs import cron_jobs, job_functions
from dinghire.metrics import serve_worker_metrics
from settings import Settings

log = logging.getLogger(__name__)


def worker_settings(settings: Settings, *, burst: bool = False) -> dict[str, Any]:
    """arq worker settings built from ours; nothing connects until the worker starts."""

    async def on_startup(ctx: dict[str, Any]) -> None:
        port = settings.redis.worker_metrics_port
        if port and not serve_worker_metrics(settings.redis.worker_metrics_host, port):
            log.warning("worker metrics port %s is taken; this worker serves no metrics", port)
        container = await bootstrap(settings)
        ctx["container"] = container
        ctx.update(container.job_ctx)

    async def on_shutdown(ctx: dict[str, Any]) -> None:
        container = ctx.get("container")
        if container is not None:
            await shutdown(container)

    return {
        "functions": job_functions(),
        "cron_jobs": cron_jobs(settings),
        "redis_settings": arq_redis_settings(settings),
        "queue_name": settings.redis.queue_name,
        "on_startup": on_startup,
        "on_shutdown": on_shutdown,
        "max_tries": settings.redis.max_tries,
        "max_jobs": settings.redis.worker_max_jobs,
        "job_timeout": settings.redis.job_timeout_s,
        "keep_result": 24 * 3600,
        "burst": burst,
        "handle_signals": not burst,
    }
