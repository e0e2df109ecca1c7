"""Encryption of PII fields at rest and keyed hashes for finding duplicates."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = "v1"


class DecryptionError(Exception):
    """Ciphertext is corrupt or was made with another key."""


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


class PiiVault:
    """AES-256-GCM for short personal fields; HMAC-SHA256 for lookups without plaintext."""

    def __init__(self, master_key: bytes, hash_key: bytes) -> None:
        if len(master_key) != 32:
            raise ValueError("master key must be 32 bytes")
        # A field key derived from the master key keeps field and media keys apart.
        self._aead = AESGCM(hmac.digest(master_key, b"dinghire/pii-field/v1", "sha256"))
        self._hash_key = hash_key

    def encrypt(self, plaintext: str, *, context: str = "") -> str:
        """Encrypt one field value; empty stays empty."""
        if not plaintext:
            return ""
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode())
        return f"{_VERSION}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, token: str, *, context: str = "") -> str:
        """Decrypt a value made by `encrypt`."""
        if not token:
            return ""
        version, _, body = token.partition(":")
        if version != _VERSION:
            raise DecryptionError(f"unknown ciphertext version {version!r}")
        try:
            raw = base64.urlsafe_b64decode(body.encode())
            return self._aead.decrypt(raw[:12], raw[12:], context.encode()).decode("utf-8")
        except Exception as exc:
            raise DecryptionError("cannot decrypt field") from exc

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


def mask_phone(phone: str) -> str:
    """138****5678 style masking for display."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= 7:
        return f"{digits[:3]}****{digits[-4:]}"
    return "****" if digits else ""
