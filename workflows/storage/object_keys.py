"""Which key seals a new object and which keys may open a stored one (both store adapters).

A candidate's objects are wrapped by their data key (`c<id>`, from the key ring: destroyed at
erasure, so every copy of their files stays sealed for good); everything else by the current
master key (`m…`). A stored object's header names its key id; old DHE1 objects name none and
are tried against every configured master key.
"""

from __future__ import annotations

from workflows.privacy.keys import (
    CandidateKeyRing,
    KeyUnavailableError,
    MasterKeys,
    candidate_kid,
    owner_of,
)
from workflows.storage.envelope import (
    IntegrityError,
    Sealer,
    header_kid,
    object_kek,
    rewrap_header,
)


class ObjectKeys:
    """Key resolution for sealed objects: master keys plus the candidates' key ring."""

    def __init__(
        self,
        master_key: bytes,
        previous: tuple[bytes, ...] = (),
        keyring: CandidateKeyRing | None = None,
    ) -> None:
        self.masters = MasterKeys(master_key, previous)
        self.keyring = keyring or CandidateKeyRing(self.masters)

    async def sealer(self, key: str, owner: int | None) -> Sealer:
        """A sealer for a new object under `key`: the owner's data key, else the master key."""
        if owner:
            secret = await self.keyring.key(owner, create=True)
            return Sealer(object_kek(secret), candidate_kid(owner), key)
        kid = self.masters.current_kid
        return Sealer(object_kek(self.masters.by_kid(kid)), kid, key)

    async def keks(self, key: str, head: bytes) -> list[bytes]:
        """The key-encryption keys that may open the object whose header is `head`."""
        kid = header_kid(head)
        owner = owner_of(kid)
        try:
            if owner is not None:
                return [object_kek(await self.keyring.key(owner))]
            if kid:
                return [object_kek(self.masters.by_kid(kid))]
        except KeyUnavailableError as exc:
            raise IntegrityError(f"object {key}: {exc}") from exc
        return [object_kek(k) for k in (self.masters.current, *self.masters.previous)]

    def rewrapped(self, key: str, head: bytes) -> bytes | None:
        """The header re-wrapped under the current master key; None when it needs no move
        (already current, a candidate's key, or an old DHE1 object that must be re-sealed)."""
        kid = header_kid(head)
        current = self.masters.current_kid
        if not kid or kid == current or owner_of(kid) is not None:
            return None
        return rewrap_header(
            head,
            object_kek(self.masters.by_kid(kid)),
            object_kek(self.masters.current),
            current,
            key,
        )

    def forget(self, candidate_id: int) -> None:
        """Drop a cached candidate key (it was destroyed)."""
        self.keyring.forget(candidate_id)
