"""Console API: who is signed in, jobs and what the job form can pick from."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from miniapp_api.deps import ServicesDep
from miniapp_api.routes.console.deps import Viewer, as_json
from miniapp_api.routes.console.schemas import JobIn, RolesIn
from miniapp_api.schemas import ERRORS
from workflows.console import jobs, settings_view
from workflows.console import people as people_use_cases

router = APIRouter(prefix="/api/console", tags=["console"], responses=ERRORS)


@router.get("/me", summary="The signed-in viewer and what they may do")
async def me(viewer: Viewer) -> JSONResponse:
    return as_json(
        {"name": viewer.name, "role": viewer.role_label, "can_configure": viewer.configure}
    )


@router.get("/jobs", summary="Jobs the viewer may see, with pipeline counts")
async def list_jobs(viewer: Viewer) -> JSONResponse:
    return as_json(await jobs.list_jobs(viewer))


@router.get("/choices", summary="Departments, staff, models and sets for the job form")
async def choices(viewer: Viewer) -> JSONResponse:
    return as_json(await jobs.form_choices())


@router.post("/jobs", status_code=201, summary="Create a job (audited)")
async def create_job(body: JobIn, viewer: Viewer, deps: ServicesDep) -> JSONResponse:
    return as_json(await jobs.create_job(viewer, body.form(), now=deps.clock()), 201)


@router.get("/jobs/{job_id}", summary="One job's settings")
async def get_job(job_id: int, viewer: Viewer) -> JSONResponse:
    return as_json(await jobs.get_job(viewer, job_id))


@router.put("/jobs/{job_id}", summary="Replace a job's settings (audited)")
async def update_job(job_id: int, body: JobIn, viewer: Viewer, deps: ServicesDep) -> JSONResponse:
    return as_json(await jobs.update_job(viewer, job_id, body.form(), now=deps.clock()))


@router.get("/people", summary="Staff with departments and roles")
async def people(viewer: Viewer) -> JSONResponse:
    return as_json(await people_use_cases.list_people(viewer))


@router.put("/people/{staff_id}/roles", summary="Assign a staff member's roles (audited)")
async def set_roles(staff_id: int, body: RolesIn, viewer: Viewer) -> JSONResponse:
    return as_json(await people_use_cases.set_roles(viewer, staff_id, body.roles))


@router.get("/settings", summary="Retention, consent texts and candidate messages (read only)")
async def console_settings(viewer: Viewer, deps: ServicesDep) -> JSONResponse:
    return as_json(await settings_view.console_settings(viewer, deps))
