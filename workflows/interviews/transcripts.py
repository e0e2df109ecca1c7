"""The candidate's look at the transcript of their own recorded answer, before moving on.

The transcript comes from the answer's analysis (analyse_answer_job transcribes it as soon as the
upload completes). The candidate reads it, cannot edit it, and either confirms it or records the
answer again while the question allows a retake: a misrecognised answer is caught by the person
it concerns. Reads are audited once per answer; the text never leaves the candidate's session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from analysis.speech.quality import segment_is_unsure
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.assessments.models import AnalysisResult
from workflows.errors import ConflictError, NotFoundError
from workflows.interviews.consent import require_consent
from workflows.interviews.models import (
    Answer,
    AnswerMode,
    AnswerStatus,
    InterviewSession,
    SessionStatus,
)
from workflows.interviews.nodes import ANSWERED, latest_attempts, retake_refusal, retakes_left
from workflows.interviews.plan import find_node
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.models import AuditLog
from workflows.services import Services

VIEWED_ACTION = "transcript.viewed"
EMPTY_MESSAGE = "没有识别到语音。请检查麦克风是否正常，在安静的环境中重新录制。"
FAILED_MESSAGE = "暂时无法识别这段录音，你的回答已保存，可以继续作答。"
_OPEN = (SessionStatus.NOT_STARTED, SessionStatus.IN_PROGRESS)


class TranscriptStatus(StrEnum):
    """Where the transcript of an attempt stands."""

    PENDING = "pending"  # uploaded, being recognised
    READY = "ready"  # words recognised
    EMPTY = "empty"  # nothing recognised (silence, no microphone signal)
    FAILED = "failed"  # the recording could not be analysed


@dataclass(frozen=True, slots=True)
class TranscriptPart:
    """A stretch of the transcript; low_confidence when the engine was unsure of it."""

    text: str
    low_confidence: bool


@dataclass(frozen=True, slots=True)
class RetakeOption:
    """Whether the candidate may record this answer again now, and if not, why."""

    allowed: bool
    retakes_left: int
    reason: str


@dataclass(frozen=True, slots=True)
class TranscriptPreview:
    """What the page shows after a recorded answer is uploaded."""

    index: int
    attempt: int
    status: TranscriptStatus
    parts: tuple[TranscriptPart, ...]
    message: str
    retake: RetakeOption
    confirmed: bool


def transcript_parts(
    text: str, segments: Sequence[dict[str, Any]], low_below: float
) -> tuple[TranscriptPart, ...]:
    """Segments as parts, neighbours of the same certainty merged; the text alone without them."""
    parts: list[TranscriptPart] = []
    for seg in segments:
        piece = str(seg.get("text", "")).strip()
        if not piece:
            continue
        low = segment_is_unsure(piece, float(seg.get("confidence", 0.0)), low_below)
        if parts and parts[-1].low_confidence == low:
            parts[-1] = TranscriptPart(parts[-1].text + piece, low)
        else:
            parts.append(TranscriptPart(piece, low))
    if not parts and text.strip():
        parts.append(TranscriptPart(text.strip(), False))
    return tuple(parts)


async def _session(session_id: int) -> InterviewSession:
    session = await InterviewSession.get(id=session_id)
    require_consent(session)
    if session.status not in _OPEN:
        raise ConflictError(
            f"session {session_id} is {session.status}", user_message="面试已提交，不再显示转写文本"
        )
    return session


async def _attempt(
    session: InterviewSession, index: int, attempt: int | None
) -> tuple[Answer, int]:
    """The node's newest attempt (it must be the one the page asks about) and the count."""
    find_node(session, index)
    latest = await latest_attempts(session.id)
    if index not in latest:
        raise NotFoundError(f"node {index} not answered", user_message="这道题还没有作答")
    answer, attempts = latest[index]
    if attempt is not None and attempt != answer.attempt:
        raise ConflictError(
            f"attempt {attempt} is not the newest ({answer.attempt})",
            user_message="这次作答已被重新作答替代",
        )
    if answer.mode == AnswerMode.TEXT:
        raise ConflictError(f"answer {answer.id} is text", user_message="文字作答无需核对转写")
    if answer.status not in ANSWERED:
        raise ConflictError(
            f"answer {answer.id} is {answer.status}", user_message="录音还没有上传完成"
        )
    return answer, attempts


async def _latest_result(answer_id: int) -> AnalysisResult | None:
    return await AnalysisResult.filter(answer_id=answer_id).order_by("-id").first()


async def transcript_preview(
    deps: Services, session_id: int, index: int, attempt: int | None = None
) -> TranscriptPreview:
    """The transcript of the newest attempt of node `index` in the candidate's own session."""
    session = await _session(session_id)
    answer, attempts = await _attempt(session, index, attempt)
    node = find_node(session, index)
    refusal = retake_refusal(session, node, attempts, deps.clock())
    retake = RetakeOption(not refusal, retakes_left(node, attempts), refusal)
    result = await _latest_result(answer.id)
    confirmed = answer.transcript_confirmed_at is not None
    parts: tuple[TranscriptPart, ...] = ()
    message = ""
    if result is None:
        failed = answer.status == AnswerStatus.FAILED
        status = TranscriptStatus.FAILED if failed else TranscriptStatus.PENDING
        message = FAILED_MESSAGE if failed else ""
    elif result.error:
        status, message = TranscriptStatus.FAILED, result.error
    else:
        await deps.vault.unlock_tokens([result.transcript_enc])
        text = deps.vault.decrypt(result.transcript_enc, context=contexts.TRANSCRIPT)
        segments = await deps.vault.open_segments(result.segments)
        parts = transcript_parts(text, segments, deps.asr_low_confidence)
        status = TranscriptStatus.READY if parts else TranscriptStatus.EMPTY
        message = "" if parts else EMPTY_MESSAGE
        await _audit_view(session, answer)
    return TranscriptPreview(index, answer.attempt, status, parts, message, retake, confirmed)


async def _audit_view(session: InterviewSession, answer: Answer) -> None:
    """One audit entry per answer: the page polls, the trail needs the fact, not each poll."""
    app = await Application.get(id=session.application_id)  # type: ignore[attr-defined]
    actor = Actor.candidate(app.candidate_id)  # type: ignore[attr-defined]
    seen = await AuditLog.filter(
        actor=str(actor), action=VIEWED_ACTION, subject_type="answer", subject_id=str(answer.id)
    ).exists()
    if not seen:
        await record_access(
            actor, VIEWED_ACTION, "answer", answer.id, session=session.id, attempt=answer.attempt
        )


async def confirm_transcript(
    deps: Services, session_id: int, index: int, attempt: int
) -> TranscriptPreview:
    """The candidate confirms the transcript they read (idempotent); the report shows it."""
    session = await _session(session_id)
    answer, _ = await _attempt(session, index, attempt)
    result = await _latest_result(answer.id)
    if result is None or result.error or not result.transcript_enc:
        raise ConflictError(
            f"answer {answer.id} has no transcript to confirm",
            user_message="转写文本还没有生成，不能确认",
        )
    # Idempotent: the first confirmation's time stays. A retake racing this only leaves a
    # confirmation on the attempt it replaced, which no longer counts.
    await Answer.filter(id=answer.id, transcript_confirmed_at=None).update(
        transcript_confirmed_at=deps.clock()
    )
    return await transcript_preview(deps, session_id, index, attempt)
