"""Links for invitations: signed tokens and the candidate's link (reach: messaging.reach)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from settings import Settings
from workflows.interviews.tokens import sign_invite_token
from workflows.invitations.models import Invitation


def invite_secret(settings: Settings) -> bytes:
    """The key invite tokens are signed with (the mini-app API verifies with the same key)."""
    return settings.security.secret_key.get_secret_value().encode("utf-8")


def invite_token(invitation: Invitation, settings: Settings) -> str:
    """The signed token of an invitation; its expiry is the deadline (same inputs, same token)."""
    return sign_invite_token(
        invitation.id,
        invitation.deadline_at,
        invite_secret(settings),
        application_id=invitation.application_id,  # type: ignore[attr-defined]
    )


def token_fingerprint(token: str) -> str:
    """What Invitation.token_id stores: SHA-256 hex of the token."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def invite_link(token: str, settings: Settings) -> str:
    """The candidate's link to the interview page."""
    return settings.server.public_base_url.rstrip("/") + "/i/" + token


def aware(moment: datetime) -> datetime:
    """Refuse naive datetimes early (tokens and comparisons need UTC-aware times)."""
    if moment.tzinfo is None:
        raise ValueError("expected a timezone-aware datetime")
    return moment
