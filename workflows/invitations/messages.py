"""What an invitation message says, as typed data; the chat front door words it.

Use cases and jobs build an `InviteMessage` (to the candidate) or an `HrInviteNotice` (to HR)
and have `Services.present.invitations` (the `InvitationPresenter` port, implemented by
`bot/presenters/invitations.py` and wired by the bootstrap) turn it into a DingTalk message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from integrations.dingtalk.messages import ActionCard, Markdown
from workflows.invitations.models import InvitationChannel


class InviteKind(StrEnum):
    """Which candidate message: the first invitation, a reminder, or a new slot after a miss."""

    INVITATION = "invitation"
    REMINDER = "reminder"
    NEW_SLOT = "new_slot"


@dataclass(frozen=True, slots=True)
class InviteMessage:
    """An invitation message to the candidate, with its link to the interview."""

    kind: InviteKind
    name: str  # "" when the resume gave none
    job_title: str
    deadline: datetime
    link: str
    channel: InvitationChannel
    tag: str = ""  # a reminder's: "24h" or "2h"
    missed_deadline: datetime | None = None  # a new slot's: the deadline that passed


class HrInviteKind(StrEnum):
    """What HR must do about an invitation."""

    FORWARD = "forward"  # pass the link on: the bot cannot reach the candidate
    REMIND = "remind"  # pass a reminder on
    FINAL_MISS = "final_miss"  # missed twice: no more automatic slots


@dataclass(frozen=True, slots=True)
class HrInviteNotice:
    """A message to HR about one candidate's invitation."""

    kind: HrInviteKind
    name: str
    job_title: str
    deadline: datetime
    link: str = ""
    tag: str = ""
    job_id: int = 0
    application_id: int = 0


class InvitationPresenter(Protocol):
    """Words invitation messages for DingTalk."""

    def to_candidate(self, message: InviteMessage) -> ActionCard:
        """The candidate's card with the button into the interview."""
        ...

    def to_hr(self, notice: HrInviteNotice) -> Markdown:
        """HR's message."""
        ...
