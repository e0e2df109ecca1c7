"""Keys for signing, encryption at rest and keyed hashes."""

from __future__ import annotations

import base64
import binascii

from pydantic import SecretStr, field_validator

from settings.base import Section, section_config

# Dev-only defaults; refused in production by `Settings.problems()`.
_DEV_MASTER_KEY = base64.b64encode(b"dev-insecure-master-key-32bytes!").decode()


class SecuritySettings(Section):
    """Secrets that protect candidate data and signed links."""

    model_config = section_config("security")

    secret_key: SecretStr = SecretStr("dev-insecure-secret-key")
    master_key: SecretStr = SecretStr(_DEV_MASTER_KEY)
    hash_key: SecretStr = SecretStr("dev-insecure-hash-key")
    # Master keys being rotated out (comma-separated base64): still read, never written with.
    previous_master_keys: SecretStr = SecretStr("")
    invite_ttl_hours: int = 72

    @field_validator("master_key")
    @classmethod
    def _master_key_is_32_bytes(cls, value: SecretStr) -> SecretStr:
        try:
            raw = base64.b64decode(value.get_secret_value(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("master_key must be base64 of 32 random bytes") from exc
        if len(raw) != 32:
            raise ValueError(f"master_key must decode to 32 bytes, got {len(raw)}")
        return value

    @field_validator("previous_master_keys")
    @classmethod
    def _previous_are_32_bytes(cls, value: SecretStr) -> SecretStr:
        for item in filter(None, value.get_secret_value().split(",")):
            cls._master_key_is_32_bytes(SecretStr(item.strip()))
        return value

    def previous_master_key_bytes(self) -> tuple[bytes, ...]:
        """The previous master keys, newest first (read during a rotation)."""
        raw = self.previous_master_keys.get_secret_value().split(",")
        return tuple(base64.b64decode(item.strip()) for item in raw if item.strip())

    def master_key_bytes(self) -> bytes:
        """The 32-byte key-encryption key."""
        return base64.b64decode(self.master_key.get_secret_value())
