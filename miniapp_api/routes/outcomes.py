"""The outcomes API for the HR console: monthly fairness/validity/drift reports, live validity,
recalibration proposals (propose, approve or reject) and the human-review tasks. Signed-in
staff only; the use cases allow the HR head and admins (approval: the HR head)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from miniapp_api.deps import ServicesDep
from miniapp_api.routes.hr_auth import CurrentStaff
from miniapp_api.schemas import ERRORS
from workflows.actors import Actor
from workflows.errors import PermissionDeniedError
from workflows.outcomes import views
from workflows.outcomes.access import may_see_fairness
from workflows.outcomes.explain import close_review
from workflows.outcomes.recalibration import decide_proposal, propose_recalibration

router = APIRouter(prefix="/api/hr/outcomes", tags=["outcomes"])
pages = APIRouter(tags=["pages"])
PAGE = Path(__file__).resolve().parent.parent / "static" / "outcomes" / "index.html"
_NO_STORE = {"Cache-Control": "no-store"}


@pages.get(
    "/outcomes",
    summary="The fairness, validity and drift page (HR head / admin)",
    response_class=HTMLResponse,
)
async def outcomes_page() -> FileResponse:
    # The page signs in (免登) or uses the HR cookie, then fetches the monthly report JSON.
    return FileResponse(PAGE, media_type="text/html", headers={"Cache-Control": "no-store"})


def _actor(who: Any) -> Actor:
    if who.scope is not None:
        # A report-link session opens one report, nothing else.
        raise PermissionDeniedError("scoped session", user_message="请在钉钉中打开管理后台")
    return Actor.staff(who.staff.dingtalk_user_id)


def _json(body: Any) -> JSONResponse:
    return JSONResponse(body, headers=_NO_STORE)


@router.get(
    "/access",
    responses=ERRORS,
    summary="Whether the signed-in staff member may see the outcomes",
)
async def get_access(who: CurrentStaff) -> JSONResponse:
    allowed = who.scope is None and await may_see_fairness(Actor.staff(who.staff.dingtalk_user_id))
    return _json({"allowed": allowed})


@router.get("/monthly", responses=ERRORS, summary="Stored monthly reports (period, alerts)")
async def list_monthly(who: CurrentStaff) -> JSONResponse:
    return _json(await views.monthly_periods(_actor(who)))


@router.get("/monthly/latest", responses=ERRORS, summary="The newest monthly report")
async def latest_monthly(who: CurrentStaff) -> JSONResponse:
    return _json(await views.monthly_body(_actor(who)))


@router.get("/monthly/{period}", responses=ERRORS, summary="One month's report (YYYY-MM)")
async def get_monthly(period: str, who: CurrentStaff) -> JSONResponse:
    return _json(await views.monthly_body(_actor(who), period))


@router.get("/validity", responses=ERRORS, summary="Validity figures as of now")
async def get_validity(who: CurrentStaff) -> JSONResponse:
    return _json(await views.live_validity(_actor(who)))


@router.get("/jobs/{job_id}/calibration", responses=ERRORS, summary="Config versions, proposals")
async def get_calibration(job_id: int, who: CurrentStaff) -> JSONResponse:
    return _json(await views.proposals(_actor(who), job_id))


@router.post(
    "/jobs/{job_id}/calibration", responses=ERRORS, summary="Propose weights from outcomes"
)
async def post_calibration(job_id: int, who: CurrentStaff) -> JSONResponse:
    actor = _actor(who)
    await propose_recalibration(job_id, actor)
    return _json(await views.proposals(actor, job_id))


class DecisionIn(BaseModel):
    approve: bool


@router.post(
    "/proposals/{proposal_id}/decision",
    responses=ERRORS,
    summary="The HR head approves (a new config version) or rejects a proposal",
)
async def post_decision(proposal_id: int, body: DecisionIn, who: CurrentStaff) -> JSONResponse:
    view = await decide_proposal(proposal_id, _actor(who), approve=body.approve)
    return _json({"id": view.id, "status": view.status, "applied_version": view.applied_version})


@router.get("/reviews", responses=ERRORS, summary="Open human-review requests (HR tasks)")
async def get_reviews(deps: ServicesDep, who: CurrentStaff) -> JSONResponse:
    return _json(await views.review_tasks(_actor(who), deps.vault))


class CloseIn(BaseModel):
    resolution: str = Field(min_length=1, max_length=500)


@router.post("/reviews/{review_id}/close", responses=ERRORS, summary="Close a review task")
async def post_close(review_id: int, body: CloseIn, who: CurrentStaff) -> JSONResponse:
    row = await close_review(review_id, _actor(who), body.resolution)
    return _json({"id": row.id, "status": row.status.value})
