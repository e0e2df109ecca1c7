"""What happens around the deadline: reminders, the miss, one automatic new slot, the final miss.

Each step is safe to run again: reminders are recorded in Invitation.reminders_sent in the same
transaction as their outbox row (whose dedup key is fixed per invitation and tag), the miss is
a compare-and-set on the status, and the follow-up of a miss is finished when followed_up_at is
set; until then the scan keeps retrying it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import StrEnum

from tortoise.transactions import in_transaction

from integrations.dingtalk.messages import MessageContent, Recipient
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.clock import format_deadline
from workflows.interviews.models import InterviewSession
from workflows.invitations.delivery import invite_link, invite_token
from workflows.invitations.messages import HrInviteKind, HrInviteNotice, InviteKind, InviteMessage
from workflows.invitations.models import (
    OPEN_STATUSES,
    Invitation,
    InvitationStatus,
)
from workflows.invitations.schedule import (
    MAX_ATTEMPTS,
    NEW_SLOT_TTL,
    ActionKind,
    DueAction,
    due_action,
    merge_tags,
    state_of,
)
from workflows.invitations.service import issue_invitation
from workflows.jobs.models import Job
from workflows.messaging.candidate_message import CandidateMessage
from workflows.messaging.external import external_reach, queue_external
from workflows.messaging.notify import candidate_name, kick_dispatch, queue_message
from workflows.messaging.reach import reach_candidate
from workflows.services import Services

log = logging.getLogger(__name__)

SYSTEM = Actor.system("invitations")
# Stages that mean the interview was handed in, or that the application left the interview.
_OPEN_STAGES = frozenset({Stage.INVITED, Stage.INTERVIEWING, Stage.EXPIRED})
_CANCEL_STAGES = frozenset({Stage.REJECTED, Stage.WITHDRAWN})


class MissOutcome(StrEnum):
    """What handling a missed deadline did."""

    NOT_DUE = "not_due"
    CLOSED = "closed"  # submitted, rejected or withdrawn meanwhile: no miss
    NEW_SLOT = "new_slot"
    FINAL = "final"
    SUPERSEDED = "superseded"  # HR already invited again
    DONE = "done"  # nothing left to do


async def _submitted(app: Application) -> bool:
    if Stage(app.stage) not in _OPEN_STAGES | _CANCEL_STAGES:
        return True
    return await InterviewSession.filter(application_id=app.id, submitted_at__isnull=False).exists()


async def close_if_settled(inv: Invitation, app: Application, now: datetime) -> bool:
    """Close an open invitation whose application was submitted, rejected or withdrawn."""
    stage = Stage(app.stage)
    if stage in _CANCEL_STAGES:
        await Invitation.filter(id=inv.id, status__in=OPEN_STATUSES).update(
            status=InvitationStatus.CANCELLED
        )
        return True
    if await _submitted(app):
        await Invitation.filter(id=inv.id, status__in=OPEN_STATUSES).update(
            status=InvitationStatus.COMPLETED, completed_at=now
        )
        return True
    return False


async def _context(inv: Invitation, deps: Services) -> tuple[Candidate, Job, str, str]:
    app = await Application.get(id=inv.application_id)  # type: ignore[attr-defined]
    candidate = await Candidate.get(id=app.candidate_id)  # type: ignore[attr-defined]
    job = await Job.get(id=app.job_id).prefetch_related("owner")  # type: ignore[attr-defined]
    link = invite_link(invite_token(inv, deps.settings), deps.settings)
    return candidate, job, await candidate_name(candidate, deps.vault), link


def _hr(inv: Invitation, job: Job) -> str:
    if inv.hr_user_id:
        return inv.hr_user_id
    return str(job.owner.dingtalk_user_id) if job.owner is not None else ""


async def send_reminder(invitation_id: int, tag: str, deps: Services) -> bool:
    """Send reminder `tag` if it is due now and not sent yet; True when it was queued."""
    now = deps.clock()
    rows: list[int] = []
    async with in_transaction() as conn:
        inv = await Invitation.select_for_update().using_db(conn).filter(id=invitation_id).first()
        if inv is None:
            return False
        app = await Application.get(id=inv.application_id).using_db(conn)  # type: ignore[attr-defined]
        submitted = await _submitted(app)
        if due_action(state_of(inv, submitted=submitted), now) != DueAction(ActionKind.REMIND, tag):
            return False
        inv.reminders_sent = merge_tags(inv.reminders_sent or (), tag)
        await inv.save(using_db=conn, update_fields=["reminders_sent", "updated_at"])
        candidate, job, name, link = await _context(inv, deps)
        reach = reach_candidate(candidate)
        key = f"invitation:{inv.id}:reminder:{tag}"
        content: MessageContent
        if reach.recipient is not None:
            content = deps.present.invitations.to_candidate(
                InviteMessage(
                    InviteKind.REMINDER,
                    name,
                    job.title,
                    inv.deadline_at,
                    link,
                    reach.channel,
                    tag=tag,
                )
            )
            rows.append(await queue_message(reach.recipient, content, dedup_key=key, using_db=conn))
        elif external := await external_reach(candidate, "reminder", deps):
            message = CandidateMessage(
                "reminder", name, job.title, link=link, deadline=inv.deadline_at
            )
            rows.append(
                await queue_external(external, message, dedup_key=key, deps=deps, using_db=conn)
            )
        elif hr := _hr(inv, job):
            content = deps.present.invitations.to_hr(
                HrInviteNotice(HrInviteKind.REMIND, name, job.title, inv.deadline_at, link, tag)
            )
            rows.append(
                await queue_message(Recipient.users(hr), content, dedup_key=key, using_db=conn)
            )
    await kick_dispatch(deps.queue, rows)
    log.info("invitation %s: %s reminder queued", invitation_id, tag)
    return True


async def handle_miss(invitation_id: int, deps: Services) -> MissOutcome:
    """Deadline passed without submission: MISSED, application EXPIRED, then a new slot or HR."""
    now = deps.clock()
    inv = await Invitation.get_or_none(id=invitation_id)
    if inv is None:
        return MissOutcome.DONE
    app = await Application.get(id=inv.application_id)  # type: ignore[attr-defined]
    if inv.status in OPEN_STATUSES:
        if now < inv.deadline_at:
            return MissOutcome.NOT_DUE
        if await close_if_settled(inv, app, now):
            return MissOutcome.CLOSED
        await Invitation.filter(id=inv.id, status__in=OPEN_STATUSES).update(
            status=InvitationStatus.MISSED, missed_at=now
        )
        inv = await Invitation.get(id=invitation_id)
    if inv.status is not InvitationStatus.MISSED or inv.followed_up_at is not None:
        return MissOutcome.DONE
    outcome = await _follow_up(inv, app, deps)
    await Invitation.filter(id=inv.id, followed_up_at__isnull=True).update(followed_up_at=now)
    return outcome


async def _follow_up(inv: Invitation, app: Application, deps: Services) -> MissOutcome:
    newer = (
        await Invitation.filter(application_id=app.id, id__gt=inv.id)
        .exclude(id=inv.replaced_by_id or 0)
        .exists()
    )
    if newer:
        return MissOutcome.SUPERSEDED
    if inv.replaced_by_id is None and Stage(app.stage) in (Stage.INVITED, Stage.INTERVIEWING):
        await applications.transition(
            app.id,
            Stage.EXPIRED,
            actor=SYSTEM,
            reason=f"面试截止时间 {format_deadline(inv.deadline_at)} 已过，未提交",
            bus=deps.bus,
        )
    if inv.attempt >= MAX_ATTEMPTS:
        await _tell_hr_final(inv, app, deps)
        return MissOutcome.FINAL
    await _new_slot(inv, deps)
    return MissOutcome.NEW_SLOT


async def _new_slot(inv: Invitation, deps: Services) -> None:
    app = await Application.get(id=inv.application_id)  # type: ignore[attr-defined]
    if inv.replaced_by_id is None:
        await issue_invitation(
            app,
            deadline=deps.clock() + NEW_SLOT_TTL,
            invited_by=str(SYSTEM),
            hr_user_id=inv.hr_user_id,
            deps=deps,
            attempt=inv.attempt + 1,
            previous=inv,
            missed_deadline=inv.deadline_at,
            notify_hr_if_manual=True,
        )
    app = await Application.get(id=app.id)
    if Stage(app.stage) is Stage.EXPIRED:
        await applications.transition(
            app.id,
            Stage.INVITED,
            actor=SYSTEM,
            reason="错过截止时间，自动安排一次新的面试时间",
            bus=deps.bus,
            expected_from=Stage.EXPIRED,
        )


async def _tell_hr_final(inv: Invitation, app: Application, deps: Services) -> None:
    _, job, name, _ = await _context(inv, deps)
    hr = _hr(inv, job)
    if not hr:
        log.warning("invitation %s: final miss but no HR to tell", inv.id)
        return
    notice = deps.present.invitations.to_hr(
        HrInviteNotice(
            HrInviteKind.FINAL_MISS,
            name,
            job.title,
            inv.deadline_at,
            job_id=job.id,
            application_id=app.id,
        )
    )
    row = await queue_message(
        Recipient.users(hr), notice, dedup_key=f"invitation:{inv.id}:final_miss"
    )
    await kick_dispatch(deps.queue, [row])
