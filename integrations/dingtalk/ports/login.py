"""The sign-in port: 免登 for org members, OAuth for any DingTalk account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

# ---------------------------------------------------------------- mini-app login


@dataclass(frozen=True)
class OrgUser:
    """An org member identified by a mini-app authCode."""

    user_id: str
    union_id: str
    name: str


@dataclass(frozen=True)
class ExternalUser:
    """Any DingTalk account identified through OAuth (external candidates)."""

    union_id: str
    open_id: str
    nick: str
    mobile: str = ""
    avatar_url: str = ""


class Login(Protocol):
    """免登 for org members and OAuth login for external candidates."""

    async def org_user_from_auth_code(self, auth_code: str) -> OrgUser:
        """Resolve a mini-app authCode (members only)."""
        ...

    async def external_user_from_oauth_code(self, auth_code: str) -> ExternalUser:
        """Exchange an OAuth authCode for the user's profile (any DingTalk account)."""
        ...
