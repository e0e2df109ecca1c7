"""E-mail to candidates outside the organisation (SMTP)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import SecretStr

from settings.base import Section, is_placeholder, section_config

_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MailSettings(Section):
    """The SMTP server DingHire sends candidate e-mail through; off unless enabled."""

    model_config = section_config("mail")

    enabled: bool = False
    host: str = ""
    port: int = 465
    # ssl: SMTPS (implicit TLS, usually 465); starttls: upgrade on 587/25; none: local relay only.
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str = ""
    password: SecretStr | None = None
    # The sender, e.g. 招聘 <hr@example.com>: the address must be one the server may send as.
    from_address: str = ""
    from_name: str = "招聘团队"
    reply_to: str = ""
    timeout_s: float = 15.0

    def problems(self, *, production: bool) -> list[str]:
        """What stops e-mail from working (empty unless it is enabled)."""
        if not self.enabled:
            return []
        found: list[str] = []
        if not self.host.strip():
            found.append("DINGHIRE_MAIL_HOST: required when DINGHIRE_MAIL_ENABLED=true")
        if not 0 < self.port < 65536:
            found.append("DINGHIRE_MAIL_PORT: must be 1-65535")
        if not _ADDRESS.match(self.from_address.strip()):
            found.append(
                "DINGHIRE_MAIL_FROM_ADDRESS: a valid sender address is required, "
                "e.g. hr@example.com"
            )
        if self.reply_to and not _ADDRESS.match(self.reply_to.strip()):
            found.append("DINGHIRE_MAIL_REPLY_TO: not a valid e-mail address")
        if self.username and is_placeholder(self.password):
            found.append(
                "DINGHIRE_MAIL_PASSWORD: missing or placeholder (DINGHIRE_MAIL_USERNAME is set)"
            )
        if production and self.security == "none":
            found.append(
                "DINGHIRE_MAIL_SECURITY: 'none' sends candidate data unencrypted; "
                "use ssl or starttls in production"
            )
        return found
