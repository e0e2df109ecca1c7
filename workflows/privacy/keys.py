"""Key ids, master-key rotation and per-candidate data keys (crypto-shredding).

Every ciphertext names the key that sealed it: `m<8 hex>` for a master key (derived from the key
itself, so it needs no configuration) or `c<candidate id>` for a candidate's data key. A candidate's
data key is random, wrapped by the current master key with the candidate id as associated data,
and kept in `candidate_key`; erasure destroys it, so every copy of their ciphertexts (a backup
taken before the erasure included) stops decrypting. Rotation: a new master key becomes current,
the old one stays readable as a previous key until `dinghire keys rotate` has re-wrapped every
data key and re-sealed what the old key sealed directly.
"""

from __future__ import annotations

import base64
import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise.exceptions import IntegrityError

from workflows.privacy.models import CandidateKey


class KeyUnavailableError(Exception):
    """The key a ciphertext names is destroyed, unknown, or was never loaded."""


class KeyDestroyedError(KeyUnavailableError):
    """The candidate's data key was destroyed at erasure: their data cannot be read any more."""


class KeyNotLoadedError(KeyUnavailableError):
    """A candidate key was used before `unlock` loaded it (a programming error)."""


def master_kid(master_key: bytes) -> str:
    """The id of a master key: a keyed digest, so the id reveals nothing about the key."""
    return "m" + hmac.digest(master_key, b"dinghire/key-id/v1", "sha256")[:4].hex()


def candidate_kid(candidate_id: int) -> str:
    """The id of a candidate's data key."""
    return f"c{candidate_id}"


def owner_of(kid: str) -> int | None:
    """The candidate a key id belongs to, or None for a master key."""
    return int(kid[1:]) if kid.startswith("c") and kid[1:].isdigit() else None


@dataclass(frozen=True)
class MasterKeys:
    """The current master key and the previous ones still readable during a rotation."""

    current: bytes
    previous: tuple[bytes, ...] = ()
    _by_kid: dict[str, bytes] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for key in (self.current, *self.previous):
            if len(key) != 32:
                raise ValueError("master keys must be 32 bytes")
        by_kid = {master_kid(k): k for k in reversed((self.current, *self.previous))}
        object.__setattr__(self, "_by_kid", by_kid)

    @property
    def current_kid(self) -> str:
        """The id of the key new data is sealed with."""
        return master_kid(self.current)

    def by_kid(self, kid: str) -> bytes:
        """The master key with this id; KeyUnavailableError when it is not configured."""
        try:
            return self._by_kid[kid]
        except KeyError:
            raise KeyUnavailableError(f"master key {kid} is not configured") from None

    def derive(self, kid: str, purpose: bytes) -> bytes:
        """A sub-key of master key `kid` for one purpose (field encryption, object wrapping)."""
        return hmac.digest(self.by_kid(kid), purpose, "sha256")


_KEK_PURPOSE = b"dinghire/candidate-kek/v1"


def _aad(candidate_id: int, kek_id: str) -> bytes:
    return f"candidate_key:{candidate_id}:{kek_id}".encode()


def wrap_key(masters: MasterKeys, candidate_id: int, data_key: bytes) -> tuple[str, str]:
    """(kek id, wrapped key) for a candidate's data key under the current master key."""
    kid = masters.current_kid
    nonce = os.urandom(12)
    kek = AESGCM(masters.derive(kid, _KEK_PURPOSE))
    sealed = kek.encrypt(nonce, data_key, _aad(candidate_id, kid))
    return kid, base64.b64encode(nonce + sealed).decode()


def unwrap_key(masters: MasterKeys, candidate_id: int, kek_id: str, wrapped: str) -> bytes:
    """The candidate's data key; KeyUnavailableError if it does not unwrap for this row."""
    raw = base64.b64decode(wrapped)
    kek = AESGCM(masters.derive(kek_id, _KEK_PURPOSE))
    try:
        return kek.decrypt(raw[:12], raw[12:], _aad(candidate_id, kek_id))
    except InvalidTag as exc:
        raise KeyUnavailableError(f"data key of candidate {candidate_id} does not unwrap") from exc


class CandidateKeyRing:
    """Per-candidate data keys: created on first use, cached per process, destroyed on erasure."""

    def __init__(self, masters: MasterKeys) -> None:
        self.masters = masters
        self._cache: dict[int, bytes] = {}
        # Looked up and found destroyed (or never created): reads fail as destroyed data.
        self._absent: set[int] = set()

    def cached(self, candidate_id: int) -> bytes:
        """A key `load` already brought in; KeyNotLoadedError otherwise."""
        try:
            return self._cache[candidate_id]
        except KeyError:
            if candidate_id in self._absent:
                raise KeyDestroyedError(f"no data key for candidate {candidate_id}") from None
            raise KeyNotLoadedError(f"key of candidate {candidate_id} not loaded") from None

    async def load(self, candidate_ids: Iterable[int], *, create: bool = False) -> None:
        """Bring these candidates' keys into the cache (creating missing ones when `create`)."""
        wanted = {int(c) for c in candidate_ids if c}
        if not create:
            # Writes always re-read the row: a cached key whose row a rolled-back transaction
            # took away must not seal new data.
            wanted -= set(self._cache)
        if not wanted:
            return
        rows = await CandidateKey.filter(candidate_id__in=sorted(wanted))
        for row in rows:
            wanted.discard(row.candidate_id)
            if row.candidate_id in self._cache and row.destroyed_at is None:
                continue
            if row.destroyed_at is None and row.wrapped:
                key = unwrap_key(self.masters, row.candidate_id, row.kek_id, row.wrapped)
                self._cache[row.candidate_id] = key
                self._absent.discard(row.candidate_id)
            else:
                self._cache.pop(row.candidate_id, None)
                self._absent.add(row.candidate_id)
        if create:
            for cid in sorted(wanted):
                self._cache.pop(cid, None)
                await self._create(cid)
        else:
            self._absent.update(wanted)

    async def key(self, candidate_id: int, *, create: bool = False) -> bytes:
        """One candidate's data key; KeyDestroyedError after erasure."""
        await self.load([candidate_id], create=create)
        return self.cached(candidate_id)

    async def _create(self, candidate_id: int) -> None:
        data_key = AESGCM.generate_key(bit_length=256)
        kid, wrapped = wrap_key(self.masters, candidate_id, data_key)
        try:
            await CandidateKey.create(candidate_id=candidate_id, kek_id=kid, wrapped=wrapped)
        except IntegrityError:
            # Another process created it first (or it was destroyed): read what is there.
            self._cache.pop(candidate_id, None)
            row = await CandidateKey.get(candidate_id=candidate_id)
            if row.destroyed_at is None and row.wrapped:
                key = unwrap_key(self.masters, candidate_id, row.kek_id, row.wrapped)
                self._cache[candidate_id] = key
            else:
                self._absent.add(candidate_id)
            return
        self._cache[candidate_id] = data_key
        self._absent.discard(candidate_id)

    async def destroy(self, candidate_id: int, *, now: datetime | None = None) -> bool:
        """Destroy a candidate's data key for good; False when there was none to destroy."""
        self._cache.pop(candidate_id, None)
        self._absent.add(candidate_id)
        return await destroy_candidate_key(candidate_id, now=now)

    def forget(self, candidate_id: int) -> None:
        """Drop a cached key (another process destroyed it)."""
        self._cache.pop(candidate_id, None)
        self._absent.discard(candidate_id)

    def forget_all(self) -> None:
        """Drop every cached key and absence (the sandbox emptied the database)."""
        self._cache.clear()
        self._absent.clear()

    async def rewrap(self) -> int:
        """Re-wrap every live data key under the current master key; returns how many moved."""
        moved = 0
        current = self.masters.current_kid
        rows = await CandidateKey.filter(destroyed_at__isnull=True).exclude(kek_id=current)
        for row in rows:
            key = unwrap_key(self.masters, row.candidate_id, row.kek_id, row.wrapped)
            kid, wrapped = wrap_key(self.masters, row.candidate_id, key)
            await CandidateKey.filter(id=row.id, kek_id=row.kek_id).update(
                kek_id=kid, wrapped=wrapped
            )
            moved += 1
        return moved


async def destroy_candidate_key(candidate_id: int, *, now: datetime | None = None) -> bool:
    """Destroy a candidate's data key in the key table (each process's cache forgets it when
    asked, or on its next write); False when there was no live key."""
    at = now or datetime.now(UTC)
    updated = await CandidateKey.filter(
        candidate_id=candidate_id, destroyed_at__isnull=True
    ).update(wrapped="", destroyed_at=at)
    if not await CandidateKey.exists(candidate_id=candidate_id):
        # Record the destruction, so a later write cannot quietly create a fresh key.
        await CandidateKey.create(candidate_id=candidate_id, kek_id="", wrapped="", destroyed_at=at)
    return bool(updated)
