"""Resume parsing off the acknowledgement path: the received file waits encrypted for a job."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

from workflows.actors import Actor
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.background.queue import JobQueue
from workflows.candidates.intake import (
    IntakeOutcome,
    ResumeRejectedError,
    ResumeUpload,
    intake_resume,
)
from workflows.services import services_from_ctx
from workflows.storage.port import ObjectNotFoundError, ObjectStore

log = logging.getLogger(__name__)

PARSE_RESUME_JOB = JobName.PARSE_RESUME
PARSE_MAX_TRIES = 3
# Job ctx key of who tells the users (the bot's delivery; workflows cannot import the bot).
REPORTER_KEY = "intake_reporter"


@dataclass(frozen=True, slots=True)
class PendingResume:
    """A received resume and where to answer, as stored until its parse job has run."""

    key: str
    filename: str
    submitted_by: str
    source_channel: str
    candidate_user_id: str | None
    candidate_conversation_id: str | None
    # The conversation it came from (a DingTalk session webhook) and who sent it.
    msg_id: str
    reply_webhook: str
    reply_webhook_expires_at_ms: int
    sender_staff_id: str
    sender_nick: str
    sender_is_hr: bool
    single_chat: bool

    def upload(self, data: bytes) -> ResumeUpload:
        """The intake input for these bytes."""
        return ResumeUpload(
            data=data,
            filename=self.filename,
            submitted_by=Actor.parse(self.submitted_by),
            source_channel=self.source_channel,
            candidate_user_id=self.candidate_user_id,
            candidate_conversation_id=self.candidate_conversation_id,
        )


class IntakeReporter(Protocol):
    """Tells the sender and the responsible HR what came of a parsed resume."""

    async def parsed(self, pending: PendingResume, outcome: IntakeOutcome, queue: JobQueue) -> None:
        """The resume is in: summary to the sender, cards to the owners."""
        ...

    async def rejected(
        self, pending: PendingResume, error: ResumeRejectedError, queue: JobQueue
    ) -> None:
        """The file is unreadable: its clear message to the sender."""
        ...

    async def failed(self, pending: PendingResume, queue: JobQueue) -> None:
        """The last try failed (a bug or an outage): tell the sender it is kept, not lost."""
        ...


def pending_key(msg_id: str) -> str:
    """Storage key of a message's resume (DingTalk message ids hold characters keys may not)."""
    return hashlib.sha256(msg_id.encode("utf-8")).hexdigest()[:40]


def parse_job_id(key: str) -> str:
    """One parse per received message: a redelivery enqueues the same id, which is refused."""
    return job_id(PARSE_RESUME_JOB, key)


def _file(key: str) -> str:
    return f"inbox/{key}/file"


def _meta(key: str) -> str:
    return f"inbox/{key}/meta"


def _done(key: str) -> str:
    return f"inbox/{key}/done"


def _intaken(key: str) -> str:
    return f"inbox/{key}/intaken"


async def _noted_status(store: ObjectStore, key: str) -> str | None:
    try:
        return (await store.get(_intaken(key))).decode("utf-8")
    except ObjectNotFoundError:
        return None


async def already_parsed(store: ObjectStore, key: str) -> bool:
    """True once the job for this message has answered (the mark outlives the queue's memory)."""
    return await store.exists(_done(key))


async def stash_pending(store: ObjectStore, pending: PendingResume, data: bytes) -> None:
    """Keep the bytes and the answer address, encrypted, before acknowledging the message."""
    await store.put(_file(pending.key), data)
    meta = json.dumps(asdict(pending), ensure_ascii=False).encode("utf-8")
    await store.put(_meta(pending.key), meta)


async def load_pending(store: ObjectStore, key: str) -> tuple[PendingResume, bytes]:
    """The stored resume of one message; ObjectNotFoundError when it was never stashed."""
    meta = json.loads((await store.get(_meta(key))).decode("utf-8"))
    return PendingResume(**meta), await store.get(_file(key))


@retrying(max_tries=PARSE_MAX_TRIES)
async def parse_resume_job(ctx: dict[str, Any], key: str) -> dict[str, Any]:
    """Parse one received resume, run intake and matching, and answer; at most once a message."""
    deps = services_from_ctx(ctx)
    reporter: IntakeReporter | None = ctx.get(REPORTER_KEY)
    if reporter is None:
        raise PermanentJobError("job ctx has no intake reporter")
    if await already_parsed(deps.store, key):
        return {"key": key, "status": "already_done"}
    try:
        pending, data = await load_pending(deps.store, key)
    except ObjectNotFoundError as exc:
        raise PermanentJobError(f"no stored resume for {key}") from exc
    upload = pending.upload(data)
    try:
        outcome = await intake_resume(upload, deps)
    except ResumeRejectedError as exc:
        await reporter.rejected(pending, exc, ctx["queue"])
        await _finish(deps.store, key, f"rejected:{exc.error_code}")
        return {"key": key, "status": "rejected", "code": exc.error_code}
    except Exception:
        if int(ctx.get("job_try", 1)) >= PARSE_MAX_TRIES:
            # Dead-lettered next; the copy stays in the inbox so the job can be run again.
            await reporter.failed(pending, ctx["queue"])
        raise
    # A retry after a failed report sees its own first try as an identical resume ("unchanged");
    # the status noted after the first intake keeps the answer (and its dedup keys) the same.
    noted = await _noted_status(deps.store, key)
    if noted is None:
        await deps.store.put(_intaken(key), outcome.status.encode("utf-8"))
    elif outcome.status == "unchanged":
        outcome = replace(outcome, status=noted)
    await reporter.parsed(pending, outcome, ctx["queue"])
    await _finish(deps.store, key, outcome.status)
    return {"key": key, "status": outcome.status, "resume_id": outcome.resume_id}


async def discard_pending(store: ObjectStore, key: str) -> None:
    """Drop the waiting copy (a redelivery stashed it again after its job had finished)."""
    await store.delete(_file(key))
    await store.delete(_meta(key))
    await store.delete(_intaken(key))


async def _finish(store: ObjectStore, key: str, status: str) -> None:
    # Mark first, then drop the copy: intake kept the original (resumes/ or quarantine/).
    await store.put(_done(key), status.encode("utf-8"))
    await discard_pending(store, key)


INTAKE_JOBS = (parse_resume_job,)
