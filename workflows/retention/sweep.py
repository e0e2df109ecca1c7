"""Retention limits, enforced by a periodic job.

- A candidate whose every application has been closed for longer than the retention period is
  erased: recordings, upload chunks, onboarding files and resume files are deleted from the
  object store; transcripts, typed answers, parsed resumes, notices and contact data are cleared;
  evidence quotes in reports are replaced. Scores, stages and the audit trail stay (they hold no
  personal data) so hiring statistics survive.
- Chunks of uploads abandoned mid-way are deleted.
- Sent and dead outbox rows (message payloads name candidates) are deleted after a short period.

Every step is idempotent: files are deleted before the rows that name them are cleared, and a
candidate is only marked erased once all of it is done, so a crash part-way is finished by the
next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, cast

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.models import AnalysisResult, LlmVerdict, Report
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import Answer, UploadSession, UploadStatus
from workflows.interviews.uploads import chunk_key
from workflows.messaging.models import CandidateNotice, OutboxMessage, OutboxStatus
from workflows.offers.models import OnboardingMaterial
from workflows.privacy.audit import record_access

ERASED_QUOTE = "（已按保留期限删除）"
ERASED_FILE_NAME = "（已删除）"

# Stages after which nothing more happens to an application unless a person reopens it.
CLOSED_STAGES = frozenset(
    {Stage.REJECTED, Stage.WITHDRAWN, Stage.EXPIRED, Stage.OFFER_DECLINED, Stage.HIRED}
)

_BATCH = 200


class ObjectDeleter(Protocol):
    """The one thing retention needs from the object store."""

    async def delete(self, key: str) -> bool:
        """Delete an object; False when it was not there."""
        ...


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How long each kind of data is kept."""

    candidate_days: int = 180
    abandoned_upload_hours: int = 48
    outbox_keep_days: int = 14


@dataclass
class RetentionReport:
    """What one run removed."""

    candidates_erased: int = 0
    files_deleted: int = 0
    uploads_aborted: int = 0
    outbox_deleted: int = 0
    verdicts_deleted: int = 0
    erased_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        """Counts for logs and job results (no ids of people)."""
        return {
            "candidates_erased": self.candidates_erased,
            "files_deleted": self.files_deleted,
            "uploads_aborted": self.uploads_aborted,
            "outbox_deleted": self.outbox_deleted,
            "verdicts_deleted": self.verdicts_deleted,
        }


def scrub_quotes(value: Any) -> Any:
    """A copy of report/score JSON with every evidence quote replaced."""
    if isinstance(value, list):
        return [scrub_quotes(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key == "evidence" and isinstance(item, list):
            out[key] = [
                {**scrub_quotes(e), "text": ERASED_QUOTE} if isinstance(e, dict) else ERASED_QUOTE
                for e in item
            ]
        elif key in ("quote", "transcript") and isinstance(item, str):
            out[key] = ERASED_QUOTE
        else:
            out[key] = scrub_quotes(item)
    return out


async def candidates_due(cutoff: datetime, limit: int = _BATCH) -> list[int]:
    """Ids of not-yet-erased candidates whose applications all closed before `cutoff`."""
    open_or_recent = Application.filter(
        Q(stage__not_in=[s.value for s in CLOSED_STAGES]) | Q(stage_changed_at__gte=cutoff)
    ).values_list("candidate_id", flat=True)
    busy = set(await open_or_recent)
    due: list[int] = []
    rows = (
        await Candidate.filter(erased_at__isnull=True, updated_at__lt=cutoff)
        .order_by("id")
        .values_list("id", flat=True)
    )
    for cid in rows:
        if cid not in busy:
            due.append(cast(int, cid))
            if len(due) >= limit:
                break
    return due


async def erase_candidate(
    candidate_id: int, store: ObjectDeleter, *, now: datetime, reason: str
) -> int:
    """Erase one candidate's personal data; returns how many files were deleted."""
    app_ids = list(await Application.filter(candidate_id=candidate_id).values_list("id", flat=True))
    answers = await Answer.filter(session__application_id__in=app_ids)
    uploads = await UploadSession.filter(session__application_id__in=app_ids)
    materials = await OnboardingMaterial.filter(offer__application_id__in=app_ids)
    resumes = await Resume.filter(candidate_id=candidate_id)
    keys = [a.media_key for a in answers if a.media_key]
    keys += [chunk_key(u.id, i) for u in uploads for i in range(u.next_index)]
    keys += [m.storage_key for m in materials]
    keys += [r.storage_key for r in resumes if r.storage_key]
    deleted = 0
    for key in keys:
        deleted += int(await store.delete(key))
    answer_ids = [a.id for a in answers]
    async with in_transaction() as conn:
        await (
            Answer.filter(id__in=answer_ids)
            .using_db(conn)
            .update(text_enc="", media_key="", media_sha256="")
        )
        await (
            UploadSession.filter(id__in=[u.id for u in uploads])
            .using_db(conn)
            .update(status=UploadStatus.ABORTED, chunk_sha256=[], error_code="erased")
        )
        for result in await AnalysisResult.filter(answer_id__in=answer_ids).using_db(conn):
            result.transcript_enc = ""
            result.segments = []
            result.follow_up = {}
            result.dimension_scores = scrub_quotes(result.dimension_scores)
            await result.save(
                using_db=conn,
                update_fields=["transcript_enc", "segments", "follow_up", "dimension_scores"],
            )
        for report in await Report.filter(application_id__in=app_ids).using_db(conn):
            report.dimensions = scrub_quotes(report.dimensions)
            report.strengths = scrub_quotes(report.strengths)
            report.weaknesses = scrub_quotes(report.weaknesses)
            await report.save(
                using_db=conn, update_fields=["dimensions", "strengths", "weaknesses"]
            )
        await OnboardingMaterial.filter(id__in=[m.id for m in materials]).using_db(conn).delete()
        await CandidateNotice.filter(application_id__in=app_ids).using_db(conn).update(body_enc="")
        await (
            Resume.filter(candidate_id=candidate_id)
            .using_db(conn)
            .update(parsed_enc="", file_name=ERASED_FILE_NAME, meta={}, submitted_by="")
        )
        await (
            Candidate.filter(id=candidate_id)
            .using_db(conn)
            .update(
                name_enc="",
                phone_enc="",
                email_enc="",
                phone_hash=None,
                email_hash=None,
                identity_hash=None,
                masked_phone="",
                dingtalk_user_id=None,
                dingtalk_union_id=None,
                source_conversation_id=None,
                birth_year=None,
                erased_at=now,
            )
        )
    await record_access(
        Actor.system("retention"),
        "candidate.erased",
        "candidate",
        candidate_id,
        reason=reason,
        files=deleted,
        applications=len(app_ids),
    )
    return deleted


async def abort_abandoned_uploads(store: ObjectDeleter, cutoff: datetime) -> tuple[int, int]:
    """Delete the chunks of uploads untouched since `cutoff`; (uploads, files) removed."""
    stale = await UploadSession.filter(
        status__in=[UploadStatus.OPEN, UploadStatus.VALIDATING], updated_at__lt=cutoff
    ).limit(_BATCH)
    files = 0
    for upload in stale:
        for index in range(upload.next_index):
            files += int(await store.delete(chunk_key(upload.id, index)))
        await UploadSession.filter(id=upload.id, status=upload.status).update(
            status=UploadStatus.ABORTED, error_code="abandoned", chunk_sha256=[]
        )
    return len(stale), files


async def purge_outbox(cutoff: datetime) -> int:
    """Delete sent and dead outbox rows last touched before `cutoff`."""
    deleted: int = await OutboxMessage.filter(
        status__in=[OutboxStatus.SENT, OutboxStatus.DEAD], updated_at__lt=cutoff
    ).delete()
    return deleted


async def purge_llm_verdicts(cutoff: datetime) -> int:
    """Delete cached LLM-judge verdicts made before `cutoff`. Verdicts quote answers but are
    keyed by hashes, not by candidate; an answer is judged before its application closes, so
    purging at the candidate cutoff removes an erased candidate's verdicts in the same run."""
    deleted: int = await LlmVerdict.filter(created_at__lt=cutoff).delete()
    return deleted


async def enforce_retention(
    store: ObjectDeleter, policy: RetentionPolicy, *, now: datetime | None = None
) -> RetentionReport:
    """Apply every retention limit once; safe to run again at any time."""
    now = now or datetime.now(UTC)
    report = RetentionReport()
    cutoff = now - timedelta(days=policy.candidate_days)
    for cid in await candidates_due(cutoff):
        report.files_deleted += await erase_candidate(
            cid, store, now=now, reason=f"申请结束已超过 {policy.candidate_days} 天"
        )
        report.candidates_erased += 1
        report.erased_ids.append(cid)
    report.verdicts_deleted = await purge_llm_verdicts(cutoff)
    uploads, files = await abort_abandoned_uploads(
        store, now - timedelta(hours=policy.abandoned_upload_hours)
    )
    report.uploads_aborted += uploads
    report.files_deleted += files
    report.outbox_deleted = await purge_outbox(now - timedelta(days=policy.outbox_keep_days))
    return report
