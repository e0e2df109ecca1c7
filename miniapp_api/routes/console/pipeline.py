"""Console API: a job's board, bulk actions, and the dashboard."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from miniapp_api.deps import ServicesDep
from miniapp_api.routes.console.deps import Viewer, as_json
from miniapp_api.routes.console.schemas import BulkIn
from miniapp_api.schemas import ERRORS
from workflows.console import board, candidate, dashboard

router = APIRouter(prefix="/api/console", tags=["console"], responses=ERRORS)


@router.get("/jobs/{job_id}/board", summary="A job's board (audited: shows names)")
async def job_board(
    job_id: int,
    viewer: Viewer,
    deps: ServicesDep,
    min_overall: float | None = None,
    min_match: float | None = None,
    no_flags: bool = False,
    column: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    page: int = 1,
) -> JSONResponse:
    filters = board.BoardFilters(min_overall, min_match, no_flags, column, since, until)
    return as_json(await board.board(viewer, job_id, filters, vault=deps.vault, page=page))


@router.post("/jobs/{job_id}/bulk", summary="Invite, advance or reject several applications")
async def bulk(job_id: int, body: BulkIn, viewer: Viewer, deps: ServicesDep) -> JSONResponse:
    outcome = await board.bulk_action(
        viewer, job_id, body.action, body.application_ids, deps=deps, reason=body.reason
    )
    return as_json(outcome)


@router.get("/dashboard", summary="Funnel, drop-off, times, sources, score distributions")
async def get_dashboard(viewer: Viewer, job_id: int | None = None) -> JSONResponse:
    return as_json(await dashboard.dashboard(viewer, job_id))


@router.get("/applications/{application_id}", summary="A candidate's timeline (audited)")
async def application(application_id: int, viewer: Viewer, deps: ServicesDep) -> JSONResponse:
    return as_json(await candidate.application_detail(viewer, application_id, vault=deps.vault))
