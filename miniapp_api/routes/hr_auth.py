"""HR sign-in for the report page: DingTalk 免登 (any report the member may see) or the staff
member's own report link (that report only, e.g. in a desktop browser outside DingTalk)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, Header, Response
from pydantic import BaseModel

from miniapp_api.deps import ServicesDep
from miniapp_api.schemas import ERRORS
from workflows.services import Services
from workflows.staff.models import Staff
from workflows.staff.web_session import (
    WebSession,
    session_staff,
    sign_in,
)

router = APIRouter(prefix="/api/hr", tags=["hr"])

COOKIE_NAME = "dinghire_hr"


class HrConfig(BaseModel):
    """Public values only: whether 免登 is on and the corpId it needs."""

    dingtalk_login: bool
    corp_id: str | None


class HrSessionRequest(BaseModel):
    """Exactly one way to sign in: a 免登 authCode, or the report link's `t` token."""

    dingtalk_auth_code: str | None = None
    report_token: str | None = None


class StaffOut(BaseModel):
    name: str
    roles: list[str]


class HrSessionResponse(BaseModel):
    session_token: str
    expires_at: str
    staff: StaffOut
    # Set when the session only opens one report (signed in with a report link).
    application_id: int | None


@router.get(
    "/config", response_model=HrConfig, summary="Whether DingTalk 免登 is on, and the corpId"
)
async def hr_config(deps: ServicesDep) -> HrConfig:
    if deps.dingtalk is None:
        return HrConfig(dingtalk_login=False, corp_id=None)
    return HrConfig(dingtalk_login=True, corp_id=deps.settings.dingtalk.corp_id)


@router.post(
    "/session",
    response_model=HrSessionResponse,
    responses=ERRORS,
    summary="Sign HR in with a DingTalk 免登 authCode or a staff member's report link token",
)
async def create_hr_session(
    body: HrSessionRequest, deps: ServicesDep, response: Response
) -> HrSessionResponse:
    now = deps.clock()
    session = await sign_in(
        deps.login,
        auth_code=body.dingtalk_auth_code,
        report_token=body.report_token,
        secret=deps.secret,
        now=now,
    )
    _set_cookie(deps, response, session, now)
    return HrSessionResponse(
        session_token=session.token,
        expires_at=session.expires_at.isoformat(),
        staff=StaffOut(name=session.staff.name, roles=list(session.staff.roles)),
        application_id=session.application_id,
    )


@router.delete("/session", status_code=204, summary="Sign out (clears the session cookie)")
async def delete_hr_session(response: Response) -> Response:
    response.status_code = 204
    response.delete_cookie(COOKIE_NAME, path="/")
    return response


def _set_cookie(deps: Services, response: Response, session: WebSession, now: datetime) -> None:
    base = deps.settings.server.public_base_url
    response.set_cookie(
        COOKIE_NAME,
        session.token,
        max_age=max(1, int((session.expires_at - now).total_seconds())),
        path="/",
        httponly=True,
        samesite="lax",
        secure=base.startswith("https://"),
    )


@dataclass(frozen=True, slots=True)
class SignedInStaff:
    """The staff member behind the request and the report their session is limited to."""

    staff: Staff
    scope: int | None


async def current_staff(
    deps: ServicesDep,
    authorization: Annotated[str, Header(description="Bearer <session_token>")] = "",
    cookie: Annotated[str, Cookie(alias=COOKIE_NAME)] = "",
) -> SignedInStaff:
    """The signed-in HR page (cookie, or a Bearer token from the JSON login)."""
    scheme, _, bearer = authorization.partition(" ")
    token = bearer.strip() if scheme.lower() == "bearer" and bearer.strip() else cookie
    staff, claims = await session_staff(token, secret=deps.secret, now=deps.clock())
    return SignedInStaff(staff, claims.application_id)


CurrentStaff = Annotated[SignedInStaff, Depends(current_staff)]
