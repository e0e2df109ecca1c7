"""HR merges a possible duplicate (a non-HR resume that matched an older record) into that record.

Only HR decides that two records are one person: the merge is the one way a resume sent by
someone else ends up changing an existing candidate's contact data or DingTalk binding.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.candidates.models import Candidate, Resume
from workflows.errors import NotFoundError, ValidationFailedError
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.models import ConsentRecord
from workflows.services import Services

# Fields the newer record's resume stated, copied onto the older one when HR merges.
_IDENTITY_FIELDS = (
    "name_enc",
    "phone_enc",
    "phone_hash",
    "masked_phone",
    "email_enc",
    "email_hash",
    "identity_hash",
    "dingtalk_user_id",
    "dingtalk_union_id",
    "source_conversation_id",
    "birth_year",
    "years_experience",
    "highest_degree",
    "city",
)
# Sealed under the candidate's own data key: re-sealed under the older record's key on merge.
_SEALED_FIELDS = {
    "name_enc": contexts.CANDIDATE_NAME,
    "phone_enc": contexts.CANDIDATE_PHONE,
    "email_enc": contexts.CANDIDATE_EMAIL,
}
# An application only the intake made (nothing happened yet) can give way to the older one's.
_UNTOUCHED = (Stage.RECEIVED, Stage.SCREENED)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did."""

    candidate_id: int
    merged_id: int
    moved_applications: int
    dropped_applications: int


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    """A record waiting for HR: which older record it matched, and by what."""

    candidate_id: int
    duplicate_of: int
    evidence: str


async def pending_duplicates(limit: int = 20) -> list[PossibleDuplicate]:
    """Possible duplicates waiting for HR, oldest first."""
    rows = (
        await Candidate.filter(duplicate_of_id__isnull=False, erased_at=None)
        .order_by("id")
        .limit(limit)
    )
    return [
        PossibleDuplicate(c.id, c.duplicate_of_id, c.duplicate_by)  # type: ignore[attr-defined]
        for c in rows
    ]


async def _pair(duplicate_id: int) -> tuple[Candidate, Candidate]:
    dup = await Candidate.get_or_none(id=duplicate_id, erased_at=None)
    if dup is None:
        raise NotFoundError(
            f"candidate {duplicate_id}", user_message=f"找不到候选人编号 {duplicate_id}"
        )
    target_id: int | None = dup.duplicate_of_id  # type: ignore[attr-defined]
    if target_id is None:
        raise ValidationFailedError(
            "not a possible duplicate",
            user_message=f"候选人编号 {duplicate_id} 不是待合并的疑似重复记录",
        )
    target = await Candidate.get_or_none(id=target_id, erased_at=None)
    if target is None:
        raise NotFoundError(
            f"candidate {target_id}",
            user_message=f"原候选人编号 {target_id} 已不存在，无法合并",
        )
    return dup, target


async def merge_duplicate(duplicate_id: int, *, actor: Actor, deps: Services) -> MergeResult:
    """Merge a possible duplicate into the record it matched (audited): its resumes,
    applications and consents move over, and what its resume stated (contact data, DingTalk
    binding) replaces the older values, as for any newer resume HR sends. Everything the
    duplicate held under its own data key is re-sealed under the older record's key."""
    async with in_transaction():
        dup, target = await _pair(duplicate_id)
        apps = await Application.filter(candidate_id=dup.id).prefetch_related("job")
        for app in apps:
            if Stage(app.stage) not in _UNTOUCHED:
                # Interviews, notices and offers hold data sealed under the duplicate's key.
                raise ValidationFailedError(
                    "the duplicate progressed",
                    user_message=(
                        f"编号 {duplicate_id} 在岗位「{app.job.title}」的申请已到"
                        f"「{STAGE_LABELS_ZH[Stage(app.stage)]}」阶段，无法自动合并，"
                        "请先处理这份申请"
                    ),
                )
        held = {a.job_id: a for a in await Application.filter(candidate_id=target.id)}  # type: ignore[attr-defined]
        moved = dropped = 0
        for app in apps:
            if held.get(app.job_id) is None:  # type: ignore[attr-defined]
                app.candidate_id = target.id
                await app.save(update_fields=["candidate_id", "updated_at"])
                moved += 1
            else:
                await app.delete()
                dropped += 1
        await deps.vault.unlock(dup.id, target.id, create=True)
        await _move_resumes(dup.id, target.id, deps)
        await ConsentRecord.filter(candidate_id=dup.id).update(candidate_id=target.id)
        for name in _IDENTITY_FIELDS:
            value = getattr(dup, name)
            if value in (None, ""):
                continue
            if name in _SEALED_FIELDS:
                plain = deps.vault.decrypt(value, context=_SEALED_FIELDS[name], owner=dup.id)
                value = deps.vault.encrypt(plain, context=_SEALED_FIELDS[name], owner=target.id)
            setattr(target, name, value)
        await target.save()
        await dup.delete()
        await record_access(
            actor,
            "candidate.merged",
            "candidate",
            target.id,
            merged_from=duplicate_id,
            evidence=dup.duplicate_by,
            moved_applications=moved,
            dropped_applications=dropped,
        )
    return MergeResult(target.id, duplicate_id, moved, dropped)


async def dismiss_duplicate(duplicate_id: int, *, actor: Actor) -> int:
    """HR says the two records are different people: both stay, the mark goes (audited).
    Returns the id of the older record."""
    async with in_transaction():
        dup, target = await _pair(duplicate_id)
        dup.duplicate_of = None
        await dup.save(update_fields=["duplicate_of_id", "updated_at"])
        await record_access(
            actor, "candidate.not_duplicate", "candidate", dup.id, duplicate_of=target.id
        )
    return target.id


async def _move_resumes(dup_id: int, target_id: int, deps: Services) -> None:
    """The duplicate's resumes and their files, re-sealed under the older record's key."""
    for resume in await Resume.filter(candidate_id=dup_id):
        if resume.parsed_enc:
            parsed = deps.vault.decrypt(resume.parsed_enc, context=contexts.RESUME, owner=dup_id)
            resume.parsed_enc = deps.vault.encrypt(parsed, context=contexts.RESUME, owner=target_id)
        old_key = resume.storage_key
        if old_key and await deps.store.exists(old_key):
            new_key = f"resumes/{target_id}/{resume.sha256}"
            await deps.store.put(new_key, await deps.store.get(old_key), owner=target_id)
            resume.storage_key = new_key
            if new_key != old_key:
                await deps.store.delete(old_key)
        resume.candidate_id = target_id
        await resume.save(update_fields=["parsed_enc", "storage_key", "candidate_id"])
