"""Backlogs an operator watches: outbox messages by state and unresolved dead-letter jobs."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.functions import Count

from workflows.background.models import FailedJob
from workflows.messaging.models import OutboxMessage, OutboxStatus


@dataclass(frozen=True, slots=True)
class Backlog:
    """Outbox messages per status (every status present, zero when none) and dead jobs by name."""

    outbox: dict[str, int]
    failed_jobs: dict[str, int]


async def read_backlog() -> Backlog:
    """Count outbox messages by status and unresolved failed jobs by function, in two queries."""
    outbox = {status.value: 0 for status in OutboxStatus}
    rows = await OutboxMessage.annotate(n=Count("id")).group_by("status").values("status", "n")
    for row in rows:
        outbox[str(row["status"])] = int(row["n"])
    failed: dict[str, int] = {}
    dead = await (
        FailedJob.filter(resolved=False)
        .annotate(n=Count("id"))
        .group_by("function")
        .values("function", "n")
    )
    for row in dead:
        failed[str(row["function"])] = int(row["n"])
    return Backlog(outbox, failed)
