"""Shared pieces of the settings: the env prefix, .env support and secret checks."""

from __future__ import annotations

import base64
import binascii
import contextlib
import ipaddress
from enum import StrEnum
from urllib.parse import urlsplit

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "DINGHIRE_"

# Values that mark a secret as "not really set": refused outside dev mode.
_PLACEHOLDER_MARKERS = (
    "changeme",
    "change-me",
    "placeholder",
    "dev-insecure",
    "your-",
    "xxx",
    "todo",
)


class Mode(StrEnum):
    """How the process runs: dev allows built-in secrets, production refuses them."""

    DEV = "dev"
    TEST = "test"
    PRODUCTION = "production"


def section_config(section: str) -> SettingsConfigDict:
    """Config for one settings section: `DINGHIRE_<SECTION>_<FIELD>`, read from env and .env."""
    prefix = f"{ENV_PREFIX}{section.upper()}_" if section else ENV_PREFIX
    return SettingsConfigDict(
        env_prefix=prefix,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )


class Section(BaseSettings):
    """Base class of one concern's settings."""

    def secret_fields(self) -> dict[str, SecretStr | None]:
        """The SecretStr fields of this section, by field name."""
        out: dict[str, SecretStr | None] = {}
        for name, info in type(self).model_fields.items():
            value = getattr(self, name)
            if isinstance(value, SecretStr) or (
                value is None and "SecretStr" in str(info.annotation)
            ):
                out[name] = value
        return out


def is_placeholder(value: SecretStr | None) -> bool:
    """True when a secret is missing, empty or an obvious placeholder."""
    if value is None:
        return True
    raw = value.get_secret_value().strip()
    if not raw:
        return True
    candidates = [raw.lower()]
    # Keys are often base64; a placeholder may hide inside.
    with contextlib.suppress(binascii.Error, ValueError):
        candidates.append(base64.b64decode(raw, validate=True).decode("utf-8", "ignore").lower())
    return any(marker in text for text in candidates for marker in _PLACEHOLDER_MARKERS)


def is_loopback_url(url: str) -> bool:
    """True when the URL's host is this machine (127.0.0.0/8, ::1 or localhost)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(host).is_loopback
    return False
