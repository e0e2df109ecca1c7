"""Use cases on applications: create one, and change its stage through the transition table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.exceptions import DoesNotExist
from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage, check_transition
from workflows.errors import ConflictError, NotFoundError
from workflows.events import ApplicationStageChanged, EventBus


@dataclass(frozen=True, slots=True)
class StageChange:
    """The outcome of one transition."""

    application_id: int
    from_stage: Stage | None
    to_stage: Stage
    at: datetime


async def open_application(
    *,
    candidate_id: int,
    job_id: int,
    actor: Actor,
    bus: EventBus,
    resume_id: int | None = None,
    source_channel: str = "dingtalk_bot",
    reason: str = "收到简历",
) -> tuple[Application, bool]:
    """Create the application for candidate x job, or return the existing one (created=False)."""
    now = datetime.now(UTC)
    async with in_transaction():
        existing = await Application.get_or_none(candidate_id=candidate_id, job_id=job_id)
        if existing is not None:
            if resume_id is not None and existing.resume_id != resume_id:  # type: ignore[attr-defined]
                existing.resume_id = resume_id
                await existing.save(update_fields=["resume_id", "updated_at"])
            return existing, False
        app = await Application.create(
            candidate_id=candidate_id,
            job_id=job_id,
            resume_id=resume_id,
            stage=Stage.RECEIVED,
            stage_changed_at=now,
            source_channel=source_channel,
        )
        await StageHistory.create(
            application=app,
            from_stage=None,
            to_stage=Stage.RECEIVED,
            actor=str(actor),
            reason=reason,
            at=now,
        )
    await bus.publish(
        ApplicationStageChanged(
            application_id=app.id,
            job_id=job_id,
            candidate_id=candidate_id,
            from_stage=None,
            to_stage=Stage.RECEIVED.value,
            actor=str(actor),
            reason=reason,
            occurred_at=now,
        )
    )
    return app, True


async def transition(
    application_id: int,
    to_stage: Stage,
    *,
    actor: Actor,
    reason: str,
    bus: EventBus,
    expected_from: Stage | None = None,
) -> StageChange:
    """Move an application to `to_stage`; raises IllegalTransitionError if the table forbids it."""
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        try:
            app = await Application.select_for_update().using_db(conn).get(id=application_id)
        except DoesNotExist as exc:
            raise NotFoundError(
                f"application {application_id} not found", user_message="找不到这份申请"
            ) from exc
        from_stage = Stage(app.stage)
        if expected_from is not None and from_stage is not expected_from:
            raise ConflictError(
                f"application {application_id} is {from_stage}, expected {expected_from}",
                user_message="该候选人的状态已被他人更新，请刷新后重试",
            )
        check_transition(from_stage, to_stage)
        app.stage = to_stage
        app.stage_changed_at = now
        await app.save(using_db=conn, update_fields=["stage", "stage_changed_at", "updated_at"])
        await StageHistory.create(
            using_db=conn,
            application_id=app.id,
            from_stage=from_stage,
            to_stage=to_stage,
            actor=str(actor),
            reason=reason,
            at=now,
        )
        job_id: int = app.job_id  # type: ignore[attr-defined]
        candidate_id: int = app.candidate_id  # type: ignore[attr-defined]
    await bus.publish(
        ApplicationStageChanged(
            application_id=application_id,
            job_id=job_id,
            candidate_id=candidate_id,
            from_stage=from_stage.value,
            to_stage=to_stage.value,
            actor=str(actor),
            reason=reason,
            occurred_at=now,
        )
    )
    return StageChange(application_id, from_stage, to_stage, now)


async def history(application_id: int) -> list[StageHistory]:
    """The application's stage changes, oldest first."""
    return await StageHistory.filter(application_id=application_id).order_by("at", "id")


async def attach_card(application_id: int, out_track_id: str) -> None:
    """Remember which HR card shows this application, so later changes can update it."""
    await Application.filter(id=application_id).update(hr_card_track_id=out_track_id)


async def card_applications(out_track_id: str) -> list[Application]:
    """Applications shown on an HR card."""
    return await Application.filter(hr_card_track_id=out_track_id)
