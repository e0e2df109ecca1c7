"""DingHire settings: one pydantic-settings section per concern, env prefix `DINGHIRE_`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings

from settings.analysis import AnalysisSettings, AsrEngine, LlmResponseFormat, ScoringEngine
from settings.base import Mode, is_placeholder, section_config
from settings.database import DatabaseSettings
from settings.dingtalk import PLACEHOLDER_CARD_TEMPLATES, DingTalkSettings
from settings.mail import MailSettings
from settings.offers import OffersSettings
from settings.redis import JobBackend, RedisSettings
from settings.secrets_policy import security_problems
from settings.security import SecuritySettings
from settings.server import ServerSettings
from settings.sms import SMS_KINDS, SmsSettings
from settings.storage import StorageBackend, StorageSettings

__all__ = [
    "SMS_KINDS",
    "AnalysisSettings",
    "AsrEngine",
    "DatabaseSettings",
    "DingTalkSettings",
    "JobBackend",
    "LlmResponseFormat",
    "MailSettings",
    "Mode",
    "OffersSettings",
    "RedisSettings",
    "ScoringEngine",
    "SecuritySettings",
    "ServerSettings",
    "Settings",
    "SettingsError",
    "SmsSettings",
    "StorageBackend",
    "StorageSettings",
    "load_settings",
]

_SECTIONS = (
    "database",
    "redis",
    "storage",
    "dingtalk",
    "security",
    "analysis",
    "server",
    "offers",
    "mail",
    "sms",
)


class SettingsError(Exception):
    """Invalid configuration; `problems` names each bad setting by its env variable."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class Settings(BaseSettings):
    """All settings of one process."""

    model_config = section_config("")

    mode: Mode = Mode.DEV
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    dingtalk: DingTalkSettings = Field(default_factory=DingTalkSettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)
    analysis: AnalysisSettings = Field(default_factory=AnalysisSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    offers: OffersSettings = Field(default_factory=OffersSettings)
    mail: MailSettings = Field(default_factory=MailSettings)
    sms: SmsSettings = Field(default_factory=SmsSettings)

    @property
    def sandbox_origin(self) -> str | None:
        """The local emulator's origin, whose sandbox console may frame the app's pages (the
        candidate phone); only outside production with DingTalk on the loopback emulator."""
        dt = self.dingtalk
        if self.mode is Mode.PRODUCTION or not dt.enabled or not dt.uses_emulator:
            return None
        parts = urlsplit(dt.api_endpoint)
        return f"{parts.scheme}://{parts.netloc}"

    def problems(self) -> list[str]:
        """Settings that are unacceptable in the current mode, named by env variable."""
        # Every mode fails closed: the public built-in keys only inside the local sandbox.
        found = security_problems(
            self.security, self.dingtalk, self.server, production=self.mode is Mode.PRODUCTION
        )
        # A chosen engine without its server is broken in every mode, not only in production.
        found += self.analysis.llm_problems()
        # Candidate channels switched on but unusable would silently fall back to HR forwarding.
        production = self.mode is Mode.PRODUCTION
        found += self.mail.problems(production=production)
        found += self.sms.problems(production=production)
        found += self.storage.storage_problems()
        if self.mode is Mode.DEV or self.mode is Mode.TEST:
            return found
        for section in _SECTIONS:
            if section == "security":
                continue  # checked above, with length and randomness
            sub = getattr(self, section)
            for name, value in sub.secret_fields().items():
                if section == "dingtalk" and not self.dingtalk.enabled:
                    continue
                if section in ("mail", "sms"):
                    continue  # optional channels: their own problems() above
                if section == "storage":
                    continue  # the S3 keys matter only with the S3 backend: storage_problems
                if section == "analysis" and name == "llm_api_key":
                    continue  # optional: on-prem model servers often run without a key
                if is_placeholder(value):
                    found.append(
                        f"DINGHIRE_{section.upper()}_{name.upper()}: missing or placeholder secret"
                    )
        if self.dingtalk.enabled and self.dingtalk.card_template_id in PLACEHOLDER_CARD_TEMPLATES:
            found.append(
                "DINGHIRE_DINGTALK_CARD_TEMPLATE_ID: missing or the emulator's placeholder; "
                "create the card template in 卡片平台 and set its id"
            )
        if self.dingtalk.enabled and self.dingtalk.uses_emulator:
            found.append(
                "DINGHIRE_DINGTALK_API_ENDPOINT: points at the local emulator; "
                "production uses https://api.dingtalk.com"
            )
        return found

    def masked(self) -> dict[str, Any]:
        """The effective configuration with every secret masked."""
        out: dict[str, Any] = {"mode": self.mode.value}
        for section in _SECTIONS:
            data = getattr(self, section).model_dump(mode="json")
            for key, value in list(data.items()):
                raw = getattr(getattr(self, section), key)
                if isinstance(raw, SecretStr):
                    data[key] = "(missing)" if not raw.get_secret_value() else "**********"
                elif key == "url" and isinstance(value, str) and "@" in value:
                    data[key] = _mask_url_password(value)
            out[section] = data
        return out


def _mask_url_password(url: str) -> str:
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:****@{host}" if ":" in creds else url


_SECTION_TYPES: dict[str, type[BaseSettings]] = {
    "database": DatabaseSettings,
    "redis": RedisSettings,
    "storage": StorageSettings,
    "dingtalk": DingTalkSettings,
    "security": SecuritySettings,
    "analysis": AnalysisSettings,
    "server": ServerSettings,
    "offers": OffersSettings,
    "mail": MailSettings,
    "sms": SmsSettings,
}


def load_settings(*, strict: bool = True, **overrides: Any) -> Settings:
    """Read settings from the environment and .env; raise SettingsError naming bad settings."""
    problems: list[str] = []
    sections: dict[str, Any] = {}
    # Sections are built one by one so an error can be named by its full env variable.
    for name, section_type in _SECTION_TYPES.items():
        if name in overrides:
            continue
        try:
            sections[name] = section_type()
        except ValidationError as exc:
            problems.extend(_describe(err, name) for err in exc.errors())
    if problems:
        raise SettingsError(problems)
    try:
        settings = Settings(**sections, **overrides)
    except ValidationError as exc:
        raise SettingsError([_describe(err, "") for err in exc.errors()]) from exc
    if strict:
        problems = settings.problems()
        if problems:
            raise SettingsError(problems)
    return settings


def _describe(err: Any, section: str) -> str:
    loc = [str(part) for part in err.get("loc", ())]
    parts = [section, *loc] if section else loc
    name = "DINGHIRE_" + "_".join(parts).upper() if parts else "DINGHIRE_?"
    return f"{name}: {err.get('msg', 'invalid')}"
