"""How a candidate can be reached: the one rule invitations, decisions and offers share."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from integrations.dingtalk.messages import Recipient
from workflows.candidates.models import Candidate


class Channel(StrEnum):
    """How a message reaches the candidate (stored as Invitation.channel and on notices)."""

    DIRECT = "dingtalk_direct"  # robot 1:1 chat with an org member
    GROUP = "dingtalk_group"  # the group conversation the resume came from
    MANUAL = "manual"  # no channel reaches the candidate: HR forwards the link
    EMAIL = "email"  # outside the org: e-mail (workflows.messaging.external)
    SMS = "sms"  # outside the org: SMS


@dataclass(frozen=True, slots=True)
class Reach:
    """How a candidate can be reached: a channel and, unless manual, a recipient."""

    channel: Channel
    recipient: Recipient | None


def reach_candidate(candidate: Candidate) -> Reach:
    """1:1 for org members; else the group the resume came from; else nothing (HR forwards)."""
    if candidate.dingtalk_user_id:
        return Reach(Channel.DIRECT, Recipient.users(candidate.dingtalk_user_id))
    if candidate.source_conversation_id:
        # The robot cannot batchSend to a non-member (wire contract §8); the group reaches them.
        return Reach(Channel.GROUP, Recipient.group(candidate.source_conversation_id))
    return Reach(Channel.MANUAL, None)
