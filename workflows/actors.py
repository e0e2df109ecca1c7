"""Who did something: a staff member, a candidate, or the system itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActorKind(StrEnum):
    """Kinds of actor recorded in histories and the audit log."""

    STAFF = "staff"
    CANDIDATE = "candidate"
    SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor reference, stored as `kind:id`."""

    kind: ActorKind
    id: str

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> Actor:
        """Parse `kind:id` back into an Actor."""
        kind, _, ident = text.partition(":")
        return cls(ActorKind(kind), ident)

    @classmethod
    def system(cls, component: str = "dinghire") -> Actor:
        """The system acting on its own (jobs, reconciliation)."""
        return cls(ActorKind.SYSTEM, component)

    @classmethod
    def staff(cls, user_id: str) -> Actor:
        """A DingTalk staff member by userId."""
        return cls(ActorKind.STAFF, user_id)

    @classmethod
    def candidate(cls, candidate_id: int) -> Actor:
        """A candidate by id."""
        return cls(ActorKind.CANDIDATE, str(candidate_id))
