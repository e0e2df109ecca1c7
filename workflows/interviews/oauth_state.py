"""The OAuth `state` of the external candidate's DingTalk sign-in (against login CSRF).

The page asks for a state before it sends the candidate to DingTalk; the server signs a random
nonce and keeps the same value in an HttpOnly cookie. A code that comes back is only exchanged
when the state in the URL is a valid, fresh signature AND equals this browser's cookie, so
nobody can sign a candidate in as someone else with a link carrying their own code (and junk
codes cost no DingTalk call).
"""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta
from urllib.parse import urlencode

from settings import Settings
from workflows.errors import PermissionDeniedError
from workflows.interviews.tokens import TokenError, _sign, _verify

_PURPOSE = b"oauth-state"
STATE_TTL = timedelta(minutes=10)
STATE_COOKIE = "dinghire_oauth_state"
STATE_MESSAGE = "钉钉登录请求已失效或不是从本页面发起的，请重新点击「使用钉钉登录」"


def new_state(secret: bytes, now: datetime) -> str:
    """A signed random state, valid for a few minutes."""
    return _sign(_PURPOSE, secrets.randbits(62), 0, now + STATE_TTL, secret)


def check_state(state: str | None, cookie: str | None, secret: bytes, now: datetime) -> None:
    """Refuse a code whose state is missing, forged, stale or not this browser's."""
    if not state or not cookie or not hmac.compare_digest(state, cookie):
        raise PermissionDeniedError("oauth state missing or foreign", user_message=STATE_MESSAGE)
    try:
        _verify(_PURPOSE, state, secret, now, STATE_MESSAGE, STATE_MESSAGE)
    except TokenError as exc:
        raise PermissionDeniedError("oauth state invalid", user_message=STATE_MESSAGE) from exc


def authorize_url(settings: Settings, state: str) -> str:
    """Where the page sends the candidate: DingTalk's OAuth page, back to /i with a code."""
    query = urlencode(
        {
            "redirect_uri": settings.server.public_base_url.rstrip("/") + "/i",
            "response_type": "code",
            "client_id": settings.dingtalk.app_key,
            "scope": "openid",
            "state": state,
            "prompt": "consent",
        }
    )
    return f"{settings.dingtalk.oauth_authorize_url}?{query}"
