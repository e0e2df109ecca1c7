"""Request body limits enforced before anything parses the body (JSON, multipart, raw chunks)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from miniapp_api.errors import error_response

# Room for multipart boundaries and headers around a file of the allowed size.
_ENVELOPE = 64 * 1024
SMALL_BODY = 64 * 1024


@dataclass(frozen=True)
class BodyLimits:
    """The largest body each kind of request may carry."""

    chunk: int
    material: int
    small: int = SMALL_BODY
    # The console's Excel import (workflows.console.question_excel.MAX_UPLOAD_BYTES).
    workbook: int = 5 * 1024 * 1024

    def for_request(self, method: str, path: str) -> int:
        """The limit for this method and path: raw chunks, material uploads, or small JSON."""
        if method == "PUT" and _CHUNK.match(path):
            return self.chunk + _ENVELOPE
        if method == "POST" and path == "/api/v1/offer/materials":
            return self.material + _ENVELOPE
        if method == "POST" and path == "/api/console/imports":
            return self.workbook + _ENVELOPE
        return self.small


_CHUNK = re.compile(r"^/api/v1/uploads/[^/]+/chunks/\d+$")


class _TooLargeError(Exception):
    pass


class BodyLimitMiddleware:
    """413 with a Chinese message as soon as a body passes its limit: by Content-Length up front,
    or while counting a streamed body, so a 1 GB multipart form is never spooled to disk."""

    def __init__(self, app: ASGIApp, *, limits: BodyLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse oversized bodies; pass everything else through unchanged."""
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limits.for_request(scope["method"], scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _refuse(limit, scope, receive, send)
            return
        seen = 0
        started = exceeded = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    exceeded = True
                    raise _TooLargeError
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            # Frameworks turn a failed body read into their own 400; the 413 replaces it.
            if exceeded and not started:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except _TooLargeError:
            if started:
                raise
        if exceeded and not started:
            await _refuse(limit, scope, receive, send)


async def _refuse(limit: int, scope: Scope, receive: Receive, send: Send) -> None:
    mib = limit / (1024 * 1024)
    size = f"{mib:.0f} MB" if mib >= 1 else f"{limit // 1024} KB"
    response = error_response(
        413, "payload_too_large", f"上传的内容过大（上限约 {size}），请缩小后重试。"
    )
    await response(scope, receive, send)
