"""Background jobs: the periodic scan and the reminder / miss actions it enqueues.

The scan runs every minute (arq cron) or every 30 s (embedded ticker). It only looks and
enqueues; each action has a deterministic job id, so overlapping scans queue it once, and each
action re-checks the state, so a stale or repeated action does nothing.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q

from workflows.applications.models import Application
from workflows.background.jobs import job_id, retrying
from workflows.background.names import JobName
from workflows.invitations.followup import close_if_settled, handle_miss, send_reminder
from workflows.invitations.models import OPEN_STATUSES, Invitation, InvitationStatus
from workflows.invitations.schedule import (
    LOOKAHEAD,
    ActionKind,
    due_action,
    state_of,
)
from workflows.services import Services, services_from_ctx

log = logging.getLogger(__name__)

SCAN_BATCH = 500


def reminder_job_id(invitation_id: int, tag: str) -> str:
    """Job id of one reminder."""
    return job_id("invitation_reminder", invitation_id, tag)


def miss_job_id(invitation_id: int) -> str:
    """Job id of one miss."""
    return job_id("invitation_missed", invitation_id)


@dataclass(frozen=True, slots=True)
class ScanReport:
    """What one scan saw and enqueued."""

    looked_at: int = 0
    reminders: int = 0
    misses: int = 0
    closed: int = 0

    def as_dict(self) -> dict[str, int]:
        """Counts by kind."""
        return {
            "looked_at": self.looked_at,
            "reminders": self.reminders,
            "misses": self.misses,
            "closed": self.closed,
        }


async def _due_rows(now: datetime, limit: int) -> AsyncIterator[Invitation]:
    # Keyset pages: invitations only waiting for their deadline must not starve later ones.
    due = Q(status__in=list(OPEN_STATUSES), deadline_at__lte=now + LOOKAHEAD) | Q(
        status=InvitationStatus.MISSED, followed_up_at__isnull=True
    )
    after: tuple[datetime, int] | None = None
    while True:
        query = Invitation.filter(due)
        if after is not None:
            query = query.filter(
                Q(deadline_at__gt=after[0]) | Q(deadline_at=after[0], id__gt=after[1])
            )
        rows = await query.order_by("deadline_at", "id").limit(limit)
        for row in rows:
            yield row
        if len(rows) < limit:
            return
        after = (rows[-1].deadline_at, rows[-1].id)


async def scan_invitations(deps: Services, *, limit: int = SCAN_BATCH) -> ScanReport:
    """Enqueue the reminder and miss actions due at the clock's now."""
    now = deps.clock()
    looked = reminders = misses = closed = 0
    async for inv in _due_rows(now, limit):
        looked += 1
        if inv.status is InvitationStatus.MISSED:
            # A follow-up that did not finish (crash, failed job): try it again.
            queued = await deps.queue.enqueue(
                JobName.INVITATION_MISSED, inv.id, job_id=miss_job_id(inv.id)
            )
            misses += int(queued)
            continue
        app = await Application.get(id=inv.application_id)  # type: ignore[attr-defined]
        if await close_if_settled(inv, app, now):
            closed += 1
            continue
        action = due_action(state_of(inv), now)
        if action is None:
            continue
        if action.kind is ActionKind.MISS:
            queued = await deps.queue.enqueue(
                JobName.INVITATION_MISSED, inv.id, job_id=miss_job_id(inv.id)
            )
            misses += int(queued)
        else:
            jid = reminder_job_id(inv.id, action.tag)
            queued = await deps.queue.enqueue(
                JobName.INVITATION_REMINDER, inv.id, action.tag, job_id=jid
            )
            reminders += int(queued)
    return ScanReport(looked, reminders, misses, closed)


@retrying(max_tries=3)
async def scan_invitations_job(ctx: dict[str, Any]) -> dict[str, int]:
    """Periodic: enqueue due invitation reminders and misses."""
    report = await scan_invitations(services_from_ctx(ctx))
    if report.reminders or report.misses:
        log.info("invitation scan: %s", report.as_dict())
    return report.as_dict()


@retrying(max_tries=5)
async def invitation_reminder_job(ctx: dict[str, Any], invitation_id: int, tag: str) -> bool:
    """Send one reminder if still due."""
    return await send_reminder(invitation_id, tag, services_from_ctx(ctx))


@retrying(max_tries=5)
async def invitation_missed_job(ctx: dict[str, Any], invitation_id: int) -> str:
    """Handle one missed deadline (new slot or final)."""
    return (await handle_miss(invitation_id, services_from_ctx(ctx))).value


INVITATION_JOBS = (scan_invitations_job, invitation_reminder_job, invitation_missed_job)
