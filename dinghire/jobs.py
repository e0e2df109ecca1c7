"""Every job function of the system, for the arq worker and the in-process queue alike."""

from __future__ import annotations

from integrations.dingtalk.jobs import dispatch_outbox_job
from workflows.background.builtin import WORKFLOW_JOBS
from workflows.background.jobs import JobFunction


def job_functions() -> list[JobFunction]:
    """All registered job functions (same list for both backends)."""
    return [*WORKFLOW_JOBS, dispatch_outbox_job]
