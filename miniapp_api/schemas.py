"""Request and response bodies of the interview API (docs/interview-api.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    """A stable code and a Chinese message for the candidate."""

    code: str
    message: str


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer."""

    error: ErrorDetail


# 429: the per-address rate limits (miniapp_api/rate_limits.py) answer before the route runs.
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorBody} for code in (401, 403, 404, 409, 413, 415, 422, 429)
}


class SessionRequest(BaseModel):
    """Exactly one way to sign in."""

    invite_token: str | None = None
    dingtalk_auth_code: str | None = None
    oauth_code: str | None = None
    # The `state` DingTalk sent back with the OAuth code (from /auth/dingtalk/start).
    oauth_state: str | None = None


class CandidateOut(BaseModel):
    display_name: str


class JobOut(BaseModel):
    title: str
    company: str


class ConsentOfferOut(BaseModel):
    policy_version: str
    recording_text: str
    processing_text: str
    face_cues_available: bool
    face_cues_text: str


class SessionResponse(BaseModel):
    session_token: str
    expires_at: str
    candidate: CandidateOut
    job: JobOut
    deadline_at: str | None
    status: str
    consent: ConsentOfferOut
    server_now_ms: int


class ConsentRequest(BaseModel):
    recording: bool
    processing: bool
    face_cues: bool = False
    policy_version: str


Mode = Literal["video", "audio", "text"]


class ModeResponse(BaseModel):
    mode: Mode


class CameraCheck(BaseModel):
    ok: bool = False
    width: int | None = None
    height: int | None = None
    label: str = ""


class MicrophoneCheck(BaseModel):
    ok: bool = False
    peak_level: float | None = None
    label: str = ""


class DeviceCheckRequest(BaseModel):
    camera: CameraCheck = Field(default_factory=CameraCheck)
    microphone: MicrophoneCheck = Field(default_factory=MicrophoneCheck)
    mode_choice: Mode
    user_agent: str = ""


class DeviceCheckResponse(BaseModel):
    ok: bool
    mode: Mode
    problems: list[str]


class NodeOut(BaseModel):
    index: int
    kind: Literal["self_introduction", "question", "follow_up"]
    think_s: int
    answer_s: int
    retakes_left: int
    state: Literal["pending", "thinking", "answering", "answered", "skipped"]


class PlanResponse(BaseModel):
    nodes: list[NodeOut]
    mode: Mode
    status: str


class NodeStartResponse(BaseModel):
    index: int
    text: str
    think_deadline_ms: int
    answer_deadline_ms: int
    server_now_ms: int
    attempt: int


class TextAnswerRequest(BaseModel):
    text: str


class AnswerIdResponse(BaseModel):
    answer_id: int


class SubmitResponse(BaseModel):
    status: str


class ProgressResponse(BaseModel):
    status: Literal["not_started", "in_progress", "submitted", "evaluating", "completed"]
    label: str
    answered: int
    total: int


class UploadRequest(BaseModel):
    node_index: int
    attempt: int
    mime_type: str = Field(max_length=64)
    total_bytes: int
    duration_s: float | None = None


class UploadCreated(BaseModel):
    upload_id: str
    chunk_size: int
    next_index: int
    received_bytes: int


class ChunkAck(BaseModel):
    received_bytes: int
    next_index: int


class UploadStatusResponse(BaseModel):
    received_bytes: int
    next_index: int
    status: str


class CompleteRequest(BaseModel):
    sha256: str = Field(min_length=64, max_length=64)


class CompleteResponse(BaseModel):
    answer_id: int
    status: str


class TranscriptPartOut(BaseModel):
    text: str
    low_confidence: bool


class RetakeOut(BaseModel):
    allowed: bool
    retakes_left: int
    reason: str


class TranscriptResponse(BaseModel):
    index: int
    attempt: int
    status: Literal["pending", "ready", "empty", "failed"]
    parts: list[TranscriptPartOut]
    message: str
    retake: RetakeOut
    confirmed: bool


class ConfirmTranscriptRequest(BaseModel):
    attempt: int
