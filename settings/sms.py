"""SMS to candidates outside the organisation (Alibaba Cloud SMS, dysmsapi 2017-05-25)."""

from __future__ import annotations

from pydantic import Field, SecretStr

from settings.base import Section, is_placeholder, section_config

# What each candidate message needs as an approved SMS template (template code per kind).
SMS_KINDS = ("invitation", "reminder", "decision", "offer")


class SmsSettings(Section):
    """Alibaba Cloud SMS: credentials, the approved signature and template codes."""

    model_config = section_config("sms")

    enabled: bool = False
    access_key_id: str = ""
    access_key_secret: SecretStr | None = None
    # dysmsapi.aliyuncs.com in production; a local server of the same protocol in tests.
    endpoint: str = "dysmsapi.aliyuncs.com"
    protocol: str = "https"
    region_id: str = "cn-hangzhou"
    # The approved signature (签名), e.g. 某某科技.
    sign_name: str = ""
    # Approved template codes (模板CODE) by kind, e.g.
    # DINGHIRE_SMS_TEMPLATES='{"invitation": "SMS_123", "reminder": "SMS_124", ...}'. The
    # templates' variables and suggested wording are in docs/candidate-channels.md.
    templates: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = 10.0

    def problems(self, *, production: bool) -> list[str]:
        """What stops SMS from working (empty unless it is enabled)."""
        if not self.enabled:
            return []
        found: list[str] = []
        if not self.access_key_id.strip():
            found.append("DINGHIRE_SMS_ACCESS_KEY_ID: required when DINGHIRE_SMS_ENABLED=true")
        if is_placeholder(self.access_key_secret):
            found.append("DINGHIRE_SMS_ACCESS_KEY_SECRET: missing or placeholder")
        if not self.sign_name.strip():
            found.append("DINGHIRE_SMS_SIGN_NAME: the approved SMS signature (签名) is required")
        unknown = sorted(set(self.templates) - set(SMS_KINDS))
        if unknown:
            found.append(
                f"DINGHIRE_SMS_TEMPLATES: unknown kind(s) {', '.join(unknown)}; "
                f"use {', '.join(SMS_KINDS)}"
            )
        missing = [k for k in SMS_KINDS if not self.templates.get(k, "").strip()]
        if missing:
            found.append(
                f"DINGHIRE_SMS_TEMPLATES: no template code for {', '.join(missing)} "
                "(those messages fall back to e-mail or HR)"
            )
        if self.protocol not in ("https", "http"):
            found.append("DINGHIRE_SMS_PROTOCOL: https or http")
        elif production and self.protocol != "https":
            found.append("DINGHIRE_SMS_PROTOCOL: must be https in production")
        return found
