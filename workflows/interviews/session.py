"""Signing in to the interview page: invite link, DingTalk 免登 (members) or OAuth (external)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.candidates.models import Candidate
from workflows.errors import NotFoundError, PermissionDeniedError
from workflows.interviews.consent import ConsentOffer, consent_offer
from workflows.interviews.models import InterviewSession, SessionStatus
from workflows.interviews.plan import draw_plan, plan_seed
from workflows.interviews.tokens import (
    INVITE_INVALID_MESSAGE,
    TokenError,
    sign_session_token,
    verify_invite_token,
    verify_session_token,
)
from workflows.invitations.models import Invitation, InvitationStatus
from workflows.jobs.models import Job
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.services import Services

_OPEN_INVITES = (InvitationStatus.PENDING, InvitationStatus.SENT, InvitationStatus.OPENED)
NO_INVITE_MESSAGE = "没有找到你待参加的面试邀请，请打开 HR 发给你的邀请链接进入面试"
UNLINKED_ACCOUNT_MESSAGE = "你的钉钉账号还没有关联面试邀请，请打开 HR 发给你的邀请链接进入面试"


@dataclass(frozen=True, slots=True)
class PageSession:
    """What the page gets after signing in."""

    session_id: int
    session_token: str
    expires_at: datetime
    display_name: str
    job_title: str
    company: str
    deadline_at: datetime | None
    status: SessionStatus
    consent: ConsentOffer
    server_now: datetime


async def open_with_invite(deps: Services, invite_token: str) -> PageSession:
    """Sign in with the signed invite link."""
    claims = verify_invite_token(invite_token, deps.secret, deps.clock())
    invitation = await Invitation.get_or_none(id=claims.invitation_id)
    app_id = invitation.application_id if invitation else None  # type: ignore[attr-defined]
    # Invitation.token_id holds the SHA-256 of the link's token, so an older link of the same
    # invitation (e.g. from before its deadline moved) no longer opens it.
    fingerprint = hashlib.sha256(invite_token.strip().encode()).hexdigest()
    if (
        invitation is None
        or (claims.application_id is not None and app_id != claims.application_id)
        or not hmac.compare_digest(invitation.token_id, fingerprint)
    ):
        raise TokenError(
            "invite token names an unknown invitation", user_message=INVITE_INVALID_MESSAGE
        )
    return await _open(deps, invitation)


async def open_with_org_code(deps: Services, auth_code: str) -> PageSession:
    """Sign in an org member through DingTalk 免登 (their pending invitation)."""
    if deps.login is None:
        raise PermissionDeniedError(
            "dingtalk disabled", user_message="钉钉登录暂不可用，请使用邀请链接进入"
        )
    user = await deps.login.org_user_from_auth_code(auth_code)
    candidates = [c.id for c in await Candidate.filter(dingtalk_user_id=user.user_id).only("id")]
    if not candidates:
        raise NotFoundError(
            f"no candidate for org user {user.user_id}", user_message=UNLINKED_ACCOUNT_MESSAGE
        )
    return await _open(deps, await _pending_invitation(deps, candidates))


async def open_with_oauth_code(deps: Services, oauth_code: str) -> PageSession:
    """Sign in an external candidate through DingTalk OAuth (linked by union id)."""
    if deps.login is None:
        raise PermissionDeniedError(
            "dingtalk disabled", user_message="钉钉登录暂不可用，请使用邀请链接进入"
        )
    user = await deps.login.external_user_from_oauth_code(oauth_code)
    candidates = (
        [c.id for c in await Candidate.filter(dingtalk_union_id=user.union_id).only("id")]
        if user.union_id
        else []
    )
    if not candidates:
        raise NotFoundError("no candidate for this union id", user_message=UNLINKED_ACCOUNT_MESSAGE)
    return await _open(deps, await _pending_invitation(deps, candidates))


async def _pending_invitation(deps: Services, candidate_ids: list[int]) -> Invitation:
    invitation = (
        await Invitation.filter(
            application__candidate_id__in=candidate_ids,
            status__in=_OPEN_INVITES,
            replaced_by_id=None,
            deadline_at__gt=deps.clock(),
        )
        .order_by("-deadline_at", "-id")
        .first()
    )
    if invitation is None:
        raise NotFoundError("no pending invitation", user_message=NO_INVITE_MESSAGE)
    return invitation


async def _open(deps: Services, invitation: Invitation) -> PageSession:
    if invitation.status == InvitationStatus.CANCELLED:
        raise PermissionDeniedError(
            "invitation cancelled", user_message="该面试邀请已取消，如有疑问请联系 HR"
        )
    if invitation.replaced_by_id is not None:
        raise PermissionDeniedError(
            "invitation replaced",
            user_message="该邀请链接已被新的链接替代，请打开最新收到的邀请链接",
        )
    application_id: int = invitation.application_id  # type: ignore[attr-defined]
    session = await _session_for(deps, invitation, application_id)
    app = await Application.get(id=application_id).prefetch_related("candidate", "job__department")
    candidate: Candidate = app.candidate
    job: Job = app.job
    now = deps.clock()
    await record_access(
        Actor.candidate(candidate.id),
        "interview_sign_in",
        "candidate",
        candidate.id,
        session=session.id,
    )
    await deps.vault.unlock(candidate.id)
    name = deps.vault.decrypt(
        candidate.name_enc, context=contexts.CANDIDATE_NAME, owner=candidate.id
    )
    expires_at = now + deps.limits.session_ttl
    department = job.department
    return PageSession(
        session_id=session.id,
        session_token=sign_session_token(session.id, expires_at, deps.secret),
        expires_at=expires_at,
        display_name=name or "候选人",
        job_title=job.title,
        company=deps.limits.company_name or (department.name if department else ""),
        deadline_at=session.deadline_at,
        status=SessionStatus(session.status),
        consent=await consent_offer(session),
        server_now=now,
    )


async def _session_for(
    deps: Services, invitation: Invitation, application_id: int
) -> InterviewSession:
    """The invitation's session, created with its frozen plan on first sign-in."""
    async with in_transaction() as conn:
        # Lock the invitation row so two tabs signing in at once make one session.
        await Invitation.select_for_update().using_db(conn).get(id=invitation.id)
        session = (
            await InterviewSession.filter(invitation_id=invitation.id)
            .using_db(conn)
            .order_by("id")
            .first()
        )
        if session is not None:
            return session
        app = (
            await Application.filter(id=application_id)
            .using_db(conn)
            .prefetch_related("candidate", "job")
            .get()
        )
        seed = plan_seed(application_id, deps.secret)
        plan = await draw_plan(app.job.question_set_id, app.candidate.years_experience, seed)
        return await InterviewSession.create(
            using_db=conn,
            application_id=application_id,
            invitation_id=invitation.id,
            plan=plan,
            plan_seed=seed,
            deadline_at=invitation.deadline_at,
        )


async def session_from_token(deps: Services, session_token: str) -> InterviewSession:
    """The interview session a page token names (raises TokenError / TokenExpiredError)."""
    claims = verify_session_token(session_token, deps.secret, deps.clock())
    session = await InterviewSession.get_or_none(id=claims.session_id)
    if session is None:
        raise TokenError("session gone", user_message="面试已失效，请重新打开邀请链接")
    return session
