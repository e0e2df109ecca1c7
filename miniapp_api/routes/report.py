"""The HR report page: the HTML, its JSON view, and recordings with HTTP Range (the page seeks
a <video>/<audio> to the moment an evidence quote was said)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    Response,
    StreamingResponse,
)

from miniapp_api.deps import ServicesDep
from miniapp_api.routes.hr_auth import CurrentStaff
from miniapp_api.schemas import ERRORS
from workflows.assessments.report_view import (
    NO_RECORDING_MESSAGE,
    answer_media,
    report_view,
)
from workflows.errors import NotFoundError
from workflows.storage.port import ObjectNotFoundError

router = APIRouter(tags=["hr"])

PAGE = Path(__file__).resolve().parent.parent / "static" / "report" / "index.html"
_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
_NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


@router.get(
    "/r/{application_id}",
    tags=["pages"],
    summary="The HR report page (printable)",
    response_class=HTMLResponse,
)
async def report_page(application_id: int) -> FileResponse:
    # The page signs in (免登 or the link's token) and fetches the JSON itself.
    return FileResponse(
        PAGE,
        media_type="text/html",
        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )


@router.get(
    "/api/hr/reports/{application_id}",
    responses=ERRORS,
    summary="The current report of an application as the page shows it (audited)",
)
async def get_report(application_id: int, deps: ServicesDep, who: CurrentStaff) -> JSONResponse:
    view = await report_view(
        application_id,
        viewer=who.staff,
        vault=deps.vault,
        scope=who.scope,
        via="report_link" if who.scope is not None else "web",
    )
    return JSONResponse(view, headers=_NO_STORE)


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(start, end) inclusive of a single `bytes=` range; None for none or several; ValueError
    when it cannot be satisfied."""
    if not header or "," in header:
        return None  # several ranges: the whole file is a valid answer
    match = _RANGE.match(header)
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise ValueError("empty suffix range")
        return max(0, size - suffix), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range outside the object")
    return start, end


@router.get(
    "/api/hr/answers/{answer_id}/media",
    responses={**ERRORS, 206: {"description": "Partial content"}, 416: {}},
    summary="An answer's decrypted recording, with HTTP Range (audited)",
)
async def get_answer_media(
    answer_id: int, request: Request, deps: ServicesDep, who: CurrentStaff
) -> Response:
    media = await answer_media(answer_id, viewer=who.staff, scope=who.scope)
    store = deps.store
    try:
        # From the sealed size: proves the object is there and its key opens (no decryption).
        size = await store.plain_size(media.media_key)
    except ObjectNotFoundError:
        raise NotFoundError(
            f"media of answer {answer_id} gone", user_message=NO_RECORDING_MESSAGE
        ) from None
    headers: dict[str, Any] = {
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": "inline",
    }
    try:
        wanted = parse_range(request.headers.get("range", ""), size)
    except ValueError:
        return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
    start, end = wanted if wanted is not None else (0, size - 1)
    headers["Content-Length"] = str(max(0, end - start + 1))
    if wanted is not None:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    body = await store.read_range(media.media_key, start, end) if size else iter(())
    # A sync iterator: Starlette runs each step in a worker thread (file reads, decryption).
    return StreamingResponse(
        body,
        status_code=206 if wanted is not None else 200,
        media_type=media.mime_type,
        headers=headers,
    )
