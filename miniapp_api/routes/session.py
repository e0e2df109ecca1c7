"""Signing in to the interview page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Cookie, Response

from miniapp_api.deps import ServicesDep
from miniapp_api.schemas import (
    ERRORS,
    CandidateOut,
    ConsentOfferOut,
    JobOut,
    SessionRequest,
    SessionResponse,
)
from workflows.errors import ValidationFailedError
from workflows.interviews.clock import epoch_ms
from workflows.interviews.oauth import NONCE_COOKIE, finish_oauth
from workflows.interviews.session import (
    PageSession,
    open_with_invite,
    open_with_oauth_code,
    open_with_org_code,
)

router = APIRouter(prefix="/api/v1/interview", tags=["interview"])


@router.post(
    "/session",
    response_model=SessionResponse,
    responses=ERRORS,
    summary="Sign in with the invite token, DingTalk 免登 (members) or DingTalk OAuth",
)
async def create_session(
    body: SessionRequest,
    deps: ServicesDep,
    response: Response,
    nonce_cookie: Annotated[str | None, Cookie(alias=NONCE_COOKIE)] = None,
) -> SessionResponse:
    given = [v for v in (body.invite_token, body.dingtalk_auth_code, body.oauth_code) if v]
    if len(given) != 1:
        raise ValidationFailedError(
            "need exactly one credential", user_message="请通过邀请链接或钉钉登录进入面试"
        )
    if body.invite_token:
        page = await open_with_invite(deps, body.invite_token)
    elif body.dingtalk_auth_code:
        page = await open_with_org_code(deps, body.dingtalk_auth_code)
    else:
        # Checked before the code is exchanged: a foreign or missing state costs no call.
        # (/auth/dingtalk/start set the nonce; the callback passed the state on to the page.)
        finish_oauth(deps.settings, body.oauth_state or "", nonce_cookie or "", deps.clock())
        response.delete_cookie(NONCE_COOKIE, path="/")
        page = await open_with_oauth_code(deps, str(body.oauth_code))
    return _out(page)


def _out(page: PageSession) -> SessionResponse:
    offer = page.consent
    return SessionResponse(
        session_token=page.session_token,
        expires_at=page.expires_at.isoformat(),
        candidate=CandidateOut(display_name=page.display_name),
        job=JobOut(title=page.job_title, company=page.company),
        deadline_at=page.deadline_at.isoformat() if page.deadline_at else None,
        status=page.status.value,
        consent=ConsentOfferOut(
            policy_version=offer.policy_version,
            recording_text=offer.recording_text,
            processing_text=offer.processing_text,
            face_cues_available=offer.face_cues_available,
            face_cues_text=offer.face_cues_text,
        ),
        server_now_ms=epoch_ms(page.server_now),
    )
