"""HR's web session for the report page: a short-lived signed token bound to one staff member.

Same token format as invite and report links (workflows.interviews.tokens), with its own
purpose in the MAC, so neither kind of link can pass as a session. The payload's second number
scopes the session: 0 means every report the staff member may see; an application id means
only that report (a session opened from a report link outside DingTalk).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError

from integrations.dingtalk.ports import Login
from workflows.actors import Actor
from workflows.errors import PermissionDeniedError, ValidationFailedError
from workflows.links import REPORT_SPENT_MESSAGE, verify_report_token
from workflows.privacy.audit import record_access
from workflows.signing import TokenError, sign_token, verify_token
from workflows.staff.models import SpentReportLink, Staff
from workflows.staff.service import find_staff

_PURPOSE = b"hr-web-session"

# A working half-day inside DingTalk (免登 renews it silently); a link session is shorter.
WEB_SESSION_TTL = timedelta(hours=8)
LINK_SESSION_TTL = timedelta(hours=2)

NOT_SIGNED_IN_MESSAGE = "尚未登录，请在钉钉中打开报告链接"
SESSION_INVALID_MESSAGE = "登录状态无效，请在钉钉中重新打开报告"
SESSION_EXPIRED_MESSAGE = "登录已过期，请在钉钉中重新打开报告"
NOT_STAFF_MESSAGE = "你的钉钉账号不是本企业钉聘系统的成员，无法查看报告"
LINK_NEEDS_DINGTALK_MESSAGE = "此报告链接需要在钉钉中打开（钉钉免登后查看）"
DINGTALK_OFF_MESSAGE = "钉钉登录暂不可用，请使用 HR 消息中的专属报告链接"


@dataclass(frozen=True, slots=True)
class WebSessionClaims:
    """What a web session proves: which staff member, which report (None: any), until when."""

    staff_id: int
    application_id: int | None
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class WebSession:
    """A signed-in HR page: the token for the cookie and what it grants."""

    token: str
    staff: Staff
    application_id: int | None
    expires_at: datetime


def sign_web_session(
    staff_id: int, expires_at: datetime, secret: bytes, *, application_id: int | None = None
) -> str:
    """Sign a web session token for one staff member (optionally one application only)."""
    return sign_token(_PURPOSE, staff_id, application_id or 0, expires_at, secret)


def verify_web_session(token: str, secret: bytes, now: datetime) -> WebSessionClaims:
    """Check a web session token; raise TokenError / TokenExpiredError with a Chinese message."""
    staff_id, app_id, expires_at = verify_token(
        _PURPOSE, token, secret, now, SESSION_INVALID_MESSAGE, SESSION_EXPIRED_MESSAGE
    )
    return WebSessionClaims(staff_id, app_id or None, expires_at)


def _open(staff: Staff, secret: bytes, now: datetime, application_id: int | None) -> WebSession:
    ttl = LINK_SESSION_TTL if application_id else WEB_SESSION_TTL
    expires = now + ttl
    token = sign_web_session(staff.id, expires, secret, application_id=application_id)
    return WebSession(token, staff, application_id, expires)


async def open_with_auth_code(
    login: Login | None, auth_code: str, *, secret: bytes, now: datetime
) -> WebSession:
    """Sign an org member in through DingTalk 免登; any active staff member gets a session."""
    if login is None:
        raise PermissionDeniedError("dingtalk disabled", user_message=DINGTALK_OFF_MESSAGE)
    user = await login.org_user_from_auth_code(auth_code)
    staff = await find_staff(user.user_id)
    if staff is None:
        raise PermissionDeniedError(
            f"org user {user.user_id} is not staff", user_message=NOT_STAFF_MESSAGE
        )
    return _open(staff, secret, now, None)


async def open_with_report_token(token: str, *, secret: bytes, now: datetime) -> WebSession:
    """Sign in the staff member a report link was made for, for that one report only."""
    claims = verify_report_token(token, secret, now)
    if claims.staff_id == 0:
        # A link for "any HR" proves nothing about who holds it: DingTalk must say who it is.
        raise PermissionDeniedError(
            "report link names no staff", user_message=LINK_NEEDS_DINGTALK_MESSAGE
        )
    staff = await Staff.get_or_none(id=claims.staff_id, is_active=True)
    if staff is None:
        raise PermissionDeniedError(
            f"staff {claims.staff_id} inactive or gone", user_message=NOT_STAFF_MESSAGE
        )
    await _spend(token, claims.expires_at)
    return _open(staff, secret, now, claims.application_id)


async def _spend(token: str, expires_at: datetime) -> None:
    """Mark a staff-bound report link used; a second sign-in with it is refused (a forwarded
    or leaked copy is worthless once its owner has opened it)."""
    digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
    try:
        await SpentReportLink.create(digest=digest, expires_at=expires_at)
    except IntegrityError as exc:
        raise PermissionDeniedError(
            "report link already used", user_message=REPORT_SPENT_MESSAGE
        ) from exc


async def purge_spent_links(now: datetime) -> int:
    """Forget spent links past their expiry (an expired token is refused anyway)."""
    return await SpentReportLink.filter(expires_at__lt=now).delete()


async def sign_in(
    login: Login | None,
    *,
    auth_code: str | None,
    report_token: str | None,
    secret: bytes,
    now: datetime,
) -> WebSession:
    """Open a web session with exactly one credential (免登 authCode or report link token);
    the sign-in is audited."""
    given = [v for v in (auth_code, report_token) if v]
    if len(given) != 1:
        raise ValidationFailedError(
            "need exactly one credential", user_message="请在钉钉中打开报告，或使用专属报告链接"
        )
    if auth_code:
        session = await open_with_auth_code(login, auth_code, secret=secret, now=now)
        via = "dingtalk"
    else:
        session = await open_with_report_token(str(report_token), secret=secret, now=now)
        via = "report_link"
    await record_access(
        Actor.staff(session.staff.dingtalk_user_id),
        "hr.sign_in",
        "staff",
        session.staff.id,
        via=via,
        application_id=session.application_id,
    )
    return session


async def session_staff(
    token: str, *, secret: bytes, now: datetime
) -> tuple[Staff, WebSessionClaims]:
    """The active staff member a web session token names (TokenError when not signed in)."""
    if not token:
        raise TokenError("no web session", user_message=NOT_SIGNED_IN_MESSAGE)
    claims = verify_web_session(token, secret, now)
    staff = await Staff.get_or_none(id=claims.staff_id, is_active=True)
    if staff is None:
        raise TokenError("web session staff inactive or gone", user_message=NOT_STAFF_MESSAGE)
    return staff, claims
