"""Build a submitted interview (seeded job, candidate, application, session, answers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from workflows.actors import Actor
from workflows.applications.service import open_application, transition
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.events import EventBus
from workflows.interviews.models import (
    Answer,
    AnswerMode,
    AnswerStatus,
    InterviewSession,
    SessionStatus,
)
from workflows.jobs.models import Job, Question, QuestionSetItem
from workflows.privacy.contexts import ANSWER_TEXT
from workflows.privacy.vault import PiiVault
from workflows.seed.service import seed_demo
from workflows.storage.local import LocalEncryptedStore

BACKEND_JOB = "高级后端开发工程师"


@dataclass
class Interview:
    """What the factory made."""

    application_id: int
    session_id: int
    answer_ids: list[int]
    questions: list[Question]


async def backend_questions() -> list[Question]:
    """The seeded backend job's questions in plan order."""
    await seed_demo()
    job = await Job.get(title=BACKEND_JOB)
    items = (
        await QuestionSetItem.filter(question_set_id=job.question_set_id)  # type: ignore[attr-defined]
        .order_by("position")
        .prefetch_related("question")
    )
    return [i.question for i in items]


async def submitted_interview(
    vault: PiiVault,
    answers: list[str | bytes],
    *,
    store: LocalEncryptedStore | None = None,
    mode: AnswerMode = AnswerMode.TEXT,
    submitted: bool = True,
    bus: EventBus | None = None,
) -> Interview:
    """An application of the seeded backend job with one answer per item (text or media bytes).

    Answers cycle over the job's questions when there are more answers than questions.
    """
    bus = bus or EventBus()
    questions = await backend_questions()
    job = await Job.get(title=BACKEND_JOB)
    candidate = await Candidate.create(masked_phone="138****0000")
    app, _ = await open_application(
        candidate_id=candidate.id, job_id=job.id, actor=Actor.system("test"), bus=bus
    )
    path = [Stage.SCREENED, Stage.INVITED, Stage.INTERVIEWING]
    path += [Stage.SUBMITTED] if submitted else []
    for stage in path:
        await transition(app.id, stage, actor=Actor.system("test"), reason="测试", bus=bus)
    now = datetime.now(UTC)
    plan = []
    chosen = [questions[i % len(questions)] for i in range(len(answers))]
    for index, q in enumerate(chosen):
        plan.append(
            {
                "kind": "question",
                "index": index,
                "question_id": q.id,
                "text": q.text,
                "answer_s": q.answer_time_s,
            }
        )
    session = await InterviewSession.create(
        application_id=app.id,
        status=SessionStatus.SUBMITTED if submitted else SessionStatus.IN_PROGRESS,
        plan=plan,
        answer_mode=mode,
        started_at=now,
        submitted_at=now if submitted else None,
    )
    ids = []
    for index, (q, content) in enumerate(zip(chosen, answers, strict=True)):
        row = await Answer.create(
            session=session,
            node_index=index,
            question=q,
            question_text=q.text,
            mode=mode,
            status=AnswerStatus.UPLOADED,
            duration_s=60.0,
        )
        if isinstance(content, str):
            row.text_enc = vault.encrypt(content, context=ANSWER_TEXT)
            await row.save(update_fields=["text_enc"])
        else:
            assert store is not None
            key = f"answers/{session.id}/{index}.mp4"
            stored = await store.put(key, content)
            row.media_key, row.media_sha256, row.media_bytes = key, stored.sha256, stored.size
            await row.save(update_fields=["media_key", "media_sha256", "media_bytes"])
        ids.append(row.id)
    return Interview(app.id, session.id, ids, chosen)
