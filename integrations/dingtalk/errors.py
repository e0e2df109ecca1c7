"""One mapping from every DingTalk error shape to typed exceptions.

Shapes handled: old oapi `{"errcode", "errmsg", "sub_code"}` (HTTP 200), new api
`{"code", "message", "requestid"}` with 4xx/5xx, the SDK's TeaException/UnretryableException
(`.code`, `.statusCode`, `.data`, `.inner_exception`), the per-IP block (`{"status":1111,"wait":5}`
or an HTML page) and transport failures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# Old errcodes, kept in one place so they are easy to correct.
_OAPI_TOKEN_INVALID = {40001, 40014, 41001, 42001, 42009}
_OAPI_AUTH = {40089, 40096, 40078, 40070, 43001, 43002}
_OAPI_PERMISSION = {60011, 60020}
_OAPI_NOT_FOUND = {22, 60121, 60003, 33012, 40103}
_OAPI_THROTTLED = {90002, 90006, 90018, 410100}
_OAPI_QUOTA = {90020}
_OAPI_SERVER = {-1, 15}

_SECRET_PATTERNS = (
    re.compile(r"(access_token=)[^&\s\"']+", re.IGNORECASE),
    re.compile(r"(session=)[^&\s\"']+", re.IGNORECASE),
    re.compile(r"(appsecret=)[^&\s\"']+", re.IGNORECASE),
    re.compile(r"(x-acs-dingtalk-access-token['\"]?\s*[:=]\s*['\"]?)[^'\"\s,}]+", re.IGNORECASE),
    re.compile(
        r"(\"?(?:appSecret|clientSecret|accessToken|refreshToken)\"?\s*[:=]\s*\"?)[^\"\s,}]+"
    ),
)


def scrub_secrets(text: str, limit: int = 2000) -> str:
    """Remove tokens, session keys and secrets from an error text and cap its length."""
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text[:limit]


class DingTalkError(Exception):
    """Any failure reported by DingTalk or on the way to it."""

    retryable = False

    def __init__(
        self,
        message: str,
        *,
        code: str = "",
        http_status: int | None = None,
        request_id: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(scrub_secrets(message))
        self.message = scrub_secrets(message)
        self.code = code
        self.http_status = http_status
        self.request_id = request_id
        self.retry_after = retry_after

    def __str__(self) -> str:
        parts = [self.message]
        if self.code:
            parts.append(f"code={self.code}")
        if self.http_status is not None:
            parts.append(f"http={self.http_status}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)


class DingTalkAuthError(DingTalkError):
    """Bad credentials or a bad/expired access token."""

    def __init__(self, message: str, *, token_invalid: bool = False, **kw: Any) -> None:
        super().__init__(message, **kw)
        # True when a fresh access token may fix it (expired or invalid token).
        self.token_invalid = token_invalid


class DingTalkPermissionError(DingTalkError):
    """The app lacks a scope, or the caller is not allowed."""


class DingTalkNotFoundError(DingTalkError):
    """The object or API does not exist."""


class DingTalkThrottledError(DingTalkError):
    """Rate limited: retry after `retry_after` seconds (quota exhaustion is not retryable)."""

    def __init__(self, message: str, *, quota_exhausted: bool = False, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.quota_exhausted = quota_exhausted

    @property
    def retryable(self) -> bool:  # type: ignore[override]
        """Monthly quota errors will not clear by waiting seconds."""
        return not self.quota_exhausted


class DingTalkFileTooLargeError(DingTalkError):
    """The file is larger than the caller accepts."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"file of at least {size} bytes exceeds the {limit}-byte limit", code="TooLarge"
        )
        self.size = size
        self.limit = limit


class DingTalkServerError(DingTalkError):
    """DingTalk is failing (5xx, system busy, timeout) or unreachable; retryable."""

    retryable = True


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _ip_block(body: Mapping[str, Any], http_status: int | None) -> DingTalkError | None:
    if _int(body.get("status")) == 1111 or body.get("punish"):
        wait = body.get("wait")
        retry_after = float(wait) if isinstance(wait, int | float | str) and _int(wait) else 5.0
        return DingTalkThrottledError(
            "blocked per IP by DingTalk",
            code="IpBlocked",
            http_status=http_status,
            retry_after=retry_after,
        )
    return None


def error_from_oapi(body: Mapping[str, Any], http_status: int = 200) -> DingTalkError | None:
    """Map an old-API (oapi) response body; None when it reports success."""
    blocked = _ip_block(body, http_status)
    if blocked is not None:
        return blocked
    errcode = _int(body.get("errcode"))
    if errcode is None or errcode == 0:
        if http_status >= 400:
            return error_from_api(http_status, body)
        return None
    msg = _str(body.get("errmsg")) or "oapi error"
    sub_code = _str(body.get("sub_code"))
    sub_msg = _str(body.get("sub_msg"))
    kw: dict[str, Any] = {
        "code": str(errcode),
        "http_status": http_status,
        "request_id": _str(body.get("request_id")),
    }
    if sub_msg:
        msg = f"{msg}: {sub_msg}"
    if errcode == 88:
        # Auth errors on oapi are wrapped in 88 with a string sub_code; empty sub_code = timeout.
        sub = _int(sub_code)
        if sub in _OAPI_TOKEN_INVALID:
            return DingTalkAuthError(msg, token_invalid=True, **kw)
        if sub in _OAPI_PERMISSION:
            return DingTalkPermissionError(msg, **kw)
        if not sub_code:
            return DingTalkServerError(msg, **kw)
        return DingTalkError(msg, **kw)
    if errcode in _OAPI_TOKEN_INVALID:
        return DingTalkAuthError(msg, token_invalid=True, **kw)
    if errcode in _OAPI_AUTH:
        return DingTalkAuthError(msg, **kw)
    if errcode in _OAPI_PERMISSION:
        return DingTalkPermissionError(msg, **kw)
    if errcode in _OAPI_NOT_FOUND:
        return DingTalkNotFoundError(msg, **kw)
    if errcode in _OAPI_THROTTLED:
        return DingTalkThrottledError(msg, retry_after=1.0, **kw)
    if errcode in _OAPI_QUOTA:
        return DingTalkThrottledError(msg, quota_exhausted=True, **kw)
    if errcode in _OAPI_SERVER:
        return DingTalkServerError(msg, **kw)
    return DingTalkError(msg, **kw)


def error_from_api(http_status: int, body: Mapping[str, Any] | str | None) -> DingTalkError:
    """Map a new-API (api.dingtalk.com) error response."""
    if isinstance(body, str) or body is None:
        return _error_from_text(http_status, body or "")
    blocked = _ip_block(body, http_status)
    if blocked is not None:
        return blocked
    code = _str(body.get("code") or body.get("Code"))
    msg = _str(body.get("message") or body.get("Message")) or f"HTTP {http_status}"
    detail = body.get("accessdenieddetail") or body.get("AccessDeniedDetail")
    if detail:
        msg = f"{msg} (access denied detail: {detail})"
    kw: dict[str, Any] = {
        "code": code,
        "http_status": http_status,
        "request_id": _str(body.get("requestid") or body.get("RequestId")),
    }
    lowered = code.lower()
    if "qpslimit" in lowered or "qpmlimit" in lowered or lowered.startswith("throttling"):
        return DingTalkThrottledError(msg, retry_after=1.0, **kw)
    if "apicountlimit" in lowered:
        return DingTalkThrottledError(msg, quota_exhausted=True, **kw)
    if http_status == 429:
        return DingTalkThrottledError(msg, retry_after=1.0, **kw)
    if http_status >= 500:
        return DingTalkServerError(msg, **kw)
    if "permission" in lowered or (http_status == 403 and "accessdenied" in lowered):
        return DingTalkPermissionError(msg, **kw)
    token_words = ("invalidauthentication", "accesstoken", "access_token", "tokenexpired")
    if (
        http_status == 401
        or any(word in lowered for word in token_words)
        or ("access_token" in msg.lower() and http_status in (400, 401, 403))
    ):
        return DingTalkAuthError(msg, token_invalid=True, **kw)
    if "clientid" in lowered or "authentication" in lowered or "unauthorized" in lowered:
        return DingTalkAuthError(msg, **kw)
    if http_status == 403:
        return DingTalkPermissionError(msg, **kw)
    if http_status == 404 or "notfound" in lowered or "notexist" in lowered:
        return DingTalkNotFoundError(msg, **kw)
    return DingTalkError(msg, **kw)


def _error_from_text(http_status: int, text: str) -> DingTalkError:
    if "<html" in text.lower() or "<!doctype" in text.lower():
        # The per-IP block answers with an HTML page instead of the standard error.
        return DingTalkThrottledError(
            "blocked by DingTalk (HTML answer)",
            code="IpBlocked",
            http_status=http_status,
            retry_after=5.0,
        )
    if http_status >= 500:
        return DingTalkServerError(f"HTTP {http_status}: {text[:200]}", http_status=http_status)
    if http_status == 429:
        return DingTalkThrottledError(
            f"HTTP {http_status}", http_status=http_status, retry_after=1.0
        )
    return DingTalkError(f"HTTP {http_status}: {text[:200]}", http_status=http_status)


def error_from_sdk(exc: BaseException) -> DingTalkError:
    """Map an exception raised by the alibabacloud-dingtalk SDK."""
    if isinstance(exc, DingTalkError):
        return exc
    data = getattr(exc, "data", None)
    status = _int(getattr(exc, "statusCode", None))
    if status is None and isinstance(data, Mapping):
        status = _int(data.get("statusCode"))
    if isinstance(data, Mapping) and status is not None:
        body = {k: v for k, v in data.items() if k != "statusCode"}
        return error_from_api(status, body)
    inner = getattr(exc, "inner_exception", None)
    text = _str(getattr(exc, "message", None)) or str(exc)
    if inner is not None:
        text = f"{text} {inner}"
    if "<html" in text.lower():
        return _error_from_text(status or 403, text)
    if status is not None:
        return error_from_api(status, {"code": _str(getattr(exc, "code", "")), "message": text})
    code = _str(getattr(exc, "code", None))
    if code and code != "None":
        return error_from_api(400, {"code": code, "message": text})
    # No HTTP answer at all: connection refused, reset, timeout.
    return DingTalkServerError(f"DingTalk unreachable: {text}", code="Unreachable")


def error_from_transport(exc: BaseException) -> DingTalkServerError:
    """Map a network failure of a plain HTTP call."""
    return DingTalkServerError(
        f"DingTalk unreachable: {type(exc).__name__}: {exc}", code="Unreachable"
    )
