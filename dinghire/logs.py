"""Process logging: plain text for people, JSON lines for log shippers; request and job ids;
tokens never reach a log line (access-log query strings are redacted)."""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import IO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID: ContextVar[str] = ContextVar("dinghire_request_id", default="")
JOB_ID: ContextVar[str] = ContextVar("dinghire_job_id", default="")

# Invite, report, offer and sign-in links carry credentials in their query strings.
_QUERY_SECRET = re.compile(
    r"([?&](?:t|token|code|authCode|auth_code|state|invite_token|report_token)=)[^&\s\"]+",
    re.IGNORECASE,
)
# Path segments that are credentials: /i/<invite token>, /o/<offer token>.
_PATH_SECRET = re.compile(r"(/(?:i|o)/)[A-Za-z0-9._~-]{16,}")


def redact(text: str) -> str:
    """The text with credential query values and token path segments replaced by ***."""
    return _PATH_SECRET.sub(r"\1***", _QUERY_SECRET.sub(r"\1***", text))


class ContextFilter(logging.Filter):
    """Adds request_id and job_id to every record and redacts credentials in its message."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Annotate and redact; never drops a record."""
        record.request_id = REQUEST_ID.get()
        record.job_id = JOB_ID.get()
        if record.args:
            record.msg, record.args = record.getMessage(), None
        record.msg = redact(str(record.msg))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, ids, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Serialise the record."""
        body: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("request_id", "job_id"):
            value = getattr(record, key, "")
            if value:
                body[key] = value
        if record.exc_info:
            body["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(body, ensure_ascii=False)


def setup_logging(level: str, fmt: str = "text", stream: IO[str] | None = None) -> None:
    """Configure the root logger once per process; uvicorn's loggers go through it too."""
    handler = logging.StreamHandler(stream)
    handler.addFilter(ContextFilter())
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
        # Whatever configured them before (uvicorn's own dictConfig disables or raises them),
        # they log at the root's level through the root's handler.
        logger.disabled = False
        logger.setLevel(logging.NOTSET)


class RequestIdMiddleware:
    """Takes X-Request-ID from the proxy (or makes one), logs under it, and returns it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Bind the id for the request's duration."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if re.fullmatch(r"[A-Za-z0-9._-]{8,64}", given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            REQUEST_ID.reset(token)
