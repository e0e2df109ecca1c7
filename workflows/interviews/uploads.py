"""Resumable, chunked, encrypted uploads of answer recordings.

Each acknowledged chunk is sealed on disk (envelope encryption through the object store) and
its SHA-256 is kept, so a dropped connection resumes at `next_index`. Completion streams the
chunks into one sealed object, sniffs and ffprobes the result, and enqueues the analysis.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import secrets
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from analysis.media.probe import MediaInfo, MediaProbeError, probe
from workflows.background.jobs import job_id
from workflows.background.names import JobName
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.interviews.consent import require_recording_consent
from workflows.interviews.errors import (
    ChecksumMismatchError,
    ConsentRequiredError,
    DeadlinePassedError,
    PayloadTooLargeError,
    UnsupportedMediaError,
)
from workflows.interviews.models import (
    Answer,
    AnswerMode,
    AnswerStatus,
    InterviewSession,
    UploadSession,
    UploadStatus,
)
from workflows.interviews.nodes import check_open, latest_open_attempt
from workflows.interviews.plan import find_node
from workflows.interviews.sniff import ALLOWED_MIME, EXTENSIONS, SNIFF_BYTES, base_mime, sniff
from workflows.services import Services
from workflows.storage.port import ObjectStoreUnavailableError

FORMATS_ZH = "WebM、MP4、Ogg、WAV、M4A"
NOT_MEDIA_MESSAGE = f"文件内容不是受支持的录音或录像格式（{FORMATS_ZH}），请重新录制后上传"


# Longer than any completion takes (assemble, probe, seal a recording of the size limit).
STALE_CLAIM = timedelta(seconds=120)


@dataclass(frozen=True, slots=True)
class UploadState:
    """Where an upload stands: resume by sending chunk `next_index`."""

    upload_id: str
    chunk_size: int
    next_index: int
    received_bytes: int
    status: UploadStatus


@dataclass(frozen=True, slots=True)
class CompletedUpload:
    """The answer a finished upload became."""

    answer_id: int
    status: AnswerStatus
    media: MediaInfo | None


def chunk_key(upload_id: str, index: int) -> str:
    """Object key of one sealed chunk."""
    return f"uploads/{upload_id}/{index:06d}"


def _state(upload: UploadSession) -> UploadState:
    return UploadState(
        upload.id,
        upload.chunk_size,
        upload.next_index,
        upload.received_bytes,
        UploadStatus(upload.status),
    )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


async def create_upload(
    deps: Services,
    session_id: int,
    *,
    node_index: int,
    attempt: int,
    mime_type: str,
    total_bytes: int,
    duration_s: float | None,
) -> UploadState:
    """Open (or reopen, for the same file) the upload of one answer attempt's recording."""
    family = ALLOWED_MIME.get(base_mime(mime_type))
    if family is None:
        raise UnsupportedMediaError(
            f"mime {mime_type!r} refused", user_message=f"只支持 {FORMATS_ZH} 格式的录音或录像"
        )
    if total_bytes <= 0:
        raise ValidationFailedError("empty upload", user_message="录制文件是空的，请重新录制")
    if total_bytes > deps.max_upload_bytes:
        raise PayloadTooLargeError(
            f"upload of {total_bytes} bytes refused",
            user_message=(
                f"文件过大（{_mb(total_bytes)}），单个回答最多 {_mb(deps.max_upload_bytes)}"
            ),
        )
    stale: list[UploadSession] = []
    async with in_transaction() as conn:
        session = await InterviewSession.select_for_update().using_db(conn).get(id=session_id)
        check_open(session, deps.clock())
        require_recording_consent(session)
        node = find_node(session, node_index)
        limit = int(node["answer_s"]) + deps.limits.grace.total_seconds()
        if duration_s is not None and duration_s > limit:
            raise ValidationFailedError(
                f"duration {duration_s}s over {limit}s",
                user_message=f"录制时长 {duration_s:.0f} 秒，超过本题限制的 {node['answer_s']} 秒",
            )
        answer = await latest_open_attempt(deps, conn, session, node_index, attempt)
        for upload in await UploadSession.filter(
            answer_id=answer.id, status=UploadStatus.OPEN
        ).using_db(conn):
            if upload.mime_type == mime_type and upload.total_bytes == total_bytes:
                return _state(upload)  # the page lost its upload id: resume the same file
            upload.status, upload.error_code = UploadStatus.ABORTED, "replaced"
            await upload.save(using_db=conn, update_fields=["status", "error_code", "updated_at"])
            stale.append(upload)
        upload = await UploadSession.create(
            using_db=conn,
            id=secrets.token_hex(16),
            session_id=session.id,
            answer_id=answer.id,
            node_index=node_index,
            attempt=answer.attempt,
            mime_type=mime_type,
            total_bytes=total_bytes,
            declared_duration_s=duration_s,
            chunk_size=deps.limits.chunk_size,
        )
        answer.status = AnswerStatus.UPLOADING
        await answer.save(using_db=conn, update_fields=["status", "updated_at"])
    for old in stale:
        await _delete_chunks(deps, old)
    return _state(upload)


async def _load(session_id: int, upload_id: str) -> UploadSession:
    upload = await UploadSession.get_or_none(id=upload_id, session_id=session_id)
    if upload is None:
        raise NotFoundError(
            f"upload {upload_id} not found", user_message="找不到这次上传，请重新上传"
        )
    return upload


async def upload_state(session_id: int, upload_id: str) -> UploadState:
    """Where to resume an upload."""
    return _state(await _load(session_id, upload_id))


def _require_open(upload: UploadSession) -> None:
    if upload.status == UploadStatus.COMPLETE:
        raise ConflictError(f"upload {upload.id} complete", user_message="这次上传已经完成")
    if upload.status != UploadStatus.OPEN:
        raise ConflictError(
            f"upload {upload.id} is {upload.status}", user_message="这次上传已失效，请重新上传"
        )


async def _require_consent(deps: Services, upload: UploadSession) -> None:
    """The candidate may have taken recording or processing consent back since the upload
    began: then nothing more is stored and what was stored is deleted."""
    session = await InterviewSession.get(id=upload.session_id)  # type: ignore[attr-defined]
    try:
        require_recording_consent(session)
    except ConsentRequiredError:
        await _fail(deps, upload, "consent_withdrawn")
        raise


async def _require_window(deps: Services, upload: UploadSession) -> None:
    answer = await Answer.get(id=upload.answer_id)  # type: ignore[attr-defined]
    assert answer.answer_deadline_at is not None
    if deps.clock() > answer.answer_deadline_at + deps.limits.upload_window:
        raise DeadlinePassedError(
            f"upload {upload.id} past its window", user_message="上传超时：本题的作答时间早已结束"
        )


async def _fail(deps: Services, upload: UploadSession, code: str) -> None:
    """Mark an upload failed, delete what it stored, and let the attempt be answered again."""
    await UploadSession.filter(id=upload.id).update(status=UploadStatus.FAILED, error_code=code)
    await Answer.filter(id=upload.answer_id, status=AnswerStatus.UPLOADING).update(  # type: ignore[attr-defined]
        status=AnswerStatus.PENDING
    )
    await _delete_chunks(deps, upload)


async def _delete_chunks(deps: Services, upload: UploadSession) -> None:
    await asyncio.gather(
        *(deps.store.delete(chunk_key(upload.id, i)) for i in range(upload.next_index + 1))
    )


@dataclass(frozen=True, slots=True)
class ChunkSlot:
    """A chunk the upload is waiting for, checked before its body is read: either `ack` (a
    repeat of an acknowledged chunk, answered again) or where to store it."""

    upload: UploadSession
    index: int
    digest: str
    owner: int
    ack: UploadState | None = None


async def open_chunk(
    deps: Services, session_id: int, upload_id: str, index: int, sha256_hex: str
) -> ChunkSlot:
    """Everything about chunk `index` that does not need its bytes (ownership, state, consent,
    window, order), so the checks run while the body is still on its way."""
    upload = await _load(session_id, upload_id)
    _require_open(upload)
    await _require_consent(deps, upload)
    await _require_window(deps, upload)
    digest = sha256_hex.strip().lower()
    if index < upload.next_index:
        if upload.chunk_sha256[index] == digest:
            return ChunkSlot(upload, index, digest, 0, _state(upload))
        raise ConflictError(
            f"chunk {index} differs", user_message=f"第 {index} 片已上传且内容不同，请重新开始上传"
        )
    if index > upload.next_index:
        raise ConflictError(
            f"chunk {index} ahead of {upload.next_index}",
            user_message=f"分片顺序不对，请从第 {upload.next_index} 片继续上传",
        )
    return ChunkSlot(upload, index, digest, await _owner(upload))


async def store_chunk(deps: Services, slot: ChunkSlot, data: bytes, actual_sha: str) -> UploadState:
    """Store a checked slot's bytes sealed (`actual_sha`: their SHA-256, computed as they came)."""
    upload, index = slot.upload, slot.index
    if actual_sha != slot.digest:
        raise ChecksumMismatchError(
            f"chunk {index} checksum mismatch", user_message="分片校验失败，请重新上传这一片"
        )
    if slot.ack is not None:
        return slot.ack
    remaining = upload.total_bytes - upload.received_bytes
    if len(data) > remaining:
        await _fail(deps, upload, "oversize")
        raise PayloadTooLargeError(
            f"upload {upload.id} exceeds declared {upload.total_bytes} bytes",
            user_message="上传的数据超过了声明的文件大小，本次上传已取消，请重新上传",
        )
    expected = min(upload.chunk_size, remaining)
    if len(data) != expected:
        raise ValidationFailedError(
            f"chunk {index} has {len(data)} bytes",
            user_message=f"分片大小不正确：第 {index} 片应为 {expected} 字节",
        )
    if index == 0 and sniff(data[:SNIFF_BYTES]) != ALLOWED_MIME[base_mime(upload.mime_type)]:
        await _fail(deps, upload, "not_media")
        raise UnsupportedMediaError(
            f"upload {upload.id} is not media", user_message=NOT_MEDIA_MESSAGE
        )
    await deps.store.put(chunk_key(upload.id, index), data, owner=slot.owner)
    # One conditional UPDATE: only the chunk the upload waits for, on an open upload, moves it
    # on (a concurrent repeat of this chunk finds next_index moved and is acknowledged).
    moved = await UploadSession.filter(
        id=upload.id, status=UploadStatus.OPEN, next_index=index
    ).update(
        chunk_sha256=[*upload.chunk_sha256, slot.digest],
        next_index=index + 1,
        received_bytes=upload.received_bytes + len(data),
        updated_at=deps.clock(),
    )
    if moved:
        return UploadState(
            upload.id, upload.chunk_size, index + 1, upload.received_bytes + len(data),
            UploadStatus.OPEN,
        )  # fmt: skip
    upload = await _load(upload.session_id, upload.id)  # type: ignore[attr-defined]
    _require_open(upload)
    return _state(upload)


async def _plain_chunks(deps: Services, upload: UploadSession, sink: int) -> AsyncIterator[bytes]:
    """Decrypt the chunks in order, checking each checksum, copying them to the probe file."""
    for index in range(upload.next_index):
        data = await deps.store.get(chunk_key(upload.id, index))
        if hashlib.sha256(data).hexdigest() != upload.chunk_sha256[index]:
            raise ChecksumMismatchError(f"stored chunk {index} corrupt")
        await asyncio.to_thread(os.write, sink, data)
        yield data


async def complete_upload(
    deps: Services, session_id: int, upload_id: str, sha256_hex: str
) -> CompletedUpload:
    """Assemble, verify (checksum, magic bytes, ffprobe) and store the recording sealed."""
    upload = await _load(session_id, upload_id)
    if upload.status == UploadStatus.COMPLETE:
        answer = await Answer.get(id=upload.answer_id)  # type: ignore[attr-defined]
        # The first completion may have stored everything and then failed to queue the
        # analysis (Redis down): the retry queues it again. The job id is the same, so a job
        # already queued or run is not queued twice, and the job stores one result per answer.
        await deps.queue.enqueue(
            JobName.ANALYSE_ANSWER, answer.id, job_id=job_id(JobName.ANALYSE_ANSWER, answer.id)
        )
        return CompletedUpload(answer.id, AnswerStatus(answer.status), None)
    if upload.status != UploadStatus.VALIDATING:  # a stale claim is taken over below
        _require_open(upload)
    await _require_window(deps, upload)
    if upload.received_bytes != upload.total_bytes:
        raise ValidationFailedError(
            f"upload {upload.id} incomplete",
            user_message=(
                f"文件还没有上传完整（已收到 {upload.received_bytes} / {upload.total_bytes} 字节）"
            ),
        )
    # A process killed while completing leaves the claim behind; after STALE_CLAIM_S the
    # candidate's retry takes it over (the chunks are kept until the upload is complete, and the
    # recording's key is the same, so assembling again is safe).
    now = deps.clock()
    claimed = (
        await UploadSession.filter(id=upload.id)
        .filter(
            Q(status=UploadStatus.OPEN)
            | Q(status=UploadStatus.VALIDATING, updated_at__lt=now - STALE_CLAIM)
        )
        .update(status=UploadStatus.VALIDATING, updated_at=now)
    )
    if not claimed:
        raise ConflictError(f"upload {upload.id} busy", user_message="正在处理这次上传，请稍候")
    # Checked once the claim is ours: a completion still running elsewhere is left alone.
    await _require_consent(deps, upload)
    session = await InterviewSession.get(id=session_id)
    answer = await Answer.get(id=upload.answer_id)  # type: ignore[attr-defined]
    ext = EXTENSIONS[ALLOWED_MIME[base_mime(upload.mime_type)]]
    key = f"answers/{session_id}/{answer.id}-{upload.id}.{ext}"
    info = await _assemble_and_probe(deps, upload, key, sha256_hex, AnswerMode(session.answer_mode))
    async with in_transaction() as conn:
        await (
            UploadSession.filter(id=upload.id)
            .using_db(conn)
            .update(status=UploadStatus.COMPLETE, completed_at=deps.clock())
        )
        answer = await Answer.select_for_update().using_db(conn).get(id=answer.id)
        answer.media_key = key
        answer.media_sha256 = sha256_hex.strip().lower()
        answer.media_bytes = upload.total_bytes
        answer.duration_s = info.duration_s
        answer.mode = AnswerMode.VIDEO if info.has_video else AnswerMode.AUDIO
        answer.status = AnswerStatus.UPLOADED
        answer.answer_ended_at = deps.clock()
        await answer.save(using_db=conn)
    await _delete_chunks(deps, upload)
    await deps.queue.enqueue(
        JobName.ANALYSE_ANSWER, answer.id, job_id=job_id(JobName.ANALYSE_ANSWER, answer.id)
    )
    return CompletedUpload(answer.id, AnswerStatus.UPLOADED, info)


async def _assemble_and_probe(
    deps: Services, upload: UploadSession, key: str, sha256_hex: str, mode: AnswerMode
) -> MediaInfo:
    """Stream the chunks into the sealed object; on any refusal delete everything stored."""
    # ffprobe needs a seekable file (MP4 keeps its index at the end), so a private plaintext
    # copy exists for the few seconds of the probe and is removed right after.
    fd, tmp_name = tempfile.mkstemp(prefix="dinghire-probe-", suffix=".media")
    tmp = Path(tmp_name)
    try:
        try:
            stored = await deps.store.put_stream(
                key, _plain_chunks(deps, upload, fd), owner=await _owner(upload)
            )
        finally:
            os.close(fd)
        problem = await _validate(deps, upload, tmp, stored.sha256, sha256_hex, mode)
    except ObjectStoreUnavailableError:
        # The store is down, not the recording bad: keep the chunks and release the claim, so
        # the candidate's retry of the completion succeeds once the store is back.
        with contextlib.suppress(ObjectStoreUnavailableError):
            await deps.store.delete(key)
        await UploadSession.filter(id=upload.id, status=UploadStatus.VALIDATING).update(
            status=UploadStatus.OPEN
        )
        raise
    except BaseException:
        await deps.store.delete(key)
        await _fail(deps, upload, "assembly_error")
        raise
    finally:
        await asyncio.to_thread(tmp.unlink, True)
    if isinstance(problem, ValidationFailedError):
        await deps.store.delete(key)
        await _fail(deps, upload, problem.code)
        raise problem
    return problem


def _read_head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(SNIFF_BYTES)


async def _validate(
    deps: Services,
    upload: UploadSession,
    path: Path,
    actual_sha: str,
    claimed_sha: str,
    mode: AnswerMode,
) -> MediaInfo | ValidationFailedError:
    """The checks on the whole file; returns the refusal instead of raising it."""
    if actual_sha != claimed_sha.strip().lower():
        return ChecksumMismatchError(
            "file checksum mismatch", user_message="文件校验失败，请重新上传"
        )
    head = await asyncio.to_thread(_read_head, path)
    if sniff(head) != ALLOWED_MIME[base_mime(upload.mime_type)]:
        return UnsupportedMediaError("not media", user_message=NOT_MEDIA_MESSAGE)
    try:
        info = await probe(path, timeout_s=deps.limits.ffprobe_timeout_s)
    except MediaProbeError:
        return UnsupportedMediaError("ffprobe refused", user_message=NOT_MEDIA_MESSAGE)
    if not info.has_audio:
        return UnsupportedMediaError(
            "no audio", user_message="录制文件中没有声音，请检查麦克风后重新录制"
        )
    if mode == AnswerMode.VIDEO and not info.has_video:
        return UnsupportedMediaError(
            "no video", user_message="录制文件中没有画面，请检查摄像头后重新录制"
        )
    session = await InterviewSession.get(id=upload.session_id)  # type: ignore[attr-defined]
    answer_s = int(find_node(session, upload.node_index)["answer_s"])
    if (
        info.duration_s is not None
        and info.duration_s > answer_s + deps.limits.grace.total_seconds()
    ):
        return ValidationFailedError(
            "too long",
            user_message=f"录制时长 {info.duration_s:.0f} 秒，超过本题限制的 {answer_s} 秒",
        )
    return info


async def _owner(upload: UploadSession) -> int:
    """The candidate whose data key seals this upload's chunks and recording."""
    rows = await UploadSession.filter(id=upload.id).values_list(
        "session__application__candidate_id", flat=True
    )
    return int(cast(Any, rows[0]))
