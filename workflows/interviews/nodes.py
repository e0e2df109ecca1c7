"""Answering the plan node by node: start, retake, text answers; the server's clock counts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.background.jobs import job_id
from workflows.background.names import JobName
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.interviews.consent import require_consent
from workflows.interviews.errors import DeadlinePassedError
from workflows.interviews.models import (
    Answer,
    AnswerMode,
    AnswerStatus,
    InterviewSession,
    SessionStatus,
    UploadSession,
    UploadStatus,
)
from workflows.interviews.plan import NODE_FOLLOW_UP, find_node
from workflows.privacy import contexts
from workflows.privacy.sealed_json import open_text
from workflows.services import Services

log = logging.getLogger(__name__)

MAX_TEXT_ANSWER_CHARS = 5000
ANSWERED = frozenset(
    {
        AnswerStatus.UPLOADED,
        AnswerStatus.ANALYSING,
        AnswerStatus.ANALYSED,
        AnswerStatus.NEEDS_REVIEW,
        AnswerStatus.FAILED,
    }
)
_OPEN_SESSION = (SessionStatus.NOT_STARTED, SessionStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class NodeView:
    """One node as the page lists it (no question text before start)."""

    index: int
    kind: str
    think_s: int
    answer_s: int
    retakes_left: int
    state: str


@dataclass(frozen=True, slots=True)
class PlanView:
    """The whole plan, the answer mode and the session status."""

    nodes: list[NodeView]
    mode: AnswerMode
    status: SessionStatus


@dataclass(frozen=True, slots=True)
class NodeStart:
    """A started attempt: the question and its server-side deadlines."""

    index: int
    text: str
    think_deadline: datetime
    answer_deadline: datetime
    server_now: datetime
    attempt: int


def attempt_state(answer: Answer | None, now: datetime, deps: Services) -> str:
    """pending, thinking, answering, answered or skipped, judged by the server's clock."""
    if answer is None:
        return "pending"
    if answer.status in ANSWERED:
        return "answered"
    assert answer.think_deadline_at is not None and answer.answer_deadline_at is not None
    if now < answer.think_deadline_at:
        return "thinking"
    if now <= answer.answer_deadline_at + deps.limits.grace:
        return "answering"
    if (
        answer.status == AnswerStatus.UPLOADING
        and now <= answer.answer_deadline_at + deps.limits.upload_window
    ):
        return "answering"
    return "skipped"


def retakes_left(node: dict[str, Any], attempts: int) -> int:
    """Retakes still allowed on a node after `attempts` attempts."""
    return max(0, int(node["retakes_allowed"]) - max(0, attempts - 1))


def retake_refusal(
    session: InterviewSession, node: dict[str, Any], attempts: int, now: datetime
) -> str:
    """Why the node cannot be answered again now (Chinese, for the candidate); "" if it can."""
    if session.status not in _OPEN_SESSION:
        return "面试已提交，不能再重新录制"
    if int(node["retakes_allowed"]) <= 0:
        return "本题不支持重新作答"
    if retakes_left(node, attempts) <= 0:
        return "本题的重答机会已用完"
    # A retake replaces the answer at once: refuse it when a new attempt could not be finished
    # before the interview closes, or the candidate would lose the answer they have.
    needed = timedelta(seconds=int(node["think_s"]) + int(node["answer_s"]))
    if session.deadline_at is not None and now + needed > session.deadline_at:
        return "距面试截止时间已不足一次完整作答，不能重新作答"
    return ""


async def latest_attempts(
    session_id: int, conn: BaseDBAsyncClient | None = None
) -> dict[int, tuple[Answer, int]]:
    """Per node index: its newest attempt and how many attempts it has had."""
    rows = (
        await Answer.filter(session_id=session_id).using_db(conn).order_by("node_index", "attempt")
    )
    out: dict[int, tuple[Answer, int]] = {}
    for row in rows:
        count = out[row.node_index][1] + 1 if row.node_index in out else 1
        out[row.node_index] = (row, count)
    return out


async def plan_view(deps: Services, session_id: int) -> PlanView:
    """The nodes in the order they are asked, with their state now."""
    session = await InterviewSession.get(id=session_id)
    latest = await latest_attempts(session_id)
    now = deps.clock()
    nodes = []
    for node in session.plan:
        answer, attempts = latest.get(node["index"], (None, 0))
        nodes.append(
            NodeView(
                index=node["index"],
                kind=node["kind"],
                think_s=int(node["think_s"]),
                answer_s=int(node["answer_s"]),
                retakes_left=retakes_left(node, attempts),
                state=attempt_state(answer, now, deps),
            )
        )
    return PlanView(nodes, AnswerMode(session.answer_mode), SessionStatus(session.status))


def check_open(session: InterviewSession, now: datetime) -> None:
    """Refuse answering without consent, after submission or past the interview deadline."""
    require_consent(session)
    if session.status not in _OPEN_SESSION:
        raise ConflictError(
            f"session {session.id} is {session.status}", user_message="面试已提交，不能再作答"
        )
    if session.deadline_at is not None and now > session.deadline_at:
        raise DeadlinePassedError(
            f"session {session.id} deadline passed",
            user_message="面试已过截止时间，如需重新安排请联系 HR",
        )


async def _new_attempt(
    conn: BaseDBAsyncClient,
    session: InterviewSession,
    node: dict[str, Any],
    attempt: int,
    now: datetime,
) -> Answer:
    think_deadline = now + timedelta(seconds=int(node["think_s"]))
    return await Answer.create(
        using_db=conn,
        session_id=session.id,
        node_index=node["index"],
        attempt=attempt,
        question_id=node.get("question_id"),
        question_text=node["text"],
        is_follow_up=node["kind"] == NODE_FOLLOW_UP,
        mode=session.answer_mode,
        status=AnswerStatus.PENDING,
        question_shown_at=now,
        think_deadline_at=think_deadline,
        answer_deadline_at=think_deadline + timedelta(seconds=int(node["answer_s"])),
    )


async def _started(deps: Services, answer: Answer, now: datetime) -> NodeStart:
    assert answer.think_deadline_at is not None and answer.answer_deadline_at is not None
    text = await open_text(deps.vault, answer.question_text, context=contexts.FOLLOW_UP_QUESTION)
    return NodeStart(
        answer.node_index,
        text,
        answer.think_deadline_at,
        answer.answer_deadline_at,
        now,
        answer.attempt,
    )


async def _locked_node(
    conn: BaseDBAsyncClient, session_id: int, index: int, now: datetime
) -> tuple[InterviewSession, dict[str, Any], dict[int, tuple[Answer, int]]]:
    """Lock the open session, find the plan node and every node's newest attempt."""
    session = await InterviewSession.select_for_update().using_db(conn).get(id=session_id)
    check_open(session, now)
    return session, find_node(session, index), await latest_attempts(session_id, conn)


async def start_node(deps: Services, session_id: int, index: int) -> NodeStart:
    """Reveal a node's question and start its clock (a repeat call returns the same attempt)."""
    now = deps.clock()
    async with in_transaction() as conn:
        session, node, latest = await _locked_node(conn, session_id, index, now)
        if index in latest:
            answer = latest[index][0]
            state = attempt_state(answer, now, deps)
            if state in ("thinking", "answering"):
                return await _started(deps, answer, now)
            message = "这道题已经作答" if state == "answered" else "这道题的作答时间已结束"
            raise ConflictError(f"node {index} is {state}", user_message=message)
        for other, (answer, _) in latest.items():
            if answer.status == AnswerStatus.PENDING and attempt_state(answer, now, deps) in (
                "thinking",
                "answering",
            ):
                raise ConflictError(
                    f"node {other} still open", user_message="请先完成正在作答的题目，再开始下一题"
                )
        answer = await _new_attempt(conn, session, node, 1, now)
        if session.status == SessionStatus.NOT_STARTED:
            session.status = SessionStatus.IN_PROGRESS
            session.started_at = now
        session.current_node = index
        await session.save(
            using_db=conn, update_fields=["status", "started_at", "current_node", "updated_at"]
        )
    await _mark_interviewing(deps, session)
    return await _started(deps, answer, now)


async def _mark_interviewing(deps: Services, session: InterviewSession) -> None:
    """Move the application to interviewing on the first start (retried on later starts)."""
    app = await Application.get(id=session.application_id)  # type: ignore[attr-defined]
    if app.stage == Stage.INVITED:
        await transition(
            app.id,
            Stage.INTERVIEWING,
            actor=Actor.candidate(app.candidate_id),  # type: ignore[attr-defined]
            reason="候选人开始面试",
            bus=deps.bus,
            expected_from=Stage.INVITED,
        )
    elif app.stage != Stage.INTERVIEWING:
        log.warning("application %s is %s when its interview started", app.id, app.stage)


async def retake_node(deps: Services, session_id: int, index: int) -> NodeStart:
    """Start a new attempt of a node, if it has retakes left; the older attempt is superseded."""
    now = deps.clock()
    async with in_transaction() as conn:
        session, node, latest = await _locked_node(conn, session_id, index, now)
        if index not in latest:
            raise ConflictError(
                f"node {index} not started", user_message="这道题还没有开始，不能重答"
            )
        answer, attempts = latest[index]
        refusal = retake_refusal(session, node, attempts, now)
        if refusal:
            raise ConflictError(f"node {index} retake refused: {refusal}", user_message=refusal)
        answer.superseded = True
        await answer.save(using_db=conn, update_fields=["superseded", "updated_at"])
        # A follow-up asked about the replaced answer's words no longer fits: drop it unless
        # the candidate has started it.
        plan = [
            n
            for n in session.plan
            if n.get("source_answer_id") != answer.id or n["index"] in latest
        ]
        if len(plan) != len(session.plan):
            session.plan = plan
            await session.save(using_db=conn, update_fields=["plan", "updated_at"])
        await (
            UploadSession.filter(answer_id=answer.id, status=UploadStatus.OPEN)
            .using_db(conn)
            .update(status=UploadStatus.ABORTED, error_code="superseded")
        )
        new = await _new_attempt(conn, session, node, attempts + 1, now)
    return await _started(deps, new, now)


async def latest_open_attempt(
    deps: Services,
    conn: BaseDBAsyncClient,
    session: InterviewSession,
    index: int,
    attempt: int | None,
) -> Answer:
    """The node's newest attempt, refused if it is answered, superseded or past its deadline."""
    latest = await latest_attempts(session.id, conn)
    if index not in latest:
        raise ConflictError(f"node {index} not started", user_message="请先开始这道题再作答")
    answer = latest[index][0]
    if attempt is not None and attempt != answer.attempt:
        raise ConflictError(
            f"attempt {attempt} is not the newest ({answer.attempt})",
            user_message="这次作答已被重答替代",
        )
    if answer.status in ANSWERED:
        raise ConflictError(f"node {index} answered", user_message="这道题已经作答")
    assert answer.answer_deadline_at is not None
    if deps.clock() > answer.answer_deadline_at + deps.limits.grace:
        raise DeadlinePassedError(
            f"answer {answer.id} deadline passed", user_message="本题作答时间已结束，答案未能保存"
        )
    return answer


async def text_answer(deps: Services, session_id: int, index: int, text: str) -> int:
    """Save a typed answer (the path for candidates who decline recording); its answer id."""
    body = text.strip()
    if not body:
        raise ValidationFailedError("empty answer", user_message="回答内容不能为空")
    if len(body) > MAX_TEXT_ANSWER_CHARS:
        raise ValidationFailedError(
            "answer too long", user_message=f"回答不能超过 {MAX_TEXT_ANSWER_CHARS} 字"
        )
    now = deps.clock()
    async with in_transaction() as conn:
        session = await InterviewSession.select_for_update().using_db(conn).get(id=session_id)
        check_open(session, now)
        answer = await latest_open_attempt(deps, conn, session, index, None)
        owner = await candidate_of_session(session, conn)
        answer.text_enc = await deps.vault.seal(body, context=contexts.ANSWER_TEXT, owner=owner)
        answer.mode = AnswerMode.TEXT
        answer.status = AnswerStatus.UPLOADED
        answer.answer_ended_at = now
        await answer.save(using_db=conn)
    await deps.queue.enqueue(
        JobName.ANALYSE_ANSWER, answer.id, job_id=job_id(JobName.ANALYSE_ANSWER, answer.id)
    )
    return answer.id


async def candidate_of_session(
    session: InterviewSession, conn: BaseDBAsyncClient | None = None
) -> int:
    """The candidate an interview session belongs to (whose data key seals their answers)."""
    rows = await (
        InterviewSession.filter(id=session.id)
        .using_db(conn)
        .values_list("application__candidate_id", flat=True)
    )
    if not rows:
        raise NotFoundError(f"application of session {session.id}", user_message="面试不存在")
    return int(cast(Any, rows[0]))
