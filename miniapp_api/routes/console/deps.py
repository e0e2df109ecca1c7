"""The console's request dependencies: the signed-in viewer, JSON of use-case results."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from miniapp_api.routes.hr_auth import CurrentStaff
from workflows.console.access import ConsoleViewer, console_viewer

NO_STORE = {"Cache-Control": "no-store"}


async def current_viewer(who: CurrentStaff) -> ConsoleViewer:
    """The console viewer behind the HR session (403 for staff without a console role)."""
    return console_viewer(who.staff, link_scope=who.scope)


Viewer = Annotated[ConsoleViewer, Depends(current_viewer)]


def as_json(result: Any, status_code: int = 200) -> JSONResponse:
    """A use case's dataclass result as JSON, never cached."""
    return JSONResponse(jsonable_encoder(result), status_code=status_code, headers=NO_STORE)
