"""A message to a candidate outside the organisation, as typed data, and the port that words it.

The use cases say what to tell (`CandidateMessage`: kind and facts);
`Services.present.candidate_mail` (the `CandidateMailPresenter` port, implemented by
`bot/presenters/candidate_mail.py`, wired by the bootstrap) words it for e-mail and fills the
SMS template's variables (SMS bodies are the templates approved at Alibaba Cloud, their codes in
DINGHIRE_SMS_TEMPLATES; only the variables are sent: docs/candidate-channels.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class CandidateMessage:
    """One message to a candidate, before it is shaped for a channel."""

    kind: str  # invitation | reminder | decision | offer (settings.SMS_KINDS)
    name: str
    job_title: str
    link: str = ""
    deadline: datetime | None = None
    # The full Chinese text (decision and offer notices), and its short form for SMS.
    body: str = ""
    result: str = ""


@dataclass(frozen=True, slots=True)
class Email:
    """An e-mail as sent: subject, plain text and the same as simple HTML."""

    subject: str
    text: str
    html: str


class CandidateMailPresenter(Protocol):
    """Words candidate messages for e-mail and SMS."""

    def email(self, message: CandidateMessage, unsubscribe_link: str) -> Email:
        """The e-mail, with the way to stop these e-mails."""
        ...

    def sms_params(self, message: CandidateMessage) -> dict[str, str]:
        """The variables of the approved SMS template of this kind."""
        ...
