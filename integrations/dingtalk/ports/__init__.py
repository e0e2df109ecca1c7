"""Typed ports for what DingHire needs from DingTalk; adapters implement them.

Inbound types (messages, card actions, events) live in `integrations.dingtalk.inbound`;
the outgoing message model and its outbox payload live in `integrations.dingtalk.messages`.
Both are re-exported here so callers import ports only. The ports themselves are grouped by
concern: `messaging` (tokens, robot messages, cards, files), `approvals`, `hrm` and `login`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from integrations.dingtalk.inbound import (
    ApprovalEvent,
    CardAction,
    CardUpdate,
    Event,
    InboundMessage,
)
from integrations.dingtalk.messages import (
    ActionButton,
    ActionCard,
    InteractiveCard,
    Markdown,
    MessageContent,
    MessageKind,
    OutgoingMessage,
    Recipient,
    RecipientKind,
    Text,
)
from integrations.dingtalk.ports.approvals import (
    ApprovalInstance,
    ApprovalRecord,
    Approvals,
    ApprovalTask,
    ApproverActionType,
    ApproverStep,
    FormComponent,
    FormValue,
    ProcessTemplate,
    StartApproval,
)
from integrations.dingtalk.ports.hrm import (
    Dismission,
    Hrm,
    OnJobStatus,
    PreEntry,
    PreEntryResult,
    RosterEntry,
    RosterField,
    RosterFields,
)
from integrations.dingtalk.ports.login import ExternalUser, Login, OrgUser
from integrations.dingtalk.ports.messaging import (
    AccessToken,
    AccessTokenProvider,
    CallCounter,
    CardDelivery,
    Cards,
    Files,
    RobotMessenger,
    SendResult,
)

__all__ = [
    "AccessToken",
    "AccessTokenProvider",
    "ActionButton",
    "ActionCard",
    "ApprovalEvent",
    "ApprovalInstance",
    "ApprovalRecord",
    "ApprovalTask",
    "Approvals",
    "ApproverActionType",
    "ApproverStep",
    "CallCounter",
    "CardAction",
    "CardDelivery",
    "CardHandler",
    "CardUpdate",
    "Cards",
    "DeliveryLog",
    "DingTalkPorts",
    "Dismission",
    "Event",
    "EventHandler",
    "ExternalUser",
    "Files",
    "FormComponent",
    "FormValue",
    "Hrm",
    "InboundMessage",
    "InteractiveCard",
    "Login",
    "Markdown",
    "MessageContent",
    "MessageHandler",
    "MessageKind",
    "OnJobStatus",
    "OrgUser",
    "OutgoingMessage",
    "PreEntry",
    "PreEntryResult",
    "ProcessTemplate",
    "Recipient",
    "RecipientKind",
    "RobotMessenger",
    "RosterEntry",
    "RosterField",
    "RosterFields",
    "SendResult",
    "StartApproval",
    "Text",
]


# ---------------------------------------------------------------- inbound


MessageHandler = Callable[[InboundMessage], Awaitable[None]]
CardHandler = Callable[[CardAction], Awaitable[CardUpdate | None]]
EventHandler = Callable[[Event], Awaitable[None]]


class DeliveryLog(Protocol):
    """Remembers processed deliveries so a duplicate is handled once."""

    async def first(self, key: str, kind: str) -> bool:
        """True the first time `key` is seen; False for a duplicate."""
        ...

    async def forget(self, key: str) -> None:
        """Forget `key` (its processing failed; a redelivery should run again)."""
        ...


class DingTalkPorts(Protocol):
    """The DingTalk capabilities handlers and use cases reach (DingTalkClients in production)."""

    messenger: RobotMessenger
    cards: Cards
    files: Files
    approvals: Approvals
    hrm: Hrm
    login: Login
