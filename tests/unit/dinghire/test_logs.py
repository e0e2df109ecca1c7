"""Logs: credentials redacted, JSON lines with the request and job ids."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from dinghire.logs import RequestIdMiddleware, redact, setup_logging
from dinghire.metrics import instrument_job


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '127.0.0.1:5 - "GET /r/12?t=eyJhbGciOi.abc HTTP/1.1" 200',
            '127.0.0.1:5 - "GET /r/12?t=*** HTTP/1.1" 200',
        ),
        ("GET /i?code=4f9a&state=xyz", "GET /i?code=***&state=***"),
        ("GET /i/Zx8kq2LmNz0Rt5VwAbCdEf12 HTTP/1.1", "GET /i/*** HTTP/1.1"),
        ("GET /o/abcdefghijklmnopqrstuvwxyz/accept", "GET /o/***/accept"),
        ("GET /api/hr/reports/12 HTTP/1.1", "GET /api/hr/reports/12 HTTP/1.1"),
    ],
)
def test_credentials_in_paths_and_queries_are_redacted(line: str, expected: str) -> None:
    assert redact(line) == expected


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    setup_logging("info", "json", stream)
    yield stream
    root.handlers, root.level = saved[0], saved[1]


async def _logging_app(scope: Scope, receive: Receive, send: Send) -> None:
    logging.getLogger("dinghire.test").info("opened %s", "/r/7?t=secret-token")
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})


async def test_a_request_logs_json_with_its_request_id(json_log: io.StringIO) -> None:
    transport = httpx.ASGITransport(app=RequestIdMiddleware(_logging_app))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        resp = await http.get("/", headers={"x-request-id": "req-12345678"})
    assert resp.headers["x-request-id"] == "req-12345678"
    lines = [json.loads(raw) for raw in json_log.getvalue().strip().splitlines()]
    (line,) = [entry for entry in lines if entry["logger"] == "dinghire.test"]
    assert line["request_id"] == "req-12345678"
    assert line["message"] == "opened /r/7?t=***"
    assert line["level"] == "info" and line["logger"] == "dinghire.test"


async def test_a_job_logs_under_its_job_id(json_log: io.StringIO) -> None:
    @instrument_job
    async def sample_job(ctx: dict[str, str]) -> str:
        logging.getLogger("dinghire.jobs").warning("working")
        return "done"

    assert sample_job.__name__ == "sample_job"
    assert await sample_job({"job_id": "analyse_answer:42"}) == "done"
    lines = [json.loads(raw) for raw in json_log.getvalue().strip().splitlines()]
    (line,) = [entry for entry in lines if entry["logger"] == "dinghire.jobs"]
    assert line["job_id"] == "analyse_answer:42" and "request_id" not in line


def test_uvicorns_access_log_line_reaches_the_log_without_the_link_token(
    json_log: io.StringIO,
) -> None:
    # The exact call uvicorn's protocol makes for every request (uvicorn/protocols/http).
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s HTTP/%s" %d', "10.0.0.9:51234", "GET", "/r/12?t=abc.def", "1.1", 200
    )
    lines = [json.loads(raw) for raw in json_log.getvalue().strip().splitlines()]
    (line,) = [entry for entry in lines if entry["logger"] == "uvicorn.access"]
    assert line["message"] == '10.0.0.9:51234 - "GET /r/12?t=*** HTTP/1.1" 200'


def test_access_logs_flow_even_after_something_silenced_uvicorns_loggers() -> None:
    access = logging.getLogger("uvicorn.access")
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, access.disabled, access.level)
    # What uvicorn's own dictConfig (or a library) may have done earlier in the process.
    access.disabled = True
    access.setLevel(logging.WARNING)
    stream = io.StringIO()
    try:
        setup_logging("info", "json", stream)
        access.info('%s - "%s %s HTTP/%s" %d', "10.0.0.9:1", "GET", "/healthz", "1.1", 200)
    finally:
        root.handlers, root.level = saved[0], saved[1]
        access.disabled, access.level = saved[2], saved[3]
    assert '"logger": "uvicorn.access"' in stream.getvalue()
