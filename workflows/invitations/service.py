"""Use cases: invite one or many applications to the online interview, and record progress."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from integrations.dingtalk.messages import Recipient
from workflows.actors import Actor, ActorKind
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.candidates.models import Candidate
from workflows.clock import format_deadline
from workflows.errors import ConflictError, DomainError, NotFoundError, ValidationFailedError
from workflows.invitations.delivery import (
    aware,
    invite_link,
    invite_token,
    token_fingerprint,
)
from workflows.invitations.messages import HrInviteKind, HrInviteNotice, InviteKind, InviteMessage
from workflows.invitations.models import (
    OPEN_STATUSES,
    Invitation,
    InvitationChannel,
    InvitationStatus,
)
from workflows.jobs.models import Job
from workflows.messaging.candidate_message import CandidateMessage
from workflows.messaging.external import external_reach, queue_external
from workflows.messaging.notify import candidate_name, kick_dispatch, queue_message
from workflows.messaging.reach import reach_candidate
from workflows.services import Services

log = logging.getLogger(__name__)

# A deadline closer than this leaves the candidate no real chance.
MIN_LEAD = timedelta(hours=1)
MAX_LEAD = timedelta(days=60)
INVITABLE_STAGES = frozenset({Stage.SCREENED, Stage.EXPIRED, Stage.INVITED})


@dataclass(frozen=True, slots=True)
class InviteResult:
    """One invitation that went out (or, for MANUAL, that HR must forward)."""

    application_id: int
    invitation_id: int
    candidate_name: str
    job_id: int
    job_title: str
    channel: InvitationChannel
    deadline_at: datetime
    link: str
    attempt: int = 1


@dataclass(frozen=True, slots=True)
class InviteFailure:
    """A requested candidate that was not invited, and why (Chinese, for HR)."""

    reference: str
    reason: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch invite did."""

    invited: tuple[InviteResult, ...]
    failed: tuple[InviteFailure, ...]


def default_deadline(deps: Services) -> datetime:
    """Now plus the configured invite TTL."""
    return deps.clock() + timedelta(hours=deps.settings.security.invite_ttl_hours)


def job_deadline(job: Job, deps: Services) -> datetime:
    """The default deadline for this job: its own invite TTL (else the global one), never after
    the job's interview closing time."""
    hours = job.invite_ttl_hours or deps.settings.security.invite_ttl_hours
    deadline = deps.clock() + timedelta(hours=hours)
    closes = job.interview_closes_at
    return min(deadline, closes) if closes is not None else deadline


def check_deadline(deadline: datetime, now: datetime) -> datetime:
    """Refuse deadlines in the past, too close, or absurdly far away."""
    aware(deadline)
    if deadline < now + MIN_LEAD:
        raise ValidationFailedError(
            f"deadline {deadline.isoformat()} too close",
            user_message="截止时间需晚于当前时间至少 1 小时，请重新指定",
        )
    if deadline > now + MAX_LEAD:
        raise ValidationFailedError(
            f"deadline {deadline.isoformat()} too far",
            user_message="截止时间不能超过 60 天之后，请重新指定",
        )
    return deadline


def hr_of(actor: Actor, job: Job) -> str:
    """The HR user to tell about an invitation: the inviting staff member, else the job owner."""
    if actor.kind is ActorKind.STAFF and actor.id:
        return actor.id
    owner = getattr(job, "owner", None)
    return str(owner.dingtalk_user_id) if owner is not None else ""


async def issue_invitation(
    app: Application,
    *,
    deadline: datetime,
    invited_by: str,
    hr_user_id: str,
    deps: Services,
    attempt: int = 1,
    previous: Invitation | None = None,
    missed_deadline: datetime | None = None,
    notify_hr_if_manual: bool = False,
) -> InviteResult:
    """Create the invitation and queue its message in one transaction (stage already INVITED);
    after a miss (`missed_deadline`) the message offers the new slot."""
    candidate: Candidate = await Candidate.get(id=app.candidate_id)  # type: ignore[attr-defined]
    job = await Job.get(id=app.job_id)  # type: ignore[attr-defined]
    reach = reach_candidate(candidate)
    # Outside the org and not in a group: e-mail or SMS when configured (else HR forwards).
    external = (
        await external_reach(candidate, "invitation", deps) if reach.recipient is None else None
    )
    channel = InvitationChannel(external.channel.value) if external else reach.channel
    name = await candidate_name(candidate, deps.vault)
    now = deps.clock()
    rows: list[int] = []
    async with in_transaction() as conn:
        inv = await Invitation.create(
            using_db=conn,
            application_id=app.id,
            token_id="unsigned:" + secrets.token_hex(16),
            deadline_at=deadline,
            status=InvitationStatus.SENT,
            channel=channel.value,
            invited_by=invited_by,
            hr_user_id=hr_user_id,
            attempt=attempt,
            sent_at=now,
            previous_id=previous.id if previous else None,
        )
        token = invite_token(inv, deps.settings)
        inv.token_id = token_fingerprint(token)
        await inv.save(using_db=conn, update_fields=["token_id", "updated_at"])
        if previous is not None:
            await Invitation.filter(id=previous.id).using_db(conn).update(replaced_by_id=inv.id)
        link = invite_link(token, deps.settings)
        if reach.recipient is not None:
            kind = InviteKind.NEW_SLOT if missed_deadline else InviteKind.INVITATION
            body = deps.present.invitations.to_candidate(
                InviteMessage(
                    kind,
                    name,
                    job.title,
                    deadline,
                    link,
                    reach.channel,
                    missed_deadline=missed_deadline,
                )
            )
            key = f"invitation:{inv.id}:invite"
            rows.append(await queue_message(reach.recipient, body, dedup_key=key, using_db=conn))
        elif external is not None:
            message = CandidateMessage("invitation", name, job.title, link=link, deadline=deadline)
            key = f"invitation:{inv.id}:invite"
            rows.append(
                await queue_external(external, message, dedup_key=key, deps=deps, using_db=conn)
            )
        elif notify_hr_if_manual and hr_user_id:
            notice = deps.present.invitations.to_hr(
                HrInviteNotice(HrInviteKind.FORWARD, name, job.title, deadline, link)
            )
            key = f"invitation:{inv.id}:forward"
            rows.append(
                await queue_message(
                    Recipient.users(hr_user_id), notice, dedup_key=key, using_db=conn
                )
            )
    await kick_dispatch(deps.queue, rows)
    log.info("invitation %s for application %s via %s", inv.id, app.id, channel.value)
    return InviteResult(
        application_id=app.id,
        invitation_id=inv.id,
        candidate_name=name,
        job_id=job.id,
        job_title=job.title,
        channel=channel,
        deadline_at=deadline,
        link=link,
        attempt=attempt,
    )


async def invite(
    application_id: int,
    *,
    actor: Actor,
    deps: Services,
    deadline: datetime | None = None,
) -> InviteResult:
    """Invite one application: stage to INVITED (through transition) and send the invitation."""
    now = deps.clock()
    app = await Application.get_or_none(id=application_id)
    if app is None:
        raise NotFoundError(
            f"application {application_id} not found", user_message=f"找不到申请 #{application_id}"
        )
    job = await Job.get(id=app.job_id).prefetch_related("owner")  # type: ignore[attr-defined]
    deadline = check_deadline(deadline or job_deadline(job, deps), now)
    stage = Stage(app.stage)
    current = await Invitation.filter(application_id=app.id, status__in=OPEN_STATUSES).first()
    if current is not None and stage in (Stage.INVITED, Stage.INTERVIEWING):
        raise ConflictError(
            f"application {app.id} already has open invitation {current.id}",
            user_message=(
                f"申请 #{app.id} 已发出面试邀请"
                f"（截止 {format_deadline(current.deadline_at)}），无需重复邀请"
            ),
        )
    if stage not in INVITABLE_STAGES:
        raise ConflictError(
            f"application {app.id} is {stage}",
            user_message=f"申请 #{app.id} 当前阶段为「{STAGE_LABELS_ZH[stage]}」，不能邀请面试",
        )
    if current is not None:
        # An open invitation on an application HR moved on: it no longer applies.
        await Invitation.filter(id=current.id).update(status=InvitationStatus.CANCELLED)
    if stage is not Stage.INVITED:
        await applications.transition(
            app.id,
            Stage.INVITED,
            actor=actor,
            reason=f"邀请参加线上面试，截止 {format_deadline(deadline)}",
            bus=deps.bus,
            expected_from=stage,
        )
    return await issue_invitation(
        app,
        deadline=deadline,
        invited_by=str(actor),
        hr_user_id=hr_of(actor, job),
        deps=deps,
    )


async def invite_many(
    application_ids: Sequence[int],
    *,
    actor: Actor,
    deps: Services,
    deadline: datetime | None = None,
    labels: dict[int, str] | None = None,
) -> BatchResult:
    """Invite each application; one refusal does not stop the others."""
    if deadline is not None:
        check_deadline(deadline, deps.clock())
    invited: list[InviteResult] = []
    failed: list[InviteFailure] = []
    for app_id in dict.fromkeys(application_ids):
        label = (labels or {}).get(app_id) or f"#{app_id}"
        try:
            invited.append(await invite(app_id, actor=actor, deps=deps, deadline=deadline))
        except DomainError as exc:
            failed.append(InviteFailure(label, exc.user_message))
    return BatchResult(tuple(invited), tuple(failed))


async def mark_opened(invitation_id: int, at: datetime) -> bool:
    """The candidate opened the link (for the interview page); False if already opened/closed."""
    updated = await Invitation.filter(
        id=invitation_id, status__in=(InvitationStatus.PENDING, InvitationStatus.SENT)
    ).update(status=InvitationStatus.OPENED, opened_at=at)
    return updated == 1


async def mark_completed(invitation_id: int, at: datetime) -> bool:
    """The candidate submitted the interview: no more reminders, no miss."""
    updated = await Invitation.filter(id=invitation_id, status__in=OPEN_STATUSES).update(
        status=InvitationStatus.COMPLETED, completed_at=at
    )
    return updated == 1
