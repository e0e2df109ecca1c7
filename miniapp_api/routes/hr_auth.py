"""HR sign-in for the report page: DingTalk 免登 (any report the member may see) or the staff
member's own report link (that report only, e.g. in a desktop browser outside DingTalk)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, Header, Request, Response
from pydantic import BaseModel

from dinghire.bootstrap import Container
from miniapp_api.schemas import ERRORS
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


def _container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


def _secret(request: Request) -> bytes:
    return _container(request).settings.security.secret_key.get_secret_value().encode("utf-8")


def _now(request: Request) -> datetime:
    # The interview deps carry the process clock (tests inject a fake one).
    now: datetime = request.app.state.services.clock()
    return now


@router.get(
    "/config", response_model=HrConfig, summary="Whether DingTalk 免登 is on, and the corpId"
)
async def hr_config(request: Request) -> HrConfig:
    container = _container(request)
    if container.dingtalk is None:
        return HrConfig(dingtalk_login=False, corp_id=None)
    return HrConfig(dingtalk_login=True, corp_id=container.settings.dingtalk.corp_id)


@router.post(
    "/session",
    response_model=HrSessionResponse,
    responses=ERRORS,
    summary="Sign HR in with a DingTalk 免登 authCode or a staff member's report link token",
)
async def create_hr_session(
    body: HrSessionRequest, request: Request, response: Response
) -> HrSessionResponse:
    container = _container(request)
    now = _now(request)
    session = await sign_in(
        container.dingtalk.login if container.dingtalk is not None else None,
        auth_code=body.dingtalk_auth_code,
        report_token=body.report_token,
        secret=_secret(request),
        now=now,
    )
    _set_cookie(request, response, session, now)
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


def _set_cookie(request: Request, response: Response, session: WebSession, now: datetime) -> None:
    base = _container(request).settings.server.public_base_url
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
    request: Request,
    authorization: Annotated[str, Header(description="Bearer <session_token>")] = "",
    cookie: Annotated[str, Cookie(alias=COOKIE_NAME)] = "",
) -> SignedInStaff:
    """The signed-in HR page (cookie, or a Bearer token from the JSON login)."""
    scheme, _, bearer = authorization.partition(" ")
    token = bearer.strip() if scheme.lower() == "bearer" and bearer.strip() else cookie
    staff, claims = await session_staff(token, secret=_secret(request), now=_now(request))
    return SignedInStaff(staff, claims.application_id)


CurrentStaff = Annotated[SignedInStaff, Depends(current_staff)]
