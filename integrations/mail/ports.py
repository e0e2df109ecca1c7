"""What DingHire needs to send a candidate an e-mail; adapters implement `Mailer`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Email:
    """One e-mail to one address; `message_id` is stable per message so a client can de-dup."""

    to: str
    subject: str
    text: str
    html: str = ""
    message_id: str = ""
    # Extra headers, e.g. List-Unsubscribe.
    headers: dict[str, str] = field(default_factory=dict, hash=False)


class MailError(Exception):
    """The e-mail was not accepted; `retryable` says whether trying later may help."""

    def __init__(self, message: str, *, retryable: bool, code: int | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.code = code


class Mailer(Protocol):
    """Sends e-mail."""

    async def send(self, email: Email) -> str:
        """Hand the e-mail to the mail server; returns its Message-ID. Raises MailError."""
        ...
