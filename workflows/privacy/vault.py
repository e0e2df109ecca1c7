"""Encryption of PII fields at rest and keyed hashes for finding duplicates.

A ciphertext is `v2:<key id>:<base64(nonce | sealed)>`. The key id names a master key (`m…`,
fields that belong to no one candidate) or a candidate's data key (`c<id>`), and the associated
data binds the field's context and that key id, so a value only opens as the field it was written
for and, given `owner`, only in that candidate's row. `v1:` values (the master field key, before
key ids) still decrypt; `dinghire keys rotate` re-seals them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from workflows.privacy.contexts import SEGMENT
from workflows.privacy.keys import (
    CandidateKeyRing,
    KeyNotLoadedError,
    KeyUnavailableError,
    MasterKeys,
    candidate_kid,
    owner_of,
)

_V1 = "v1"
_V2 = "v2"
_FIELD_PURPOSE = b"dinghire/pii-field/v1"


class DecryptionError(Exception):
    """Ciphertext is corrupt, was made with another key, or its key was destroyed."""


def _normalise(kind: str, value: str) -> str:
    text = unicodedata.normalize("NFKC", value).strip().lower()
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        # +86 / 0086 prefixes denote the same mainland number.
        for prefix in ("0086", "86"):
            if len(digits) == 11 + len(prefix) and digits.startswith(prefix):
                digits = digits[len(prefix) :]
        return digits
    return re.sub(r"\s+", "", text)


def key_id_of(token: str) -> str:
    """The key id a ciphertext names ('' for an empty value, 'v1' for the old format)."""
    if not token:
        return ""
    version, _, rest = token.partition(":")
    return rest.partition(":")[0] if version == _V2 else version


class PiiVault:
    """AES-256-GCM for short personal fields; HMAC-SHA256 for lookups without plaintext."""

    def __init__(
        self, master_key: bytes, hash_key: bytes, *, previous_master_keys: Sequence[bytes] = ()
    ) -> None:
        if len(master_key) != 32:
            raise ValueError("master key must be 32 bytes")
        self.masters = MasterKeys(master_key, tuple(previous_master_keys))
        self.keyring = CandidateKeyRing(self.masters)
        self._hash_key = hash_key

    async def unlock(self, *owners: int | None, create: bool = False) -> None:
        """Load these candidates' data keys (create them for writing when `create`)."""
        await self.keyring.load([o for o in owners if o], create=create)

    async def unlock_tokens(self, tokens: Iterable[str]) -> None:
        """Load the candidate keys that these ciphertexts name."""
        owners = {owner_of(key_id_of(t)) for t in tokens if t}
        await self.keyring.load([o for o in owners if o])

    def _field_key(self, kid: str) -> AESGCM:
        if kid.startswith("c"):
            owner = owner_of(kid)
            if owner is None:
                raise KeyUnavailableError(f"bad key id {kid!r}")
            return AESGCM(self.keyring.cached(owner))
        return AESGCM(self.masters.derive(kid, _FIELD_PURPOSE))

    def encrypt(self, plaintext: str, *, context: str = "", owner: int | None = None) -> str:
        """Encrypt one field value (under `owner`'s data key, unlocked first); empty stays empty."""
        if not plaintext:
            return ""
        kid = candidate_kid(owner) if owner else self.masters.current_kid
        nonce = os.urandom(12)
        sealed = self._field_key(kid).encrypt(nonce, plaintext.encode("utf-8"), _aad(context, kid))
        return f"{_V2}:{kid}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    async def seal(self, plaintext: str, *, context: str, owner: int) -> str:
        """Encrypt under `owner`'s data key, creating the key on first use."""
        await self.unlock(owner, create=True)
        return self.encrypt(plaintext, context=context, owner=owner)

    def decrypt(self, token: str, *, context: str = "", owner: int | None = None) -> str:
        """Decrypt a value made by `encrypt`; with `owner`, refuse another candidate's value."""
        if not token:
            return ""
        version, _, rest = token.partition(":")
        if version == _V1:
            return _open_v1([self.masters.current, *self.masters.previous], rest, context)
        if version != _V2:
            raise DecryptionError(f"unknown ciphertext version {version!r}")
        kid, _, body = rest.partition(":")
        token_owner = owner_of(kid)
        if owner is not None and token_owner is not None and token_owner != owner:
            raise DecryptionError("ciphertext belongs to another candidate")
        try:
            aead = self._field_key(kid)
        except KeyNotLoadedError:
            raise
        except KeyUnavailableError as exc:
            raise DecryptionError(str(exc)) from exc
        try:
            raw = base64.urlsafe_b64decode(body.encode())
            return aead.decrypt(raw[:12], raw[12:], _aad(context, kid)).decode("utf-8")
        except Exception as exc:
            raise DecryptionError("cannot decrypt field") from exc

    def seal_segments(self, segments: list[dict[str, Any]], *, owner: int) -> list[dict[str, Any]]:
        """Timed transcript segments with their words sealed under `owner`'s key (`text_enc`);
        times and confidence stay readable. The owner's key must be unlocked."""
        return [
            {k: v for k, v in s.items() if k != "text"}
            | {"text_enc": self.encrypt(str(s.get("text", "")), context=SEGMENT, owner=owner)}
            for s in segments
        ]

    async def open_segments(self, segments: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Segments with their words readable again (older rows kept them in plain `text`)."""
        await self.unlock_tokens(str(s.get("text_enc", "")) for s in segments)
        out = []
        for s in segments:
            text = str(s.get("text", ""))
            if "text_enc" in s:
                try:
                    text = self.decrypt(str(s["text_enc"]), context=SEGMENT)
                except DecryptionError:
                    text = ""
            out.append({k: v for k, v in s.items() if k != "text_enc"} | {"text": text})
        return out

    def keyed_hash(self, kind: str, value: str) -> str | None:
        """Stable keyed hash of a normalised value, or None for an empty one."""
        norm = _normalise(kind, value)
        if not norm:
            return None
        return hmac.new(self._hash_key, f"{kind}:{norm}".encode(), hashlib.sha256).hexdigest()

    def identity_hash(self, name: str, school: str, birth_year: int | None) -> str | None:
        """Hash of name + school + birth year: the third way to recognise the same person."""
        if not (name.strip() and school.strip() and birth_year):
            return None
        return self.keyed_hash("identity", f"{name}|{school}|{birth_year}")


def _aad(context: str, kid: str) -> bytes:
    return f"{context}|{kid}".encode()


def _open_v1(masters: list[bytes], body: str, context: str) -> str:
    aad = context.encode()
    try:
        raw = base64.urlsafe_b64decode(body.encode())
    except Exception as exc:
        raise DecryptionError("cannot decrypt field") from exc
    for master in masters:
        aead = AESGCM(hmac.digest(master, _FIELD_PURPOSE, "sha256"))
        try:
            return aead.decrypt(raw[:12], raw[12:], aad).decode("utf-8")
        except InvalidTag:  # sealed under another configured master key: try the next
            continue
    raise DecryptionError("cannot decrypt field")


def mask_phone(phone: str) -> str:
    """138****5678 style masking for display."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= 7:
        return f"{digits[:3]}****{digits[-4:]}"
    return "****" if digits else ""
