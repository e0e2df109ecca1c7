"""The arq worker: runs every job function against Redis, with dependencies in `ctx`."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from arq.constants import in_progress_key_prefix
from arq.worker import Worker
from redis.exceptions import RedisError

from dinghire.bootstrap import arq_redis_settings, bootstrap, shutdown
from dinghire.jobs import cron_jobs, job_functions
from dinghire.metrics import serve_worker_metrics
from settings import Settings

log = logging.getLogger(__name__)


class LeasedWorker(Worker):
    """arq's worker with a renewed lease on every job it runs.

    arq marks a running job with an in-progress key that expires after the longest job timeout
    (+10 s): a worker killed mid-job blocks the job's takeover for that long (610 s with our
    600 s timeout). Here the key lives `lease_s` and this worker renews it every lease_s / 3
    while the job runs, so a live worker keeps its slow jobs and a dead worker's jobs are
    picked up by another worker within `lease_s`. Jobs stay bounded by their timeout, and are
    idempotent (deterministic ids, one result per answer), so a takeover never doubles work.
    """

    def __init__(self, *args: Any, lease_s: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lease_s = lease_s
        self.in_progress_timeout_s = lease_s

    async def main(self) -> None:
        """Run as arq does, renewing the leases beside it."""
        renewing = asyncio.create_task(self._renew_leases())
        try:
            await super().main()
        finally:
            renewing.cancel()

    async def _renew_leases(self) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            running = [job_id for job_id, task in list(self.tasks.items()) if not task.done()]
            if not running or self._pool is None:
                continue
            try:
                async with self._pool.pipeline(transaction=False) as pipe:
                    for job_id in running:
                        # pexpire leaves a finished job's deleted key deleted.
                        pipe.pexpire(in_progress_key_prefix + job_id, int(self.lease_s * 1000))
                    await pipe.execute()
            except (OSError, RedisError) as exc:  # Redis away: arq's own loop reports it
                log.warning("could not renew job leases: %s", exc)


def run_leased_worker(settings: Settings, *, burst: bool = False) -> None:
    """`dinghire worker`: an arq worker with job leases (settings.redis.job_lease_s)."""
    LeasedWorker(**worker_settings(settings, burst=burst), lease_s=settings.redis.job_lease_s).run()


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
