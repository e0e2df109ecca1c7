"""Fail closed on secrets: built-in ones only inside the local sandbox, real ones long and random.

Outside the sandbox (a real DingTalk endpoint or a public URL) the public development keys would
let anyone forge HR sessions and offer links and decrypt every resume, whatever `mode` says.
"""

from __future__ import annotations

import base64
import binascii
import contextlib

from pydantic import SecretStr

from settings.base import is_loopback_url, is_placeholder
from settings.dingtalk import DingTalkSettings
from settings.security import SecuritySettings
from settings.server import ServerSettings

MIN_SECRET_BYTES = 32
# 32 random bytes show far more distinct values than this; "aaaa…" or "12341234…" do not.
MIN_DISTINCT_BYTES = 12
_SECURITY_KEYS = ("secret_key", "master_key", "hash_key")


def in_sandbox(dingtalk: DingTalkSettings, server: ServerSettings) -> bool:
    """True when nothing outside this machine can see the app: emulator (or no DingTalk) and a
    loopback public URL. Only then may the public built-in development secrets be used."""
    dingtalk_local = not dingtalk.enabled or (
        is_loopback_url(dingtalk.api_endpoint) and is_loopback_url(dingtalk.oapi_endpoint)
    )
    return dingtalk_local and is_loopback_url(server.public_base_url)


def _secret_bytes(value: str) -> bytes:
    # Keys are usually base64 of random bytes; anything else counts by its UTF-8 bytes.
    with contextlib.suppress(binascii.Error, ValueError):
        decoded = base64.b64decode(value, validate=True)
        if len(decoded) >= MIN_SECRET_BYTES:
            return decoded
    return value.encode("utf-8")


def weakness(value: SecretStr | None) -> str | None:
    """Why a security key is unacceptable outside the sandbox, or None when it is strong."""
    if is_placeholder(value):
        return "missing, placeholder or the public built-in development value"
    assert value is not None
    raw = _secret_bytes(value.get_secret_value())
    if len(raw) < MIN_SECRET_BYTES:
        return f"only {len(raw)} bytes; use at least {MIN_SECRET_BYTES} random bytes (base64)"
    if len(set(raw)) < MIN_DISTINCT_BYTES:
        return "not random (too few distinct bytes); generate it from os.urandom"
    return None


def security_problems(
    security: SecuritySettings,
    dingtalk: DingTalkSettings,
    server: ServerSettings,
    *,
    production: bool,
) -> list[str]:
    """Each refusal of the security keys, named by env variable with its reason."""
    if not production and in_sandbox(dingtalk, server):
        return []  # nothing outside this machine can see the app: the built-in keys are fine
    found: list[str] = []
    values: dict[str, str] = {}
    for name in _SECURITY_KEYS:
        value: SecretStr = getattr(security, name)
        values[name] = value.get_secret_value()
        reason = weakness(value)
        if reason is None:
            continue
        found.append(f"DINGHIRE_SECURITY_{name.upper()}: {reason}")
    if len(set(values.values())) < len(values):
        found.append(
            "DINGHIRE_SECURITY_SECRET_KEY, _MASTER_KEY and _HASH_KEY: must be three different keys"
        )
    return found
