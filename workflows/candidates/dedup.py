"""Recognising a returning candidate by phone, e-mail, or name + school + birth year."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q

from analysis.resume.types import ParsedResume
from workflows.candidates.models import Candidate
from workflows.privacy.vault import PiiVault


@dataclass(frozen=True, slots=True)
class Identity:
    """The keyed hashes that identify a person."""

    phone_hashes: tuple[str, ...]
    email_hashes: tuple[str, ...]
    identity_hash: str | None

    @property
    def empty(self) -> bool:
        """True when the resume gives nothing to recognise the person by."""
        return not (self.phone_hashes or self.email_hashes or self.identity_hash)


def identity_of(parsed: ParsedResume, vault: PiiVault) -> Identity:
    """Hash the identifying fields of a parsed resume."""
    phones = tuple(h for p in parsed.phones if (h := vault.keyed_hash("phone", p.value)))
    emails = tuple(h for e in parsed.emails if (h := vault.keyed_hash("email", e.value)))
    school = next((e.school.value for e in parsed.education if e.school is not None), "")
    birth_year = parsed.birth.value.year if parsed.birth is not None else None
    name = parsed.name.value if parsed.name is not None else ""
    return Identity(phones, emails, vault.identity_hash(name, school, birth_year))


async def find_existing(identity: Identity, sha256: str) -> tuple[Candidate | None, str | None]:
    """The candidate this resume belongs to, and which evidence said so.

    Possible duplicates waiting for HR are never the answer: the record they point to is.
    """
    primary = Candidate.filter(erased_at=None, duplicate_of_id=None).order_by("id")
    for value in identity.phone_hashes:
        if found := await primary.filter(phone_hash=value).first():
            return found, "phone"
    for value in identity.email_hashes:
        if found := await primary.filter(email_hash=value).first():
            return found, "email"
    if identity.identity_hash and (
        found := await primary.filter(identity_hash=identity.identity_hash).first()
    ):
        return found, "identity"
    # A resume without contact data is still the same person when the very same file returns.
    if found := await primary.filter(resumes__sha256=sha256).first():
        return found, "same_file"
    return None, None


async def find_own(
    identity: Identity, sha256: str, *, user_id: str | None, submitter: str
) -> Candidate | None:
    """A record matching this resume that the same sender already owns: bound to their DingTalk
    user, or built from a resume they sent before (their own earlier submission, or the
    possible duplicate their first one made)."""
    match = Q(resumes__sha256=sha256)
    for value in identity.phone_hashes:
        match |= Q(phone_hash=value)
    for value in identity.email_hashes:
        match |= Q(email_hash=value)
    if identity.identity_hash:
        match |= Q(identity_hash=identity.identity_hash)
    owner = Q(resumes__submitted_by=submitter)
    if user_id:
        owner |= Q(dingtalk_user_id=user_id)
    return await Candidate.filter(match, owner, erased_at=None).order_by("id").first()
