"""Signed tokens for the interview page: invite links and short-lived page sessions.

Format: ``base64url(payload) "." base64url(HMAC-SHA256(secret, purpose "|" payload))``.
The payload is compact ASCII: ``v1:<id>:<application id or 0>:<expiry unix seconds>``.
The purpose is part of the MAC so an invite token can never pass as a session token.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

from workflows.errors import DomainError

_VERSION = "v1"
_INVITE = b"invite"
_SESSION = b"session"

INVITE_EXPIRED_MESSAGE = "邀请链接已过期，请联系 HR 重新发送"
INVITE_INVALID_MESSAGE = "邀请链接无效"
SESSION_EXPIRED_MESSAGE = "登录已过期，请重新打开邀请链接"
SESSION_INVALID_MESSAGE = "登录状态无效，请重新打开邀请链接"


class TokenError(DomainError):
    """A token was tampered with, malformed, or signed with another key."""

    code = "invalid_token"


class TokenExpiredError(TokenError):
    """A token was genuine but is past its expiry."""

    code = "token_expired"


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


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    pad = "=" * (-len(text) % 4)
    raw = base64.urlsafe_b64decode(text + pad)
    # Only the canonical spelling is accepted, so each token has exactly one string form.
    if _b64e(raw) != text:
        raise ValueError("non-canonical base64")
    return raw


def _epoch(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("token expiry must be timezone-aware")
    return int(moment.timestamp())


def _sign(purpose: bytes, ident: int, other: int, expires_at: datetime, secret: bytes) -> str:
    if not secret:
        raise ValueError("token secret must not be empty")
    payload = f"{_VERSION}:{ident}:{other}:{_epoch(expires_at)}".encode("ascii")
    mac = hmac.new(secret, purpose + b"|" + payload, hashlib.sha256).digest()
    return f"{_b64e(payload)}.{_b64e(mac)}"


def _verify(
    purpose: bytes, token: str, secret: bytes, now: datetime, invalid: str, expired: str
) -> tuple[int, int, datetime]:
    try:
        payload_part, mac_part = token.strip().split(".")
        payload = _b64d(payload_part)
        mac = _b64d(mac_part)
    except (ValueError, binascii.Error) as exc:
        raise TokenError("malformed token", user_message=invalid) from exc
    good = hmac.new(secret, purpose + b"|" + payload, hashlib.sha256).digest()
    if not hmac.compare_digest(good, mac):
        raise TokenError("bad token signature", user_message=invalid)
    try:
        version, ident, other, exp = payload.decode("ascii").split(":")
        if version != _VERSION:
            raise ValueError(version)
        expires_at = datetime.fromtimestamp(int(exp), tz=UTC)
        ident_i, other_i = int(ident), int(other)
    except (ValueError, UnicodeDecodeError) as exc:
        raise TokenError("bad token payload", user_message=invalid) from exc
    if now >= expires_at:
        raise TokenExpiredError("token expired", user_message=expired)
    return ident_i, other_i, expires_at


def sign_invite_token(
    invitation_id: int, expires_at: datetime, secret: bytes, *, application_id: int | None = None
) -> str:
    """Sign an invite-link token for one invitation (optionally binding its application)."""
    return _sign(_INVITE, invitation_id, application_id or 0, expires_at, secret)


def verify_invite_token(token: str, secret: bytes, now: datetime) -> InviteClaims:
    """Check an invite token; raise TokenError / TokenExpiredError with a Chinese message."""
    ident, app, expires_at = _verify(
        _INVITE, token, secret, now, INVITE_INVALID_MESSAGE, INVITE_EXPIRED_MESSAGE
    )
    return InviteClaims(ident, app or None, expires_at)


def sign_session_token(session_id: int, expires_at: datetime, secret: bytes) -> str:
    """Sign a short-lived page session token for one interview session."""
    return _sign(_SESSION, session_id, 0, expires_at, secret)


def verify_session_token(token: str, secret: bytes, now: datetime) -> SessionClaims:
    """Check a page session token; raise TokenError / TokenExpiredError with a Chinese message."""
    ident, _, expires_at = _verify(
        _SESSION, token, secret, now, SESSION_INVALID_MESSAGE, SESSION_EXPIRED_MESSAGE
    )
    return SessionClaims(ident, expires_at)
