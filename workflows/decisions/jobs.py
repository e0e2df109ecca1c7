"""HR notifications driven by domain events: the scored card for the job owner."""

from __future__ import annotations

import logging
from typing import Any

from integrations.dingtalk.messages import InteractiveCard, OutgoingMessage, Recipient
from workflows.applications import service as applications
from workflows.applications.stages import Stage
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.decisions.pass_line import POLICY_ACTOR, apply_scored_policy
from workflows.decisions.scored_card import scored_card_id, scored_summary
from workflows.decisions.service import actor_display
from workflows.errors import NotFoundError
from workflows.events import ApplicationStageChanged, EventBus
from workflows.links import report_url
from workflows.messaging.notify import candidate_name_by_id, notify
from workflows.services import services_from_ctx
from workflows.staff.service import staff_by_id

log = logging.getLogger(__name__)


def scored_job_id(application_id: int) -> str:
    """An application reaches `scored` once, so one job id per application."""
    return job_id(JobName.NOTIFY_SCORED, application_id)


def subscribe_scored_notifications(bus: EventBus, queue: Any) -> None:
    """When an application reaches `scored`, queue the owner's card (and the auto policy)."""

    async def on_stage(event: ApplicationStageChanged) -> None:
        if event.to_stage != Stage.SCORED.value:
            return
        await queue.enqueue(
            JobName.NOTIFY_SCORED, event.application_id, job_id=scored_job_id(event.application_id)
        )

    bus.subscribe(ApplicationStageChanged, on_stage)


@retrying(max_tries=4)
async def notify_scored_job(ctx: dict[str, Any], application_id: int) -> dict[str, Any]:
    """Apply the pass-line policy, then send the job owner the scored card (once)."""
    deps = services_from_ctx(ctx)
    try:
        outcome = await apply_scored_policy(application_id, deps)
    except NotFoundError as exc:
        raise PermanentJobError(str(exc)) from exc
    app, job, report = outcome.application, outcome.job, outcome.report
    if report is None:
        raise PermanentJobError(f"application {application_id} is scored without a report")
    owner = await staff_by_id(job.owner_id) if job.owner_id else None  # type: ignore[attr-defined]
    if owner is None:
        log.warning("job %s has no owner: no scored card for application %s", job.id, app.id)
        return {"application_id": app.id, "sent": False, "reason": "no owner"}
    name = await candidate_name_by_id(app.candidate_id, deps.vault)  # type: ignore[attr-defined]
    stage = Stage(app.stage)
    by = ""
    if outcome.automatic is not None and outcome.automatic.done:
        by = await actor_display(POLICY_ACTOR)
    summary = scored_summary(
        application_id=app.id,
        job_id=job.id,
        job_title=job.title,
        name=name,
        report=report,
        rec=outcome.recommendation,
        pass_line=job.pass_line,
        stage=stage,
        report_link=report_url(deps.settings, app.id, staff_id=owner.id),
        status_by=by,
        auto_decided=bool(by),
    )
    data = deps.present.scored_cards.scored(summary)
    track = scored_card_id(app.id)
    card = InteractiveCard(deps.settings.dingtalk.card_template_id, track, data)
    await applications.attach_card(app.id, track)
    await notify(
        OutgoingMessage(Recipient.users(owner.dingtalk_user_id), card),
        dedup_key=f"card:{track}",
        queue=deps.queue,
    )
    return {"application_id": app.id, "sent": True, "stage": stage.value}


NOTIFICATION_JOBS = (notify_scored_job,)
