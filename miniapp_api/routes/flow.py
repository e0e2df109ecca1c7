"""The plan and answering it node by node."""

from __future__ import annotations

from fastapi import APIRouter

from miniapp_api.deps import CurrentSession, ServicesDep
from miniapp_api.schemas import (
    ERRORS,
    AnswerIdResponse,
    NodeOut,
    NodeStartResponse,
    PlanResponse,
    TextAnswerRequest,
)
from workflows.interviews.clock import epoch_ms
from workflows.interviews.nodes import NodeStart, plan_view, retake_node, start_node, text_answer

router = APIRouter(prefix="/api/v1/interview", tags=["interview"])


@router.get(
    "/plan",
    response_model=PlanResponse,
    responses=ERRORS,
    summary="The nodes in asking order (no question text before start)",
)
async def plan(session: CurrentSession, deps: ServicesDep) -> PlanResponse:
    view = await plan_view(deps, session.id)
    return PlanResponse(
        nodes=[NodeOut.model_validate(n, from_attributes=True) for n in view.nodes],
        mode=view.mode.value,
        status=view.status.value,
    )


def _started(start: NodeStart) -> NodeStartResponse:
    return NodeStartResponse(
        index=start.index,
        text=start.text,
        think_deadline_ms=epoch_ms(start.think_deadline),
        answer_deadline_ms=epoch_ms(start.answer_deadline),
        server_now_ms=epoch_ms(start.server_now),
        attempt=start.attempt,
    )


@router.post(
    "/nodes/{index}/start",
    response_model=NodeStartResponse,
    responses=ERRORS,
    summary="Reveal the question and start the server-side think/answer clock",
)
async def start(index: int, session: CurrentSession, deps: ServicesDep) -> NodeStartResponse:
    return _started(await start_node(deps, session.id, index))


@router.post(
    "/nodes/{index}/retake",
    response_model=NodeStartResponse,
    responses=ERRORS,
    summary="Start a new attempt if retakes are left (409 otherwise)",
)
async def retake(index: int, session: CurrentSession, deps: ServicesDep) -> NodeStartResponse:
    return _started(await retake_node(deps, session.id, index))


@router.post(
    "/nodes/{index}/text-answer",
    response_model=AnswerIdResponse,
    responses=ERRORS,
    summary="Answer in text (the path for candidates who decline recording)",
)
async def answer_text(
    index: int, body: TextAnswerRequest, session: CurrentSession, deps: ServicesDep
) -> AnswerIdResponse:
    return AnswerIdResponse(answer_id=await text_answer(deps, session.id, index, body.text))
