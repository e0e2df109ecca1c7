"""Consent and the device check."""

from __future__ import annotations

from fastapi import APIRouter, Request

from miniapp_api.deps import CurrentSession, ServicesDep, client_ip
from miniapp_api.schemas import (
    ERRORS,
    ConsentRequest,
    DeviceCheckRequest,
    DeviceCheckResponse,
    ModeResponse,
)
from workflows.interviews.consent import record_consent, store_device_check
from workflows.interviews.models import AnswerMode

router = APIRouter(prefix="/api/v1/interview", tags=["interview"])


@router.post(
    "/consent",
    response_model=ModeResponse,
    responses=ERRORS,
    summary="Record recording / processing / face-cue consent; declining recording means text",
)
async def consent(
    body: ConsentRequest, request: Request, session: CurrentSession, deps: ServicesDep
) -> ModeResponse:
    mode = await record_consent(
        deps,
        session.id,
        recording=body.recording,
        processing=body.processing,
        face_cues=body.face_cues,
        policy_version=body.policy_version,
        ip=client_ip(request),
        user_agent=request.headers.get("user-agent", ""),
    )
    return ModeResponse(mode=mode.value)


@router.post(
    "/device-check",
    response_model=DeviceCheckResponse,
    responses=ERRORS,
    summary="Store the camera and microphone check and choose the answer mode",
)
async def device_check(
    body: DeviceCheckRequest, session: CurrentSession, deps: ServicesDep
) -> DeviceCheckResponse:
    result = await store_device_check(
        deps,
        session.id,
        camera=body.camera.model_dump(),
        microphone=body.microphone.model_dump(),
        mode_choice=AnswerMode(body.mode_choice),
        user_agent=body.user_agent,
    )
    return DeviceCheckResponse(
        ok=result.ok,
        mode=result.mode.value,
        problems=result.problems,
    )
