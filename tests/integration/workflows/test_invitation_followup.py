"""Invitation follow-ups against the database alone: interrupted misses resume once, HR gets
the reminders of candidates only HR can reach, HR moving on cancels the invitation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from settings import DatabaseSettings, load_settings
from tests.fakes import RecordingQueue, make_services
from tests.integration.workflows.factories import make_candidate, make_job
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.clock import ManualClock
from workflows.invitations.followup import MissOutcome, handle_miss, send_reminder
from workflows.invitations.jobs import scan_invitations
from workflows.invitations.models import Invitation, InvitationChannel, InvitationStatus
from workflows.invitations.service import invite, mark_opened
from workflows.messaging.models import OutboxMessage
from workflows.privacy.vault import PiiVault
from workflows.services import Services

HR = Actor.staff("hr_wangfang")


def _deps(clock: ManualClock, queue: RecordingQueue) -> Services:
    settings = load_settings(strict=False, mode="test")
    vault = PiiVault(settings.security.master_key_bytes(), b"test-hash-key")
    return make_services(settings, vault=vault, queue=queue, clock=clock)


async def _screened(deps: Services, **candidate: Any) -> Application:
    job, cand = await make_job(), await make_candidate()
    for key, value in candidate.items():
        setattr(cand, key, value)
    await cand.save()
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("t"), bus=deps.bus
    )
    await applications.transition(
        app.id, Stage.SCREENED, actor=Actor.system("t"), reason="t", bus=deps.bus
    )
    return app


async def test_interrupted_miss_resumes_and_issues_one_new_slot(db: DatabaseSettings) -> None:
    clock, queue = ManualClock(datetime.now(UTC)), RecordingQueue()
    deps = _deps(clock, queue)
    app = await _screened(deps, dingtalk_user_id="emp001")
    first = await invite(app.id, actor=HR, deps=deps)
    clock.set(first.deadline_at + timedelta(minutes=5))
    # A worker died right after marking the miss: status MISSED, nothing else done.
    await Invitation.filter(id=first.invitation_id).update(
        status=InvitationStatus.MISSED, missed_at=clock.now()
    )
    report = await scan_invitations(deps)
    assert report.misses == 1
    assert f"invitation_missed:{first.invitation_id}" in queue.jobs

    assert await handle_miss(first.invitation_id, deps) is MissOutcome.NEW_SLOT
    assert await handle_miss(first.invitation_id, deps) is MissOutcome.DONE
    rows = await Invitation.filter(application_id=app.id).order_by("id")
    assert [(r.attempt, r.status) for r in rows] == [
        (1, InvitationStatus.MISSED),
        (2, InvitationStatus.SENT),
    ]
    assert (await Application.get(id=app.id)).stage is Stage.INVITED
    keys = {m.dedup_key for m in await OutboxMessage.all()}
    assert keys == {
        f"invitation:{rows[0].id}:invite",
        f"invitation:{rows[1].id}:invite",
    }
    assert (await scan_invitations(deps)).misses == 0


async def test_reminder_for_unreachable_candidate_goes_to_hr(db: DatabaseSettings) -> None:
    clock, queue = ManualClock(datetime.now(UTC)), RecordingQueue()
    deps = _deps(clock, queue)
    app = await _screened(deps)
    result = await invite(app.id, actor=HR, deps=deps)
    assert result.channel is InvitationChannel.MANUAL
    assert await OutboxMessage.all().count() == 0  # the handler, not the use case, tells HR

    clock.set(result.deadline_at - timedelta(hours=23))
    assert (await scan_invitations(deps)).reminders == 1
    assert await send_reminder(result.invitation_id, "24h", deps)
    assert not await send_reminder(result.invitation_id, "24h", deps)
    row = await OutboxMessage.get()
    assert row.recipient == "users:hr_wangfang"
    assert "请提醒候选人" in row.payload["content"]["title"]
    assert result.link in row.payload["content"]["text"]


async def test_rejected_application_cancels_its_invitation_without_messages(
    db: DatabaseSettings,
) -> None:
    clock, queue = ManualClock(datetime.now(UTC)), RecordingQueue()
    deps = _deps(clock, queue)
    app = await _screened(deps, dingtalk_user_id="emp001")
    result = await invite(app.id, actor=HR, deps=deps)
    assert await mark_opened(result.invitation_id, clock.now())
    assert not await mark_opened(result.invitation_id, clock.now())
    assert (await Invitation.get(id=result.invitation_id)).status is InvitationStatus.OPENED
    await applications.transition(app.id, Stage.REJECTED, actor=HR, reason="t", bus=deps.bus)
    clock.set(result.deadline_at + timedelta(minutes=1))
    report = await scan_invitations(deps)
    assert (report.closed, report.misses, report.reminders) == (1, 0, 0)
    assert (await Invitation.get(id=result.invitation_id)).status is InvitationStatus.CANCELLED
    assert await OutboxMessage.all().count() == 1  # only the invitation itself
