"""Registering a candidate from any channel (chat resume, Excel row): one set of rules.

What a source states replaces the stored value and what it omits keeps it; each matched job gets
one application, re-scored when the candidate comes again, and a new one moves to `screened`.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.matching import MatchResult
from analysis.resume.types import ParsedResume
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.rank_score import refresh_rank_score
from workflows.applications.stages import Stage
from workflows.candidates.dedup import Identity
from workflows.candidates.models import Candidate
from workflows.events import EventBus
from workflows.privacy import contexts
from workflows.privacy.sealed_json import MATCH_PLAIN, seal_doc
from workflows.privacy.vault import PiiVault, mask_phone


@dataclass(frozen=True, slots=True)
class Contact:
    """Where to reach a candidate who sent the resume themselves (chat only)."""

    user_id: str | None = None
    union_id: str | None = None
    conversation_id: str | None = None


async def keyed_candidate(candidate: Candidate | None, vault: PiiVault) -> Candidate:
    """The candidate (created when None) with their data key loaded, ready to take fields."""
    if candidate is None:
        candidate = await Candidate.create()
    await vault.unlock(candidate.id, create=True)
    return candidate


def apply_parsed_fields(
    candidate: Candidate,
    parsed: ParsedResume,
    identity: Identity,
    vault: PiiVault,
    contact: Contact | None = None,
    *,
    profile_only: bool = False,
) -> None:
    """Copy what the source states onto the candidate (encrypted); omitted fields keep theirs.

    `profile_only` leaves the name, contact data, identity hashes and DingTalk binding alone
    (a resume the candidate sent again themselves: only HR changes who a record reaches).
    """
    if not profile_only:
        _apply_identity(candidate, parsed, identity, vault)
    if parsed.birth:
        candidate.birth_year = parsed.birth.value.year
    if parsed.years_of_experience:
        candidate.years_experience = parsed.years_of_experience.value.years
    if parsed.highest_degree:
        candidate.highest_degree = parsed.highest_degree.value.label_zh
    if parsed.expected_cities:
        candidate.city = parsed.expected_cities[0].value
    if contact is None or profile_only:
        return
    if contact.user_id:
        candidate.dingtalk_user_id = contact.user_id
    if contact.union_id:
        candidate.dingtalk_union_id = contact.union_id
    if contact.conversation_id:
        candidate.source_conversation_id = contact.conversation_id


def _apply_identity(
    candidate: Candidate, parsed: ParsedResume, identity: Identity, vault: PiiVault
) -> None:
    # Encrypted under the candidate's data key, which `keyed_candidate` loaded.
    owner = candidate.id
    if parsed.name:
        candidate.name_enc = vault.encrypt(
            parsed.name.value, context=contexts.CANDIDATE_NAME, owner=owner
        )
    if parsed.phones:
        phone = parsed.phones[0].value
        candidate.phone_enc = vault.encrypt(phone, context=contexts.CANDIDATE_PHONE, owner=owner)
        candidate.phone_hash = identity.phone_hashes[0]
        candidate.masked_phone = mask_phone(phone)
    if parsed.emails:
        candidate.email_enc = vault.encrypt(
            parsed.emails[0].value, context=contexts.CANDIDATE_EMAIL, owner=owner
        )
        candidate.email_hash = identity.email_hashes[0]
    if identity.identity_hash:
        candidate.identity_hash = identity.identity_hash


@dataclass(frozen=True, slots=True)
class Opened:
    """The candidate's application to one job after registration."""

    application: Application
    created: bool


async def open_and_screen(
    candidate_id: int,
    job_id: int,
    resume_id: int,
    match: MatchResult | None,
    *,
    actor: Actor,
    bus: EventBus,
    source_channel: str,
    source_label: str = "",
    vault: PiiVault | None = None,
) -> Opened:
    """Open (or find) the application, store the match and ranking key, screen a new one.

    `source_label` names a channel other than a chat resume in the history ("Excel 导入").
    """
    app, made = await applications.open_application(
        candidate_id=candidate_id,
        job_id=job_id,
        actor=actor,
        bus=bus,
        resume_id=resume_id,
        source_channel=source_channel,
        reason=source_label or "收到简历",
    )
    if match is not None:
        # A returning candidate is re-scored against the newer resume.
        app.match_score = match.score
        # Why the resume fits is the candidate's history: sealed under their key (the verdict
        # and confidence stay readable for exports and filters).
        if vault is not None:
            await vault.unlock(candidate_id, create=True)
        app.match_explanation = (
            seal_doc(
                vault,
                match.to_dict(),
                context=contexts.MATCH_EXPLANATION,
                owner=candidate_id,
                keep=MATCH_PLAIN,
            )
            if vault is not None
            else match.to_dict()
        )
        app.recommendation = "reject" if match.disqualified else ""
        await app.save(
            update_fields=["match_score", "match_explanation", "recommendation", "updated_at"]
        )
        await refresh_rank_score(app.id)
    if made:
        if match is None:
            why = f"{source_label or '收到简历'}（岗位未设置匹配要求）"
        else:
            score = "未评分" if match.score is None else f"{match.score:.0f}分"
            why = f"简历自动匹配：{score}"
            why = f"{source_label}，{why}" if source_label else why
        await applications.transition(
            app.id, Stage.SCREENED, actor=Actor.system("matching"), reason=why, bus=bus
        )
    return Opened(await Application.get(id=app.id), made)
