"""Errors as `{"error": {"code", "message"}}` with a Chinese message for the candidate."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.requests import ClientDisconnect

from integrations.dingtalk.errors import DingTalkError
from workflows.errors import (
    ConflictError,
    DomainError,
    IllegalTransitionError,
    NotFoundError,
    PermissionDeniedError,
    ValidationFailedError,
)
from workflows.interviews.errors import (
    ConsentRequiredError,
    PayloadTooLargeError,
    UnsupportedMediaError,
)
from workflows.signing import TokenError

log = logging.getLogger(__name__)

# Most specific first: subclasses map before their bases.
_STATUS: tuple[tuple[type[DomainError], int], ...] = (
    (TokenError, 401),
    (PayloadTooLargeError, 413),
    (UnsupportedMediaError, 415),
    (ConsentRequiredError, 403),
    (PermissionDeniedError, 403),
    (NotFoundError, 404),
    (ConflictError, 409),
    (IllegalTransitionError, 409),
    (ValidationFailedError, 422),
)


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """The API's error body."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def status_of(exc: DomainError) -> int:
    """HTTP status of a domain error."""
    for kind, status in _STATUS:
        if isinstance(exc, kind):
            return status
    return 400


async def _domain(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DomainError)
    return error_response(status_of(exc), exc.code, exc.user_message)


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) for e in exc.errors()})
    return error_response(
        422, "invalid_request", f"请求参数不正确：{', '.join(f for f in fields if f) or '请求体'}"
    )


async def _dingtalk(request: Request, exc: Exception) -> Response:
    log.warning("DingTalk login failed: %s", type(exc).__name__)
    return error_response(
        401, "dingtalk_login_failed", "钉钉登录失败，请重新打开页面，或使用 HR 发送的邀请链接进入"
    )


async def _disconnected(request: Request, exc: Exception) -> Response:
    # The client is gone; nothing was stored for the half-received chunk.
    return Response(status_code=499)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on the app."""
    app.add_exception_handler(DomainError, _domain)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(DingTalkError, _dingtalk)
    app.add_exception_handler(ClientDisconnect, _disconnected)
