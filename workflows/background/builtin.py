"""Job functions owned by workflows itself (maintenance and retention)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from workflows.background.jobs import retrying
from workflows.messaging.retention import purge_delivery_log


@retrying(max_tries=3)
async def purge_delivery_log_job(ctx: dict[str, Any], days: int) -> int:
    """Drop inbound delivery ids older than `days` days."""
    return await purge_delivery_log(timedelta(days=days))


WORKFLOW_JOBS = (purge_delivery_log_job,)
