"""Signed tokens for the interview page: invite links and short-lived page sessions.

The format is `workflows/signing.py`'s; the purpose is part of the MAC, so an invite token can
never pass as a session token.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.signing import TokenError, TokenExpiredError, sign_token, verify_token

__all__ = [
    "InviteClaims",
    "SessionClaims",
    "TokenError",
    "TokenExpiredError",
    "sign_invite_token",
    "sign_session_token",
    "verify_invite_token",
    "verify_session_token",
]

_INVITE = b"invite"
_SESSION = b"session"

INVITE_EXPIRED_MESSAGE = "邀请链接已过期，请联系 HR 重新发送"
INVITE_INVALID_MESSAGE = "邀请链接无效"
SESSION_EXPIRED_MESSAGE = "登录已过期，请重新打开邀请链接"
SESSION_INVALID_MESSAGE = "登录状态无效，请重新打开邀请链接"


@dataclass(frozen=True, slots=True)
class InviteClaims:
    """What an invite link proves: which invitation (and application) and until when."""

    invitation_id: int
    application_id: int | None
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class SessionClaims:
    """What a page session token proves: which interview session and until when."""

    session_id: int
    expires_at: datetime


def sign_invite_token(
    invitation_id: int, expires_at: datetime, secret: bytes, *, application_id: int | None = None
) -> str:
    """Sign an invite-link token for one invitation (optionally binding its application)."""
    return sign_token(_INVITE, invitation_id, application_id or 0, expires_at, secret)


def verify_invite_token(token: str, secret: bytes, now: datetime) -> InviteClaims:
    """Check an invite token; raise TokenError / TokenExpiredError with a Chinese message."""
    ident, app, expires_at = verify_token(
        _INVITE, token, secret, now, INVITE_INVALID_MESSAGE, INVITE_EXPIRED_MESSAGE
    )
    return InviteClaims(ident, app or None, expires_at)


def sign_session_token(session_id: int, expires_at: datetime, secret: bytes) -> str:
    """Sign a short-lived page session token for one interview session."""
    return sign_token(_SESSION, session_id, 0, expires_at, secret)


def verify_session_token(token: str, secret: bytes, now: datetime) -> SessionClaims:
    """Check a page session token; raise TokenError / TokenExpiredError with a Chinese message."""
    ident, _, expires_at = verify_token(
        _SESSION, token, secret, now, SESSION_INVALID_MESSAGE, SESSION_EXPIRED_MESSAGE
    )
    return SessionClaims(ident, expires_at)
