"""What HR and operators see of jobs that failed for good (dead letters)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workflows.background.models import FailedJob


@dataclass(frozen=True, slots=True)
class FailedJobView:
    """One dead letter, newest first in lists."""

    id: int
    job_id: str
    function: str
    args: list[Any]
    tries: int
    error: str
    resolved: bool
    failed_at: datetime


async def list_failed_jobs(
    *, function: str | None = None, include_resolved: bool = False, limit: int = 50
) -> list[FailedJobView]:
    """Unresolved dead letters (optionally of one job function), newest first."""
    query = FailedJob.all()
    if function is not None:
        query = query.filter(function=function)
    if not include_resolved:
        query = query.filter(resolved=False)
    rows = await query.order_by("-updated_at", "-id").limit(limit)
    return [
        FailedJobView(
            r.id, r.job_id, r.function, list(r.args), r.tries, r.error, r.resolved, r.updated_at
        )
        for r in rows
    ]


async def resolve_failed_job(job_id: str) -> bool:
    """Mark a dead letter as handled; False when there is none."""
    return bool(await FailedJob.filter(job_id=job_id).update(resolved=True))
