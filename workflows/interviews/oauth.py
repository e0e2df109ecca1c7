"""Starting DingTalk OAuth sign-in for candidates with a DingTalk account (outside the org).

OD:obtain-identity-credentials: the browser goes to login.dingtalk.com/oauth2/auth with
client_id, redirect_uri (set under 开发配置 → 安全设置), response_type=code, scope=openid,
prompt=consent and a `state`, and comes back to redirect_uri?authCode=…&state=…. The state here
is signed, expires, carries where to return, and is bound to the browser by a nonce cookie, so
a code cannot be injected into someone else's session (login CSRF) and no open redirect exists.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from settings import Settings
from workflows.errors import ValidationFailedError

STATE_TTL = timedelta(minutes=10)
# The browser's half of the state: checked by the callback and again when the code is exchanged.
NONCE_COOKIE = "dh_oauth_nonce"
CALLBACK_PATH = "/auth/dingtalk/callback"
# Where a signed-in candidate may be sent back: the interview page only.
RETURN_PREFIXES = ("/i/", "/i")
EXPIRED_MESSAGE = "钉钉登录已超时或无效，请重新打开面试链接后再点「钉钉登录」"


@dataclass(frozen=True, slots=True)
class OAuthStart:
    """Where to send the browser, and the nonce to keep in its cookie."""

    url: str
    nonce: str
    state: str


def _key(settings: Settings) -> bytes:
    return hashlib.sha256(
        b"dingtalk-oauth-state:" + settings.security.secret_key.get_secret_value().encode()
    ).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def safe_return_path(path: str) -> str:
    """The interview page path to come back to (anything else becomes /i)."""
    if path == "/i" or (path.startswith("/i/") and "//" not in path and "\\" not in path):
        return path
    return "/i"


def redirect_uri(settings: Settings) -> str:
    """The callback registered in 开发配置 → 安全设置 (docs/dingtalk-setup.md)."""
    return settings.server.public_base_url.rstrip("/") + CALLBACK_PATH


def start_oauth(settings: Settings, return_to: str, now: datetime) -> OAuthStart:
    """The DingTalk sign-in URL with a fresh signed state."""
    nonce = secrets.token_urlsafe(16)
    claims = {"n": nonce, "r": safe_return_path(return_to), "e": int((now + STATE_TTL).timestamp())}
    body = _b64(json.dumps(claims, separators=(",", ":")).encode())
    mac = _b64(hmac.new(_key(settings), body.encode(), hashlib.sha256).digest())
    state = f"{body}.{mac}"
    query = urlencode(
        {
            "redirect_uri": redirect_uri(settings),
            "response_type": "code",
            "client_id": settings.dingtalk.app_key,
            "scope": "openid",
            "state": state,
            "prompt": "consent",
        }
    )
    return OAuthStart(f"{settings.dingtalk.authorize_url}?{query}", nonce, state)


def finish_oauth(settings: Settings, state: str, cookie_nonce: str, now: datetime) -> str:
    """The return path of a valid state from this browser; ValidationFailedError otherwise."""
    try:
        body, mac = state.split(".", 1)
        wanted = _b64(hmac.new(_key(settings), body.encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(wanted, mac):
            raise ValueError("bad signature")
        claims = json.loads(_unb64(body))
        if int(claims["e"]) < int(now.timestamp()):
            raise ValueError("expired")
        if not cookie_nonce or not hmac.compare_digest(str(claims["n"]), cookie_nonce):
            raise ValueError("not this browser")
        return safe_return_path(str(claims["r"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationFailedError(
            f"oauth state refused: {exc}", user_message=EXPIRED_MESSAGE
        ) from exc
