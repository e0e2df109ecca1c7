"""Resumable chunked uploads of answer recordings."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Header, Request

from miniapp_api.deps import CurrentSession, ServicesDep
from miniapp_api.schemas import (
    ERRORS,
    ChunkAck,
    CompleteRequest,
    CompleteResponse,
    UploadCreated,
    UploadRequest,
    UploadStatusResponse,
)
from workflows.interviews.errors import PayloadTooLargeError
from workflows.interviews.uploads import (
    complete_upload,
    create_upload,
    open_chunk,
    store_chunk,
    upload_state,
)

router = APIRouter(prefix="/api/v1/uploads", tags=["uploads"])

_RAW_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.post(
    "",
    response_model=UploadCreated,
    responses=ERRORS,
    summary="Open an upload for one answer attempt (size and duration refused up front)",
)
async def open_upload(
    body: UploadRequest, session: CurrentSession, deps: ServicesDep
) -> UploadCreated:
    state = await create_upload(
        deps,
        session.id,
        node_index=body.node_index,
        attempt=body.attempt,
        mime_type=body.mime_type,
        total_bytes=body.total_bytes,
        duration_s=body.duration_s,
    )
    return UploadCreated(
        upload_id=state.upload_id,
        chunk_size=state.chunk_size,
        next_index=state.next_index,
        received_bytes=state.received_bytes,
    )


async def _read_body(request: Request, limit: int) -> tuple[bytes, str]:
    """The raw body and its SHA-256 (hashed as it arrives), refused as soon as it grows past
    `limit` (never buffered beyond it)."""
    body = bytearray()
    digest = hashlib.sha256()
    async for part in request.stream():
        body += part
        digest.update(part)
        if len(body) > limit:
            raise PayloadTooLargeError(
                "chunk larger than the chunk size", user_message=f"分片不能超过 {limit} 字节"
            )
    return bytes(body), digest.hexdigest()


@router.put(
    "/{upload_id}/chunks/{index}",
    response_model=ChunkAck,
    responses=ERRORS,
    openapi_extra=_RAW_BODY,
    summary="Store one chunk (raw bytes, X-Chunk-Sha256); repeats are acknowledged again",
)
async def put(
    upload_id: str,
    index: int,
    request: Request,
    session: CurrentSession,
    deps: ServicesDep,
    x_chunk_sha256: Annotated[str, Header(min_length=64, max_length=64)],
) -> ChunkAck:
    # The checks that need no bytes run first, while the candidate's body is still arriving.
    slot = await open_chunk(deps, session.id, upload_id, index, x_chunk_sha256)
    data, sha256_hex = await _read_body(request, deps.limits.chunk_size)
    state = await store_chunk(deps, slot, data, sha256_hex)
    return ChunkAck(received_bytes=state.received_bytes, next_index=state.next_index)


@router.get(
    "/{upload_id}",
    response_model=UploadStatusResponse,
    responses=ERRORS,
    summary="Where to resume: received bytes and the next chunk index",
)
async def status(upload_id: str, session: CurrentSession) -> UploadStatusResponse:
    state = await upload_state(session.id, upload_id)
    return UploadStatusResponse(
        received_bytes=state.received_bytes, next_index=state.next_index, status=state.status.value
    )


@router.post(
    "/{upload_id}/complete",
    response_model=CompleteResponse,
    responses=ERRORS,
    summary="Check the whole file (SHA-256, magic bytes, ffprobe), store it, start analysis",
)
async def complete(
    upload_id: str, body: CompleteRequest, session: CurrentSession, deps: ServicesDep
) -> CompleteResponse:
    done = await complete_upload(deps, session.id, upload_id, body.sha256)
    return CompleteResponse(answer_id=done.answer_id, status=done.status.value)
