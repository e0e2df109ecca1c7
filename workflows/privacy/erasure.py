"""Erasing one candidate's personal data (retention or the candidate's own request).

Files are deleted from the object store, every field that holds their words or contact data is
cleared in the database, the outbox rows that name or reach them are deleted, and their data key
is destroyed last: every copy of their ciphertexts, a backup taken before today included, stays
sealed for good. Scores, stages and the audit trail stay (they hold no personal data), so hiring
statistics survive. Each step is idempotent, so a crash part-way is finished by the next run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, cast

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.assessments.models import AnalysisResult, LlmVerdict, Report
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import Answer, InterviewSession, UploadSession, UploadStatus
from workflows.interviews.plan import NODE_FOLLOW_UP
from workflows.interviews.uploads import chunk_key
from workflows.messaging.models import CandidateNotice, OutboxMessage
from workflows.offers.models import Offer, OnboardingMaterial
from workflows.outcomes.models import DemographicProfile, HireOutcome, ReviewRequest
from workflows.privacy.audit import record_access
from workflows.privacy.keyring_file import scrub_keyring_file
from workflows.privacy.keys import destroy_candidate_key
from workflows.privacy.models import ConsentRecord
from workflows.privacy.sealed_json import ERASED_QUOTE as ERASED_QUOTE
from workflows.privacy.sealed_json import map_quotes

ERASED_FILE_NAME = "（已删除）"


class ObjectDeleter(Protocol):
    """The one thing erasure needs from the object store."""

    async def delete(self, key: str) -> bool:
        """Delete an object; False when it was not there."""
        ...


@dataclass(frozen=True, slots=True)
class Erasure:
    """What one erasure removed (counts only: the receipt names no personal data)."""

    candidate_id: int
    applications: int
    files_deleted: int
    answers_cleared: int
    messages_deleted: int
    key_destroyed: bool
    erased_at: datetime

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the audit entry and the receipt)."""
        out = asdict(self)
        out["erased_at"] = self.erased_at.isoformat()
        return out


def scrub_quotes(value: Any) -> Any:
    """A copy of report/score JSON with every evidence quote replaced."""
    return map_quotes(value, lambda _: ERASED_QUOTE)


def scrub_plan(plan: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An interview plan whose follow-up questions (they quote the answers) are replaced."""
    return [
        {**node, "text": ERASED_QUOTE} if node.get("kind") == NODE_FOLLOW_UP else node
        for node in plan
    ]


async def _file_keys(candidate_id: int, app_ids: list[int]) -> list[str]:
    answers = await Answer.filter(session__application_id__in=app_ids).values_list(
        "media_key", flat=True
    )
    uploads = await UploadSession.filter(session__application_id__in=app_ids)
    materials = await OnboardingMaterial.filter(offer__application_id__in=app_ids).values_list(
        "storage_key", flat=True
    )
    resumes = await Resume.filter(candidate_id=candidate_id).values_list("storage_key", flat=True)
    keys = [str(k) for k in (*answers, *materials, *resumes) if k]
    keys += [chunk_key(u.id, i) for u in uploads for i in range(u.next_index)]
    return keys


async def _outbox_rows(candidate: Candidate, app_ids: list[int]) -> list[int]:
    """Outbox rows that reach the candidate or are about one of their applications."""
    reach = [r for r in (candidate.dingtalk_user_id, candidate.source_conversation_id) if r]
    query = Q(id__in=[])
    for app_id in app_ids:
        # Dedup keys name the application ("decision:12:…", "scored:12", "offer:…").
        query |= Q(dedup_key__contains=f":{app_id}:") | Q(dedup_key__endswith=f":{app_id}")
    offers = await Offer.filter(application_id__in=app_ids).values_list("id", flat=True)
    for offer_id in offers:
        query |= Q(dedup_key__startswith=f"offer:{offer_id}:")
    rows = await OutboxMessage.filter(query).values_list("id", "recipient")
    ids = [int(i) for i, _ in rows]
    if reach:
        for row_id, recipient in await OutboxMessage.all().values_list("id", "recipient"):
            if any(r in str(recipient) for r in reach):
                ids.append(int(row_id))
    return sorted(set(ids))


async def erase_candidate(
    candidate_id: int,
    store: ObjectDeleter,
    *,
    now: datetime,
    reason: str,
    actor: Actor | None = None,
    keyring_file: str = "",
) -> Erasure:
    """Erase one candidate's personal data and destroy their data key (in the database and, when
    `keyring_file` names the backup key ring, there too)."""
    candidate = await Candidate.get(id=candidate_id)
    rows = await Application.filter(candidate_id=candidate_id).values_list("id", flat=True)
    app_ids = [int(cast(int, i)) for i in rows]
    deleted = 0
    for key in await _file_keys(candidate_id, app_ids):
        deleted += int(await store.delete(key))
    outbox = await _outbox_rows(candidate, app_ids)
    answers = await Answer.filter(session__application_id__in=app_ids)
    answer_ids = [a.id for a in answers]
    async with in_transaction() as conn:
        await (
            Answer.filter(id__in=answer_ids)
            .using_db(conn)
            .update(text_enc="", media_key="", media_sha256="")
        )
        await (
            Answer.filter(id__in=answer_ids, is_follow_up=True)
            .using_db(conn)
            .update(question_text=ERASED_QUOTE)
        )
        for session in await InterviewSession.filter(application_id__in=app_ids).using_db(conn):
            session.plan = scrub_plan(session.plan)
            session.device_check = {}
            await session.save(using_db=conn, update_fields=["plan", "device_check"])
        await (
            UploadSession.filter(session__application_id__in=app_ids)
            .using_db(conn)
            .update(status=UploadStatus.ABORTED, chunk_sha256=[], error_code="erased")
        )
        results = await AnalysisResult.filter(answer_id__in=answer_ids).using_db(conn)
        for result in results:
            result.transcript_enc = ""
            result.segments = []
            result.follow_up = {}
            result.audio_cues = {}
            result.vision_cues = {}
            result.dimension_scores = scrub_quotes(result.dimension_scores)
            await result.save(
                using_db=conn,
                update_fields=[
                    "transcript_enc",
                    "segments",
                    "follow_up",
                    "audio_cues",
                    "vision_cues",
                    "dimension_scores",
                ],
            )
        if results:
            # Cached judge verdicts quote answers and are keyed by hashes, not by person: drop
            # the ones made while this candidate's answers were judged (a cache; it refills).
            first = min(r.created_at for r in results) - timedelta(minutes=5)
            last = max(r.updated_at for r in results) + timedelta(hours=1)
            await (
                LlmVerdict.filter(created_at__gte=first, created_at__lte=last)
                .using_db(conn)
                .delete()
            )
        for report in await Report.filter(application_id__in=app_ids).using_db(conn):
            report.dimensions = scrub_quotes(report.dimensions)
            report.strengths = scrub_quotes(report.strengths)
            report.weaknesses = scrub_quotes(report.weaknesses)
            report.flag_details = scrub_quotes(report.flag_details)
            await report.save(
                using_db=conn,
                update_fields=["dimensions", "strengths", "weaknesses", "flag_details"],
            )
        await (
            Offer.filter(application_id__in=app_ids)
            .using_db(conn)
            .update(candidate_remark="", approval_remark="", preentry_user_id=None)
        )
        await OnboardingMaterial.filter(offer__application_id__in=app_ids).using_db(conn).delete()
        await CandidateNotice.filter(application_id__in=app_ids).using_db(conn).update(body_enc="")
        await OutboxMessage.filter(id__in=outbox).using_db(conn).delete()
        await StageHistory.filter(application_id__in=app_ids).using_db(conn).update(reason="")
        # Fairness data is about the person: the profile goes, outcome figures stay (validity
        # statistics), their free text goes.
        await DemographicProfile.filter(candidate_id=candidate_id).using_db(conn).delete()
        await (
            HireOutcome.filter(application_id__in=app_ids)
            .using_db(conn)
            .update(leaving_reason_enc="", dingtalk_user_id=None)
        )
        await (
            ReviewRequest.filter(application_id__in=app_ids)
            .using_db(conn)
            .update(reason_enc="", resolution="")
        )
        await Application.filter(id__in=app_ids).using_db(conn).update(match_explanation={})
        await (
            ConsentRecord.filter(candidate_id=candidate_id)
            .using_db(conn)
            .update(ip="", user_agent="")
        )
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
                city="",
                erased_at=now,
            )
        )
    # Last: once the key is gone nothing of theirs decrypts, wherever a copy lies.
    destroyed = await destroy_candidate_key(candidate_id, now=now)
    ring_scrubbed = (
        scrub_keyring_file(keyring_file, candidate_id, now=now) if keyring_file else False
    )
    forget = getattr(store, "forget", None)
    if forget is not None:
        forget(candidate_id)
    erasure = Erasure(
        candidate_id, len(app_ids), deleted, len(answer_ids), len(outbox), destroyed, now
    )
    await record_access(
        actor or Actor.system("retention"),
        "candidate.erased",
        "candidate",
        candidate_id,
        reason=reason,
        files=deleted,
        applications=len(app_ids),
        messages=len(outbox),
        key_destroyed=destroyed,
        keyring_scrubbed=ring_scrubbed,
    )
    return erasure
