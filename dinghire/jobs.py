"""Every job function of the system, for the arq worker and the in-process queue alike."""

from __future__ import annotations

from typing import Any, cast

from arq import cron
from arq.typing import WorkerCoroutine

from analysis.jobs import ANALYSIS_JOBS
from bot.notifications import NOTIFICATION_JOBS
from dinghire.metrics import instrument_job
from integrations.dingtalk.jobs import dispatch_outbox_job
from workflows.background.builtin import WORKFLOW_JOBS, enforce_retention_job
from workflows.background.jobs import JobFunction
from workflows.candidates.intake_job import INTAKE_JOBS
from workflows.invitations.jobs import INVITATION_JOBS, scan_invitations_job
from workflows.offers.acceptance import ONBOARDING_JOBS
from workflows.offers.approval_sync import OFFER_JOBS, reconcile_offers_job


def job_functions() -> list[JobFunction]:
    """All registered job functions (same list for both backends), timed for the metrics."""
    functions: list[JobFunction] = [
        *WORKFLOW_JOBS,
        dispatch_outbox_job,
        *ANALYSIS_JOBS,
        *INVITATION_JOBS,
        *NOTIFICATION_JOBS,
        *ONBOARDING_JOBS,
        *OFFER_JOBS,
        *INTAKE_JOBS,
    ]
    return [instrument_job(fn) for fn in functions]


def cron_jobs() -> list[Any]:
    """Periodic jobs for the arq worker (the embedded default ticks them in dinghire.runtime)."""
    # Every minute at second 0; arq's unique cron ids keep two workers from both running it.
    scan = cast(WorkerCoroutine, scan_invitations_job)
    # Open offer approvals are read back every 5 minutes in case an event was lost.
    offers = cast(WorkerCoroutine, reconcile_offers_job)
    # Retention limits once a day, at a quiet hour.
    retention = cast(WorkerCoroutine, enforce_retention_job)
    return [
        cron(scan, name="scan_invitations_job", second=0, unique=True),
        cron(
            offers, name="reconcile_offers_job", minute=set(range(0, 60, 5)), second=30, unique=True
        ),
        cron(retention, name="enforce_retention_job", hour=3, minute=10, second=0, unique=True),
    ]
