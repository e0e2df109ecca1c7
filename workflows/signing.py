"""Signed, expiring tokens: the one HMAC format behind invite links, page sessions, HR report
links, offer links and HR web sessions.

Format: ``base64url(payload) "." base64url(HMAC-SHA256(secret, purpose "|" payload))``.
The payload is compact ASCII: ``v1:<id>:<other id or 0>:<expiry unix seconds>``.
The purpose is part of the MAC so a token made for one purpose never passes for another.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from datetime import UTC, datetime

from workflows.errors import DomainError

_VERSION = "v1"


class TokenError(DomainError):
    """A token was tampered with, malformed, or signed with another key."""

    code = "invalid_token"


class TokenExpiredError(TokenError):
    """A token was genuine but is past its expiry."""

    code = "token_expired"


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


def sign_token(purpose: bytes, ident: int, other: int, expires_at: datetime, secret: bytes) -> str:
    """A token for (purpose, ident, other) that expires at `expires_at`."""
    if not secret:
        raise ValueError("token secret must not be empty")
    payload = f"{_VERSION}:{ident}:{other}:{_epoch(expires_at)}".encode("ascii")
    mac = hmac.new(secret, purpose + b"|" + payload, hashlib.sha256).digest()
    return f"{_b64e(payload)}.{_b64e(mac)}"


def verify_token(
    purpose: bytes, token: str, secret: bytes, now: datetime, invalid: str, expired: str
) -> tuple[int, int, datetime]:
    """(ident, other, expiry) of a genuine unexpired token; TokenError with `invalid` or
    TokenExpiredError with `expired` (the Chinese messages the user sees) otherwise."""
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
