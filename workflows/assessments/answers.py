"""Use cases of answer analysis: what a job needs to know about an answer and its session.

Storing results is `workflows/assessments/results.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workflows.applications.models import Application
from workflows.assessments.models import AnalysisResult
from workflows.errors import NotFoundError
from workflows.interviews.consent import POLICY_VERSION
from workflows.interviews.models import Answer, AnswerStatus, InterviewSession, SessionStatus
from workflows.jobs.models import Dimension, Question
from workflows.privacy import contexts
from workflows.privacy.models import ConsentKind, ConsentRecord
from workflows.privacy.sealed_json import open_text
from workflows.privacy.vault import PiiVault

# Sessions whose answers are all in: the report may be built once each one is analysed.
SUBMITTED_STATES = (SessionStatus.SUBMITTED, SessionStatus.EVALUATING, SessionStatus.COMPLETED)
# Answers whose upload is not complete yet are not waited for.
NOT_IN_YET = (AnswerStatus.PENDING, AnswerStatus.UPLOADING)


@dataclass(frozen=True, slots=True)
class QuestionData:
    """The question an answer responds to (for a follow-up: its parent's question)."""

    text: str
    dimension_codes: list[str]
    exemplar_answers: list[str]
    follow_up_templates: list[str]
    allow_follow_up: bool
    answer_time_s: int


@dataclass(frozen=True, slots=True)
class AnswerContext:
    """Everything analyse_answer_job needs about one answer, as plain data."""

    answer_id: int
    session_id: int
    application_id: int
    candidate_id: int
    node_index: int
    mode: str
    text_enc: str
    media_key: str
    duration_s: float | None
    is_follow_up: bool
    superseded: bool
    session_open: bool  # the candidate is still answering (a follow-up can still be asked)
    face_cues_allowed: bool  # the job enables face cues and the candidate consented this session
    # The candidate took back processing consent (or, for a recording, recording consent).
    consent_withdrawn: bool
    question: QuestionData | None
    dimensions: list[dict[str, Any]] = field(default_factory=list)


async def load_answer_context(answer_id: int, vault: PiiVault | None = None) -> AnswerContext:
    """The answer with its question, competency dimensions and consent; NotFoundError if gone
    (the vault opens a follow-up's sealed question)."""
    answer = await Answer.get_or_none(id=answer_id).prefetch_related(
        "session__application__job", "question"
    )
    if answer is None:
        raise NotFoundError(f"answer {answer_id} not found", user_message="找不到这条回答")
    session: InterviewSession = answer.session
    application = session.application
    job = application.job
    question = await _question_for(answer, session, vault)
    dims = await competency_dimensions(job.competency_model_id) if job else []
    face = bool(job and job.expression_cues_enabled) and await _face_consent(
        application.candidate_id, session.id
    )
    return AnswerContext(
        answer_id=answer.id,
        session_id=session.id,
        application_id=application.id,
        candidate_id=application.candidate_id,
        node_index=answer.node_index,
        mode=str(answer.mode),
        text_enc=answer.text_enc,
        media_key=answer.media_key,
        duration_s=answer.duration_s,
        is_follow_up=answer.is_follow_up,
        superseded=bool(getattr(answer, "superseded", False)),
        session_open=session.status in (SessionStatus.NOT_STARTED, SessionStatus.IN_PROGRESS),
        face_cues_allowed=face,
        consent_withdrawn=_withdrawn(session, str(answer.mode)),
        question=question,
        dimensions=dims,
    )


def _withdrawn(session: InterviewSession, mode: str) -> bool:
    # False is a decision the candidate made (None: never asked, which answering rules out).
    if session.processing_consent is False:
        return True
    return mode != "text" and session.recording_consent is False


async def _question_for(
    answer: Answer, session: InterviewSession, vault: PiiVault | None
) -> QuestionData | None:
    question: Question | None = answer.question
    node = next((n for n in session.plan if n.get("index") == answer.node_index), None)
    if question is None and node is not None:
        # A follow-up is scored against the dimensions of the question it follows up.
        parent = node.get("after_index")
        parent_node = next((n for n in session.plan if n.get("index") == parent), None)
        qid = (parent_node or node).get("question_id")
        question = await Question.get_or_none(id=qid) if qid else None
        if question is not None:
            text = str(node.get("text") or answer.question_text)
            if vault is not None:
                text = await open_text(vault, text, context=contexts.FOLLOW_UP_QUESTION)
            return QuestionData(
                text=text,
                dimension_codes=list(question.dimension_codes),
                exemplar_answers=list(question.exemplar_answers),
                follow_up_templates=[],
                allow_follow_up=False,  # no follow-up on a follow-up
                answer_time_s=int(node.get("answer_s") or question.answer_time_s),
            )
    if question is None:
        return None
    return QuestionData(
        text=question.text,
        dimension_codes=list(question.dimension_codes),
        exemplar_answers=list(question.exemplar_answers),
        follow_up_templates=list(question.follow_up_templates),
        allow_follow_up=question.allow_follow_up and not answer.is_follow_up,
        answer_time_s=question.answer_time_s,
    )


async def competency_dimensions(competency_model_id: int | None) -> list[dict[str, Any]]:
    """The model's dimensions with weights and rubric levels, as plain dicts."""
    if competency_model_id is None:
        return []
    dims = (
        await Dimension.filter(competency_model_id=competency_model_id)
        .order_by("id")
        .prefetch_related("levels")
    )
    return [
        {
            "code": d.code,
            "name": d.name,
            "weight": d.weight,
            "description": d.description,
            "levels": [
                {"level": lv.level, "label": lv.label, "indicators": list(lv.indicators)}
                for lv in sorted(d.levels, key=lambda lv: lv.level)
            ],
        }
        for d in dims
    ]


async def _face_consent(candidate_id: int, session_id: int) -> bool:
    """This interview's latest face-cue decision, under the current policy text, is a grant.

    No other session's grant and no grant under an older text counts: the candidate agreed to
    what that text said, for that interview.
    """
    latest = (
        await ConsentRecord.filter(
            candidate_id=candidate_id,
            kind=ConsentKind.FACE_CUES,
            session_id=session_id,
            policy_version=POLICY_VERSION,
        )
        .order_by("-at", "-id")
        .first()
    )
    return bool(latest and latest.granted)


async def set_answer_status(answer_id: int, status: AnswerStatus) -> None:
    """Record analysis progress on the answer (only moves forward from an uploaded state)."""
    movable = (
        AnswerStatus.UPLOADED,
        AnswerStatus.ANALYSING,
        AnswerStatus.ANALYSED,
        AnswerStatus.NEEDS_REVIEW,
        AnswerStatus.FAILED,
    )
    await Answer.filter(id=answer_id, status__in=movable).update(status=status)


@dataclass(frozen=True, slots=True)
class Readiness:
    """Whether every answer of a submitted session has a result for one analyser version."""

    application_id: int
    ready: bool
    result_ids: list[int]
    waiting_for: list[int]


async def session_readiness(session_id: int, analyser_version: str) -> Readiness:
    """Ready when the session is submitted and each answer that came in has a result."""
    session = await InterviewSession.get(id=session_id)
    answers = await _counted_answers(session_id)
    results = {
        r.answer_id: r.id  # type: ignore[attr-defined]
        for r in await AnalysisResult.filter(
            answer_id__in=[a.id for a in answers], analyser_version=analyser_version
        )
    }
    waiting = [a.id for a in answers if a.id not in results]
    ready = session.status in SUBMITTED_STATES and bool(answers) and not waiting
    return Readiness(session.application_id, ready, sorted(results.values()), waiting)  # type: ignore[attr-defined]


async def _counted_answers(session_id: int) -> list[Answer]:
    rows = await Answer.filter(session_id=session_id).exclude(status__in=NOT_IN_YET).order_by("id")
    newest: dict[int, Answer] = {}
    for row in rows:
        if getattr(row, "superseded", False):
            continue
        current = newest.get(row.node_index)
        if current is None or row.attempt > current.attempt:
            newest[row.node_index] = row
    return sorted(newest.values(), key=lambda a: a.node_index)


async def latest_submitted_session(application_id: int) -> InterviewSession | None:
    """The application's newest submitted session (a report is built from it)."""
    return (
        await InterviewSession.filter(application_id=application_id, status__in=SUBMITTED_STATES)
        .order_by("-id")
        .first()
    )


async def session_answer_ids(session_id: int) -> list[int]:
    """Ids of the answers that count in this session (newest attempt per node)."""
    return [a.id for a in await _counted_answers(session_id)]


async def application_job_id(application_id: int) -> int:
    """The job of an application."""
    from workflows.applications.models import Application

    app = await Application.get(id=application_id)
    return int(app.job_id)  # type: ignore[attr-defined]


async def application_dimensions(application_id: int) -> list[dict[str, Any]]:
    """The competency dimensions of the application's job."""
    app = await Application.get(id=application_id).prefetch_related("job")
    return await competency_dimensions(app.job.competency_model_id if app.job else None)
