"""Every job function of the system, for the arq worker and the in-process queue alike."""

from __future__ import annotations

from typing import Any, cast

from arq import cron
from arq.typing import WorkerCoroutine

from dinghire.metrics import instrument_job
from settings import Settings
from workflows.assessments.jobs import ANALYSIS_JOBS
from workflows.background.builtin import WORKFLOW_JOBS
from workflows.background.jobs import JobFunction
from workflows.background.names import JobName
from workflows.background.schedule import schedule
from workflows.candidates.intake_job import INTAKE_JOBS
from workflows.decisions.jobs import NOTIFICATION_JOBS
from workflows.invitations.jobs import INVITATION_JOBS
from workflows.messaging.card_clicks import CARD_CLICK_JOBS
from workflows.messaging.jobs import dispatch_outbox_job
from workflows.offers.approval_sync import OFFER_JOBS
from workflows.offers.preentry import ONBOARDING_JOBS
from workflows.outcomes.jobs import OUTCOME_JOBS


def job_functions() -> list[JobFunction]:
    """All registered job functions (same list for both backends), one per JobName, timed."""
    functions: list[JobFunction] = [
        *WORKFLOW_JOBS,
        dispatch_outbox_job,
        *CARD_CLICK_JOBS,
        *ANALYSIS_JOBS,
        *INVITATION_JOBS,
        *NOTIFICATION_JOBS,
        *ONBOARDING_JOBS,
        *OFFER_JOBS,
        *INTAKE_JOBS,
        *OUTCOME_JOBS,
    ]
    names = sorted(fn.__name__ for fn in functions)
    if names != sorted(JobName):
        raise RuntimeError(f"job functions {names} do not match JobName {sorted(JobName)}")
    return [instrument_job(fn) for fn in functions]


def cron_jobs(settings: Settings) -> list[Any]:
    """The schedule table as arq cron jobs (the embedded default ticks it in dinghire.runtime)."""
    by_name = {fn.__name__: fn for fn in job_functions()}
    jobs = []
    for periodic in schedule(settings):
        if periodic.with_bot:
            continue  # dinghire.runtime ticks it beside the bot
        hours, minutes, seconds = periodic.cron_fields()
        function = cast(WorkerCoroutine, by_name[periodic.job])
        # arq's unique cron ids keep two workers from both running one slot.
        jobs.append(
            cron(
                function,
                name=str(periodic.job),
                hour=hours,
                minute=minutes,
                second=seconds,
                unique=True,
            )
        )
    return jobs
