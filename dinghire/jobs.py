"""Every job function of the system, for the arq worker and the in-process queue alike."""

from __future__ import annotations

from typing import Any, cast

from arq import cron
from arq.typing import WorkerCoroutine

from analysis.jobs import ANALYSIS_JOBS
from integrations.dingtalk.jobs import dispatch_outbox_job
from workflows.background.builtin import WORKFLOW_JOBS
from workflows.background.jobs import JobFunction
from workflows.invitations.jobs import INVITATION_JOBS, scan_invitations_job


def job_functions() -> list[JobFunction]:
    """All registered job functions (same list for both backends)."""
    return [*WORKFLOW_JOBS, dispatch_outbox_job, *ANALYSIS_JOBS, *INVITATION_JOBS]


def cron_jobs() -> list[Any]:
    """Periodic jobs for the arq worker (the embedded default ticks them in dinghire.runtime)."""
    # Every minute at second 0; arq's unique cron ids keep two workers from both running it.
    scan = cast(WorkerCoroutine, scan_invitations_job)
    return [cron(scan, name="scan_invitations_job", second=0, unique=True)]
