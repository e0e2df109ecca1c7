"""Progress and submission."""

from __future__ import annotations

from fastapi import APIRouter

from miniapp_api.deps import CurrentSession, ServicesDep
from miniapp_api.schemas import ERRORS, ProgressResponse, SubmitResponse
from workflows.interviews.progress import progress, submit

router = APIRouter(prefix="/api/v1/interview", tags=["interview"])


@router.get(
    "/progress",
    response_model=ProgressResponse,
    responses=ERRORS,
    summary="未开始 / 进行中 / 已提交 / 评估中 / 已完成",
)
async def get_progress(session: CurrentSession, deps: ServicesDep) -> ProgressResponse:
    now = await progress(deps, session.id)
    return ProgressResponse(
        status=now.status.value,
        label=now.label,
        answered=now.answered,
        total=now.total,
    )


@router.post(
    "/submit",
    response_model=SubmitResponse,
    responses=ERRORS,
    summary="Hand in the interview; HR is told",
)
async def post_submit(session: CurrentSession, deps: ServicesDep) -> SubmitResponse:
    return SubmitResponse(status=(await submit(deps, session.id)).value)
