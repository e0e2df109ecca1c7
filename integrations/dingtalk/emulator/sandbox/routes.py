"""Static, no-build sandbox console under /_sandbox/ on the emulator's own port.

Only the emulator app mounts these routes, so the console exists only while the emulator runs;
the product app (miniapp_api) never serves it. The page drives the control API (/_emulator/...).
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

STATIC_DIR = Path(__file__).parent / "static"
# Same-origin only: no inline script, no CDN. Files from the bot are fetched from /_emulator.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    # The candidate phone frames the app's pages, which run on this machine (any local port).
    "frame-src http://127.0.0.1:* http://localhost:*; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


class SandboxFiles(StaticFiles):
    """StaticFiles with the console's security headers and no caching (the page changes often)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        """The file, with CSP and no-store."""
        response = await super().get_response(path, scope)
        response.headers["content-security-policy"] = CSP
        response.headers["cache-control"] = "no-store"
        response.headers["x-content-type-options"] = "nosniff"
        return response


async def _to_index(request: Request) -> Response:
    query = request.url.query
    return RedirectResponse("/_sandbox/" + (f"?{query}" if query else ""), status_code=307)


def routes() -> list[BaseRoute]:
    """The console's routes, for the emulator app only."""
    return [
        Route("/_sandbox", _to_index, methods=["GET"]),
        Mount("/_sandbox", app=SandboxFiles(directory=STATIC_DIR, html=True), name="sandbox"),
    ]
