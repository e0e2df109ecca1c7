"""Retention limits, enforced by a periodic job.

- An open application nobody touched for the stale period (received, screened, submitted, scored
  or shortlisted and left there) is closed as rejected by `system:retention`, so a resume HR
  ignores is not kept forever.
- A candidate whose every application has been closed for longer than the retention period is
  erased (`workflows.privacy.erasure`): files deleted, their words and contact data cleared, their
  data key destroyed. Scores, stages and the audit trail stay so hiring statistics survive.
- A quarantined resume (unreadable, never a candidate) is deleted after the retention period.
- Chunks of uploads abandoned mid-way are deleted.
- Sent and dead outbox rows (message payloads name candidates) are deleted after a short period.

Every step is idempotent: files are deleted before the rows that name them are cleared, and a
candidate is only marked erased once all of it is done, so a crash part-way is finished by the
next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import cast

from tortoise.expressions import Q

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.assessments.models import LlmVerdict
from workflows.candidates.models import Candidate, Resume
from workflows.errors import ConflictError, IllegalTransitionError
from workflows.events import EventBus
from workflows.interviews.models import UploadSession, UploadStatus
from workflows.interviews.uploads import chunk_key
from workflows.messaging.models import OutboxMessage, OutboxStatus
from workflows.privacy.audit import record_access
from workflows.privacy.erasure import (
    ERASED_FILE_NAME,
    ERASED_QUOTE,
    ObjectDeleter,
    erase_candidate,
    scrub_quotes,
)

__all__ = ["ERASED_FILE_NAME", "ERASED_QUOTE", "erase_candidate", "scrub_quotes"]

STALE_REASON = "长期未处理，已按保留期限关闭"
# Open stages where an application waits on HR; invitations and offers have their own deadlines.
STALE_STAGES = frozenset(
    {Stage.RECEIVED, Stage.SCREENED, Stage.SUBMITTED, Stage.SCORED, Stage.SHORTLISTED}
)

# Stages after which nothing more happens to an application unless a person reopens it.
CLOSED_STAGES = frozenset(
    {Stage.REJECTED, Stage.WITHDRAWN, Stage.EXPIRED, Stage.OFFER_DECLINED, Stage.HIRED}
)

_BATCH = 200


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How long each kind of data is kept."""

    candidate_days: int = 180
    stale_application_days: int = 180
    abandoned_upload_hours: int = 48
    outbox_keep_days: int = 14
    backup_keyring: str = ""  # the backup key-ring file erasures scrub (storage settings)


@dataclass
class RetentionReport:
    """What one run removed."""

    candidates_erased: int = 0
    files_deleted: int = 0
    uploads_aborted: int = 0
    outbox_deleted: int = 0
    verdicts_deleted: int = 0
    applications_closed: int = 0
    quarantine_deleted: int = 0
    erased_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        """Counts for logs and job results (no ids of people)."""
        return {
            "candidates_erased": self.candidates_erased,
            "files_deleted": self.files_deleted,
            "uploads_aborted": self.uploads_aborted,
            "outbox_deleted": self.outbox_deleted,
            "verdicts_deleted": self.verdicts_deleted,
            "applications_closed": self.applications_closed,
            "quarantine_deleted": self.quarantine_deleted,
        }


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


async def close_stale_applications(cutoff: datetime, limit: int = _BATCH) -> int:
    """Close open applications untouched since `cutoff` (they then age like any closed one)."""
    stale = (
        await Application.filter(
            stage__in=[s.value for s in STALE_STAGES], stage_changed_at__lt=cutoff
        )
        .order_by("id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    closed = 0
    bus = EventBus()  # no subscribers: nobody is messaged about an application closing by age
    for app_id in stale:
        try:
            await transition(
                int(cast(int, app_id)),
                Stage.REJECTED,
                actor=Actor.system("retention"),
                reason=STALE_REASON,
                bus=bus,
            )
        except (ConflictError, IllegalTransitionError):
            continue  # moved on meanwhile
        closed += 1
    return closed


async def delete_quarantine(store: ObjectDeleter, cutoff: datetime) -> int:
    """Delete quarantined resumes (refused files, never a candidate) received before `cutoff`."""
    rows = (
        await Resume.filter(candidate_id__isnull=True, created_at__lt=cutoff, status="rejected")
        .exclude(file_name=ERASED_FILE_NAME)
        .limit(_BATCH)
    )
    for row in rows:
        if row.storage_key:
            await store.delete(row.storage_key)
        await Resume.filter(id=row.id).update(
            storage_key="", file_name=ERASED_FILE_NAME, submitted_by="", meta={}
        )
        await record_access(Actor.system("retention"), "resume.quarantine_erased", "resume", row.id)
    return len(rows)


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
    report.applications_closed = await close_stale_applications(
        now - timedelta(days=policy.stale_application_days)
    )
    for cid in await candidates_due(cutoff):
        erased = await erase_candidate(
            cid,
            store,
            now=now,
            reason=f"申请结束已超过 {policy.candidate_days} 天",
            keyring_file=policy.backup_keyring,
        )
        report.files_deleted += erased.files_deleted
        report.candidates_erased += 1
        report.erased_ids.append(cid)
    report.verdicts_deleted = await purge_llm_verdicts(cutoff)
    report.quarantine_deleted = await delete_quarantine(store, cutoff)
    uploads, files = await abort_abandoned_uploads(
        store, now - timedelta(hours=policy.abandoned_upload_hours)
    )
    report.uploads_aborted += uploads
    report.files_deleted += files
    report.outbox_deleted = await purge_outbox(now - timedelta(days=policy.outbox_keep_days))
    return report
