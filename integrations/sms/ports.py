"""What DingHire needs to send a candidate a text message; adapters implement `SmsSender`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Sms:
    """One templated SMS: carriers in China only deliver approved templates, filled by variable."""

    phone: str
    template_code: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    # Our id for the message (echoed in delivery receipts).
    out_id: str = ""


class SmsError(Exception):
    """The SMS was not accepted; `retryable` says whether trying later may help."""

    def __init__(
        self, message: str, *, code: str, retryable: bool, retry_after_s: float | None = None
    ) -> None:
        super().__init__(f"{message} code={code}")
        self.code = code
        self.retryable = retryable
        self.retry_after_s = retry_after_s


class SmsSender(Protocol):
    """Sends templated SMS."""

    async def send(self, sms: Sms) -> str:
        """Send one SMS; returns the provider's id for it. Raises SmsError."""
        ...
