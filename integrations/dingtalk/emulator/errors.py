"""DingTalk error shapes, kept in one place so unconfirmed codes are easy to fix (contract §10)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Literal

from starlette.responses import JSONResponse

Family = Literal["new", "old"]


def request_id() -> str:
    """A request id like DingTalk's (uppercase UUID without dashes)."""
    return uuid.uuid4().hex.upper()


@dataclass
class ApiError(Exception):
    """An error to answer in the caller's API family shape.

    `status`/`code` are used by the new API, `errcode`/`sub_code` by the old one.
    """

    status: int
    code: str
    message: str
    errcode: int = -1
    sub_code: str = ""

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"


def error_response(err: ApiError, family: Family) -> JSONResponse:
    """Render an ApiError: new API 4xx/5xx `{code,message,requestid}`, old API HTTP 200 errcode."""
    rid = request_id()
    if family == "new":
        return JSONResponse(
            {"code": err.code, "message": err.message, "requestid": rid},
            status_code=err.status,
            headers={"x-acs-request-id": rid},
        )
    body: dict[str, Any] = {"errcode": err.errcode, "errmsg": err.message, "request_id": rid}
    if err.sub_code:
        body["sub_code"] = err.sub_code
        body["sub_msg"] = err.message
    # Server faults on oapi still come back as HTTP 5xx; business errors are HTTP 200.
    status = err.status if err.status >= 500 and err.errcode == -1 else 200
    return JSONResponse(body, status_code=status)


# --- authentication (contract §1, §10) ---------------------------------------------------------


def invalid_token() -> ApiError:
    """Unknown or expired access token."""
    return ApiError(401, "InvalidAuthentication", "不合法的access_token", 88, "40014")


def missing_token() -> ApiError:
    """No token header on a new API call (or one passed in the query string)."""
    return ApiError(
        400,
        "AuthenticationFailed.MissingParameter",
        "缺少参数 x-acs-dingtalk-access-token",
        88,
        "40014",
    )


def invalid_client() -> ApiError:
    """Bad appKey/appSecret on the new token API."""
    return ApiError(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret", 40096)


def invalid_app_key_old() -> ApiError:
    """Bad appkey/appsecret on /gettoken."""
    return ApiError(400, "invalidClientIdOrSecret", "不合法的appKey或appSecret", 40096)


# --- throttling and faults ---------------------------------------------------------------------


def qps_limited() -> ApiError:
    """Per-app per-API QPS limit."""
    return ApiError(
        403,
        "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
        "调用该接口超过限流次数,请稍后重试",
        90018,
    )


def robot_throttled(code: str) -> ApiError:
    """A robot send refused by DingTalk's send-rate limits: HTTP 400, not 403 (see limits.py)."""
    return ApiError(400, code, "发送消息频率过快，请稍后再试", 400)


def api_count_limited() -> ApiError:
    """The org's monthly call quota is used up (OD:how-to-process-api-throttling-on-the-dingtalk-
    server: new API ApiCountLimitForOrg, old API errcode 90020)."""
    return ApiError(
        403, "Forbidden.AccessDenied.ApiCountLimitForOrg", "组织调用量超过每月限额", 90020
    )


def server_error(status: int = 500, code: str = "", message: str = "") -> ApiError:
    """An injected server-side failure."""
    default = "ServiceUnavailable" if status == 503 else "InternalError"
    return ApiError(status, code or default, message or "系统繁忙", -1)


def system_busy() -> ApiError:
    """The catch-all business refusal (e.g. addpreentry for a mobile already in the org).

    UNCONFIRMED: the new-API code for this case.
    """
    return ApiError(400, "systemBusy", "系统繁忙", -1)


# --- parameters ---------------------------------------------------------------------------------


def invalid_parameter(name: str, message: str | None = None, errcode: int = 40035) -> ApiError:
    """A missing or malformed parameter. UNCONFIRMED: exact codes vary per API."""
    return ApiError(400, f"invalidParameter.{name}", message or f"参数 {name} 不合法", errcode)


def not_found(what: str, message: str, errcode: int = 40035) -> ApiError:
    """A referenced resource does not exist. UNCONFIRMED: exact codes vary per API."""
    return ApiError(400, f"{what}.notExist", message, errcode)


def user_not_found() -> ApiError:
    """Old contact API: no such user in the org."""
    return ApiError(400, "user.notExist", "找不到该用户", 60121)


def auth_code_invalid() -> ApiError:
    """Auth code unknown, expired or reused (old errcode 40078)."""
    return ApiError(400, "invalidAuthCode", "不存在的临时授权码", 40078)


def unknown_api_new() -> ApiError:
    """A new-API path the emulator (or DingTalk) does not know."""
    return ApiError(
        404,
        "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method.",
    )


def unknown_api_old() -> ApiError:
    """An oapi path that does not exist gives errcode 22, not a 404."""
    return ApiError(404, "InvalidApiName", "不合法的ApiName", 22)


SESSION_EXPIRED_ERRCODE = 300001  # [COMM] body {"errcode":300001,"errmsg":"session 不存在"}
