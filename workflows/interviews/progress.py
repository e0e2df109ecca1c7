"""Progress the candidate sees, submitting the interview, and telling HR."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from integrations.dingtalk.messages import OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.errors import ConflictError, NotFoundError
from workflows.interviews.messages import InterviewSubmitted
from workflows.interviews.models import AnswerStatus, InterviewSession, SessionStatus
from workflows.interviews.nodes import attempt_state, latest_attempts
from workflows.messaging.notify import kick_dispatch
from workflows.messaging.outbox import enqueue_message
from workflows.privacy import contexts
from workflows.services import Services

log = logging.getLogger(__name__)

STATUS_LABELS_ZH: dict[SessionStatus, str] = {
    SessionStatus.NOT_STARTED: "未开始",
    SessionStatus.IN_PROGRESS: "进行中",
    SessionStatus.SUBMITTED: "已提交",
    SessionStatus.EVALUATING: "评估中",
    SessionStatus.COMPLETED: "已完成",
}


@dataclass(frozen=True, slots=True)
class Progress:
    """Status, its Chinese label, and how many nodes are answered."""

    status: SessionStatus
    label: str
    answered: int
    total: int


async def progress(deps: Services, session_id: int) -> Progress:
    """The candidate's progress through the interview."""
    session = await InterviewSession.get(id=session_id)
    latest = await latest_attempts(session_id)
    now = deps.clock()
    answered = sum(1 for a, _ in latest.values() if attempt_state(a, now, deps) == "answered")
    status = SessionStatus(session.status)
    return Progress(status, STATUS_LABELS_ZH[status], answered, len(session.plan))


async def submit(deps: Services, session_id: int) -> SessionStatus:
    """Hand in the interview: application -> submitted, HR told through the outbox."""
    now = deps.clock()
    async with in_transaction() as conn:
        session = await InterviewSession.select_for_update().using_db(conn).get(id=session_id)
        if session.status in (
            SessionStatus.SUBMITTED,
            SessionStatus.EVALUATING,
            SessionStatus.COMPLETED,
        ):
            return SessionStatus(session.status)
        if session.status == SessionStatus.NOT_STARTED:
            raise ConflictError("not started", user_message="你还没有开始作答，不能提交")
        latest = await latest_attempts(session_id, conn)
        past_deadline = session.deadline_at is not None and now > session.deadline_at
        unstarted = [n for n in session.plan if n["index"] not in latest]
        if unstarted and not past_deadline:
            raise ConflictError(
                f"{len(unstarted)} nodes not started",
                user_message=f"还有 {len(unstarted)} 道题未作答，请完成后再提交",
            )
        for answer, _ in latest.values():
            state = attempt_state(answer, now, deps)
            if answer.status == AnswerStatus.UPLOADING and state == "answering":
                raise ConflictError(
                    "upload in progress", user_message="还有回答正在上传，请等上传完成后再提交"
                )
            if state in ("thinking", "answering"):
                raise ConflictError("node open", user_message="还有题目正在作答，请完成后再提交")
        session.status = SessionStatus.SUBMITTED
        session.submitted_at = now
        await session.save(using_db=conn, update_fields=["status", "submitted_at", "updated_at"])
        row_id = await _tell_hr(deps, session, conn)
    app = await Application.get(id=session.application_id)  # type: ignore[attr-defined]
    if app.stage == Stage.INTERVIEWING:
        await transition(
            app.id,
            Stage.SUBMITTED,
            actor=Actor.candidate(app.candidate_id),  # type: ignore[attr-defined]
            reason="候选人提交面试",
            bus=deps.bus,
            expected_from=Stage.INTERVIEWING,
        )
    else:
        log.warning("application %s is %s when its interview was submitted", app.id, app.stage)
    if row_id is not None:
        await kick_dispatch(deps.queue, [row_id])
    return SessionStatus.SUBMITTED


async def _tell_hr(
    deps: Services, session: InterviewSession, conn: BaseDBAsyncClient
) -> int | None:
    """Queue the 'interview submitted' message to the job owner, in the caller's transaction."""
    app = (
        await Application.filter(id=session.application_id)  # type: ignore[attr-defined]
        .using_db(conn)
        .prefetch_related("candidate", "job__owner")
        .get()
    )
    owner = app.job.owner
    if owner is None:
        log.warning("job %s has no owner to tell about a submitted interview", app.job.id)
        return None
    await deps.vault.unlock(app.candidate.id)
    name = deps.vault.decrypt(app.candidate.name_enc, context=contexts.CANDIDATE_NAME) or "候选人"
    answered = await latest_attempts(session.id, conn)
    news = InterviewSubmitted(name, app.job.title, len(answered), len(session.plan))
    message = OutgoingMessage(
        Recipient.users(owner.dingtalk_user_id), deps.present.interviews.submitted(news)
    )
    row = await enqueue_message(
        message,
        dedup_key=f"interview_submitted:{session.id}",
        using_db=conn,
    )
    return int(row.id)


async def mark_evaluating(session_id: int) -> None:
    """Analysis has started on a submitted interview (called by the analysis jobs)."""
    await _advance(session_id, SessionStatus.SUBMITTED, SessionStatus.EVALUATING)


async def mark_completed(session_id: int) -> None:
    """Every answer of a submitted interview is evaluated (called by the analysis jobs)."""
    updated = await InterviewSession.filter(
        id=session_id, status__in=(SessionStatus.SUBMITTED, SessionStatus.EVALUATING)
    ).update(status=SessionStatus.COMPLETED)
    if not updated and not await InterviewSession.exists(id=session_id):
        raise NotFoundError(f"session {session_id} not found")


async def _advance(session_id: int, from_status: SessionStatus, to: SessionStatus) -> None:
    updated = await InterviewSession.filter(id=session_id, status=from_status).update(status=to)
    if not updated and not await InterviewSession.exists(id=session_id):
        raise NotFoundError(f"session {session_id} not found")
