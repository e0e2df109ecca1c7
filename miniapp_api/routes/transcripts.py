"""The candidate's own transcript of a recorded answer: read it, confirm it (never edit it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from miniapp_api.deps import CurrentSession, ServicesDep
from miniapp_api.schemas import (
    ERRORS,
    ConfirmTranscriptRequest,
    RetakeOut,
    TranscriptPartOut,
    TranscriptResponse,
)
from workflows.interviews.transcripts import (
    TranscriptPreview,
    confirm_transcript,
    transcript_preview,
)

router = APIRouter(prefix="/api/v1/interview", tags=["interview"])


def _out(preview: TranscriptPreview) -> TranscriptResponse:
    return TranscriptResponse(
        index=preview.index,
        attempt=preview.attempt,
        status=preview.status.value,
        parts=[
            TranscriptPartOut(text=p.text, low_confidence=p.low_confidence) for p in preview.parts
        ],
        message=preview.message,
        retake=RetakeOut(
            allowed=preview.retake.allowed,
            retakes_left=preview.retake.retakes_left,
            reason=preview.retake.reason,
        ),
        confirmed=preview.confirmed,
    )


@router.get(
    "/nodes/{index}/transcript",
    response_model=TranscriptResponse,
    responses=ERRORS,
    summary="The transcript of this session's newest recorded attempt (pending while recognised)",
)
async def get_transcript(
    index: int,
    session: CurrentSession,
    deps: ServicesDep,
    attempt: Annotated[int | None, Query(description="The attempt the page uploaded")] = None,
) -> TranscriptResponse:
    return _out(await transcript_preview(deps, session.id, index, attempt))


@router.post(
    "/nodes/{index}/transcript/confirm",
    response_model=TranscriptResponse,
    responses=ERRORS,
    summary="The candidate confirms the transcript they read (the text cannot be changed)",
)
async def post_confirm(
    index: int, body: ConfirmTranscriptRequest, session: CurrentSession, deps: ServicesDep
) -> TranscriptResponse:
    return _out(await confirm_transcript(deps, session.id, index, body.attempt))
