"""The console page: one no-build HTML shell for every /console path (the page routes itself)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

router = APIRouter(tags=["pages"])

PAGE = Path(__file__).resolve().parents[2] / "static" / "console" / "index.html"
_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


@router.get(
    "/console", summary="The HR web console (免登 inside DingTalk)", response_class=HTMLResponse
)
async def console_page() -> FileResponse:
    # The page signs in itself (免登) and reads everything from /api/console.
    return FileResponse(PAGE, media_type="text/html", headers=_HEADERS)


@router.get("/console/{path:path}", include_in_schema=False)
async def console_deep_link(path: str) -> FileResponse:
    return FileResponse(PAGE, media_type="text/html", headers=_HEADERS)
