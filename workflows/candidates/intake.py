"""Resume intake: parse, recognise a returning candidate, store encrypted, match to open jobs."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from analysis.matching import MatchResult, match_resume, parse_requirements
from analysis.matching.requirements import RequirementsError
from analysis.resume.errors import ResumeInputError
from analysis.resume.pipeline import ResumeParse
from analysis.resume.report import history_lines
from analysis.resume.types import ParsedResume
from workflows.actors import Actor, ActorKind
from workflows.applications.stages import Stage
from workflows.candidates.dedup import Identity, find_existing, find_own, identity_of
from workflows.candidates.models import Candidate, Resume
from workflows.candidates.registration import (
    Contact,
    apply_parsed_fields,
    keyed_candidate,
    open_and_screen,
)
from workflows.errors import DomainError
from workflows.events import EventBus
from workflows.jobs.models import Job, JobStatus
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.sealed_json import seal_file_name
from workflows.privacy.vault import PiiVault
from workflows.services import Services
from workflows.storage.port import ObjectStore

log = logging.getLogger(__name__)

MAX_APPLICATIONS_PER_RESUME = 3
MIN_MATCH_SCORE = 40.0

Parser = Callable[[bytes, str], ResumeParse]


class ResumeRejectedError(DomainError):
    """The file could not be read as a resume; the original is kept for HR."""

    code = "resume_rejected"

    def __init__(self, error: ResumeInputError, resume_id: int | None) -> None:
        super().__init__(error.detail or error.code, user_message=error.user_message)
        self.error_code = error.code
        self.resume_id = resume_id


@dataclass(frozen=True, slots=True)
class ResumeUpload:
    """A resume as it arrived."""

    data: bytes
    filename: str
    submitted_by: Actor
    source_channel: str = "dingtalk_bot"
    # Where and how to reach the candidate later, when the candidate sent it themselves.
    candidate_user_id: str | None = None
    candidate_union_id: str | None = None
    candidate_conversation_id: str | None = None


@dataclass(frozen=True, slots=True)
class JobMatch:
    """How the resume fits one job."""

    job_id: int
    job_title: str
    owner_user_id: str | None
    application_id: int
    score: float | None
    confidence: float
    disqualified: bool
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    disqualify_reasons: tuple[str, ...]
    stage: Stage


@dataclass(frozen=True, slots=True)
class IntakeOutcome:
    """What happened to one resume."""

    status: str  # created | updated | unchanged
    candidate_id: int
    resume_id: int
    duplicate_by: str | None
    display_name: str
    masked_phone: str
    matches: tuple[JobMatch, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # The older record a non-HR resume matched; this record waits for HR to merge it.
    possible_duplicate_of: int | None = None


def _summary(parsed: ParsedResume) -> dict[str, Any]:
    years = parsed.years_of_experience
    return {
        "degree": parsed.highest_degree.value.label_zh if parsed.highest_degree else "",
        "years": years.value.years if years else None,
        "skills": [s.value for s in parsed.skills[:8]],
        "school": next((e.school.value for e in parsed.education if e.school), ""),
        "expected_position": parsed.expected_position.value if parsed.expected_position else "",
        "last_employer": next(
            (w.employer.value for w in parsed.work_history if w.employer is not None), ""
        ),
        "current_city": parsed.current_city.value if parsed.current_city else "",
        "expected_cities": [c.value for c in parsed.expected_cities],
        "history": history_lines(parsed, work=3, education=2),
    }


def _parsed_json(parsed: ParsedResume) -> str:
    return json.dumps(parsed.to_dict(), ensure_ascii=False, default=str)


def _confidences(parsed: ParsedResume) -> dict[str, float]:
    out: dict[str, float] = {}
    for key in (
        "name",
        "gender",
        "birth",
        "age",
        "highest_degree",
        "years_of_experience",
        "expected_position",
        "expected_salary",
        "current_city",
    ):
        value = getattr(parsed, key)
        if value is not None:
            out[key] = round(float(value.confidence), 3)
    for key in ("phones", "emails", "skills", "certificates", "expected_cities"):
        values = getattr(parsed, key)
        if values:
            out[key] = round(max(float(v.confidence) for v in values), 3)
    return out


async def reject_upload(upload: ResumeUpload, error: ResumeInputError, store: ObjectStore) -> int:
    """Keep an unreadable file for HR (quarantined, encrypted) and record why it was refused."""
    sha = hashlib.sha256(upload.data).hexdigest()
    key = f"quarantine/{sha}"
    if upload.data:
        await store.put(key, upload.data)
    row = await Resume.create(
        candidate=None,
        storage_key=key if upload.data else "",
        file_name=upload.filename[:255],
        size_bytes=len(upload.data),
        sha256=sha,
        status="rejected",
        error_code=error.code,
        source_channel=upload.source_channel,
        submitted_by=str(upload.submitted_by),
    )
    await record_access(upload.submitted_by, "resume.rejected", "resume", row.id, code=error.code)
    return row.id


async def intake_resume(upload: ResumeUpload, deps: Services) -> IntakeOutcome:
    """Turn one received file into a candidate with matched applications, or raise clearly."""
    try:
        result = await asyncio.to_thread(deps.parser, upload.data, upload.filename)
    except ResumeInputError as exc:
        resume_id = await reject_upload(upload, exc, deps.store)
        raise ResumeRejectedError(exc, resume_id) from exc
    parsed = result.parsed
    sha = hashlib.sha256(upload.data).hexdigest()
    identity = identity_of(parsed, deps.vault)

    async with in_transaction():
        candidate, duplicate_by, kind = await _place(upload, identity, sha)
        created = candidate is None
        if candidate is None:
            candidate = await Candidate.create(
                duplicate_of=kind.duplicate_of, duplicate_by=duplicate_by or ""
            )
        candidate = await keyed_candidate(candidate, deps.vault)
        # Sealed under the candidate's data key: erasure destroys the key, so every copy of
        # the file (backups included) stays sealed for good.
        storage_key = f"resumes/{candidate.id}/{sha}"
        await deps.store.put(storage_key, upload.data, owner=candidate.id)
        apply_parsed_fields(
            candidate,
            parsed,
            identity,
            deps.vault,
            _contact(upload),
            profile_only=kind.profile_only and not created,
        )
        await candidate.save()
        if kind.duplicate_of is not None:
            await record_access(
                upload.submitted_by,
                "candidate.possible_duplicate",
                "candidate",
                candidate.id,
                duplicate_of=kind.duplicate_of.id,
                evidence=duplicate_by,
            )
        resume = await Resume.filter(sha256=sha, candidate_id=candidate.id).first()
        unchanged = resume is not None
        if resume is None:
            resume = await Resume.create(
                candidate=candidate,
                storage_key=storage_key,
                file_name=seal_file_name(deps.vault, upload.filename, owner=candidate.id),
                content_type=result.extracted.source_kind.value,
                size_bytes=len(upload.data),
                sha256=sha,
                parsed_enc=deps.vault.encrypt(
                    _parsed_json(parsed), context=contexts.RESUME, owner=candidate.id
                ),
                field_confidence=_confidences(parsed),
                parser_version=parsed.parser_version,
                source_channel=upload.source_channel,
                submitted_by=str(upload.submitted_by),
                meta={"ocr": result.extracted.ocr_used, "pages": result.extracted.page_count},
            )
        await record_access(
            upload.submitted_by, "resume.ingested", "candidate", candidate.id, resume_id=resume.id
        )
    matches = await _match_jobs(
        candidate, resume, parsed, result.extracted.text, upload, deps.bus, deps.vault
    )
    status = "created" if created else ("unchanged" if unchanged else "updated")
    name = parsed.name.value if parsed.name else ""
    return IntakeOutcome(
        status=status,
        candidate_id=candidate.id,
        resume_id=resume.id,
        duplicate_by=duplicate_by,
        possible_duplicate_of=candidate.duplicate_of_id,  # type: ignore[attr-defined]
        display_name=name
        or deps.vault.decrypt(
            candidate.name_enc, context=contexts.CANDIDATE_NAME, owner=candidate.id
        ),
        masked_phone=candidate.masked_phone,
        matches=tuple(matches),
        summary=_summary(parsed),
        warnings=result.extracted.warnings,
    )


@dataclass(frozen=True, slots=True)
class _Placement:
    """How a resume relates to the records already held."""

    # Set when the resume matched someone else's record: a new record points to that one.
    duplicate_of: Candidate | None = None
    # The sender's own record: profile fields only, never contact data or the binding.
    profile_only: bool = False


async def _place(
    upload: ResumeUpload, identity: Identity, sha: str
) -> tuple[Candidate | None, str | None, _Placement]:
    """The record this resume updates (None: a new one), the evidence, and how to apply it.

    HR vouches for what it sends, so an HR resume updates the matching record. Anyone else only
    ever updates a record that is already theirs; a match on someone else's record becomes a
    new possible duplicate for HR to merge, so a stranger's resume carrying a known phone number
    can neither rebind nor overwrite that candidate.
    """
    existing, evidence = await find_existing(identity, sha)
    if upload.submitted_by.kind is ActorKind.STAFF:
        return existing, evidence, _Placement()
    own = await find_own(
        identity, sha, user_id=upload.candidate_user_id, submitter=str(upload.submitted_by)
    )
    if own is not None:
        return own, evidence or "same_sender", _Placement(profile_only=True)
    if existing is None:
        return None, None, _Placement()
    return None, evidence, _Placement(duplicate_of=existing)


def _contact(upload: ResumeUpload) -> Contact:
    return Contact(
        upload.candidate_user_id, upload.candidate_union_id, upload.candidate_conversation_id
    )


async def _match_jobs(
    candidate: Candidate,
    resume: Resume,
    parsed: ParsedResume,
    text: str,
    upload: ResumeUpload,
    bus: EventBus,
    vault: PiiVault,
) -> list[JobMatch]:
    jobs = await Job.filter(status=JobStatus.OPEN).prefetch_related("competency_model", "owner")
    scored: list[tuple[Job, MatchResult]] = []
    for job in jobs:
        if job.competency_model is None and not job.requirements:
            continue
        try:
            req = parse_requirements(job.matching_requirements())
        except RequirementsError:
            log.warning("job %s has malformed requirements; skipped in matching", job.id)
            continue
        scored.append((job, match_resume(parsed, req, resume_text=text)))
    # Best first; disqualified and unscored ones last, so HR sees real fits at the top.
    scored.sort(key=lambda jr: (not jr[1].disqualified, jr[1].score or -1.0), reverse=True)
    chosen = [jr for jr in scored if (jr[1].score or 0) >= MIN_MATCH_SCORE][
        :MAX_APPLICATIONS_PER_RESUME
    ] or scored[:1]
    out: list[JobMatch] = []
    for job, result in chosen:
        opened = await open_and_screen(
            candidate.id,
            job.id,
            resume.id,
            result,
            actor=upload.submitted_by,
            bus=bus,
            source_channel=upload.source_channel,
            vault=vault,
        )
        out.append(
            JobMatch(
                job_id=job.id,
                job_title=job.title,
                owner_user_id=job.owner.dingtalk_user_id if job.owner else None,
                application_id=opened.application.id,
                score=result.score,
                confidence=result.confidence,
                disqualified=result.disqualified,
                matched=result.matched,
                missing=result.missing,
                disqualify_reasons=result.disqualify_reasons,
                stage=Stage(opened.application.stage),
            )
        )
    return out
