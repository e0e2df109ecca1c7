"""Recognising a returning candidate by phone, e-mail, or name + school + birth year."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.resume.types import ParsedResume
from workflows.candidates.models import Candidate, Resume
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
    """The candidate this resume belongs to, and which evidence said so."""
    for value in identity.phone_hashes:
        if found := await Candidate.filter(phone_hash=value, erased_at=None).first():
            return found, "phone"
    for value in identity.email_hashes:
        if found := await Candidate.filter(email_hash=value, erased_at=None).first():
            return found, "email"
    if identity.identity_hash:
        found = await Candidate.filter(identity_hash=identity.identity_hash, erased_at=None).first()
        if found:
            return found, "identity"
    # A resume without contact data is still the same person when the very same file returns.
    same_file = await Resume.filter(sha256=sha256, candidate_id__isnull=False).first()
    if same_file is not None:
        return await Candidate.get(id=same_file.candidate_id), "same_file"  # type: ignore[attr-defined]
    return None, None
