"""Typed ports for what DingHire needs from DingTalk; adapters implement them.

Inbound types (messages, card actions, events) live in `integrations.dingtalk.inbound`;
the outgoing message model and its outbox payload live in `integrations.dingtalk.messages`.
Both are re-exported here so callers import ports only.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any, Protocol

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


# ---------------------------------------------------------------- access tokens


@dataclass(frozen=True)
class AccessToken:
    """A token and how long it lives from the moment it was fetched."""

    value: str
    expires_in_s: float


class CallCounter(Protocol):
    """Counts the calls DingTalk counts against the org's monthly quota, by API."""

    async def count(self, api: str) -> None:
        """Record one call of `api` (must not raise: counting never blocks a call)."""
        ...


class AccessTokenProvider(Protocol):
    """Cached app access token, refreshed before expiry; concurrent callers share one refresh."""

    async def get(self) -> str:
        """A token valid for at least a little while."""
        ...

    async def invalidate(self, token: str | None = None) -> None:
        """Drop the cached token (DingTalk rejected it)."""
        ...


# ---------------------------------------------------------------- robot messages


@dataclass(frozen=True)
class SendResult:
    """What DingTalk answered to a send; `process_query_key` identifies proactive sends."""

    process_query_key: str = ""
    out_track_id: str = ""
    invalid_user_ids: tuple[str, ...] = ()
    flow_controlled_user_ids: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """JSON-able form, stored on the outbox row."""
        return {
            "process_query_key": self.process_query_key,
            "out_track_id": self.out_track_id,
            "invalid_user_ids": list(self.invalid_user_ids),
            "flow_controlled_user_ids": list(self.flow_controlled_user_ids),
        }


class RobotMessenger(Protocol):
    """Sends robot messages: session-webhook reply, one-to-one batch, group, interactive card."""

    async def send(self, message: OutgoingMessage) -> SendResult:
        """Send one normalised message to its recipient."""
        ...

    async def reply(self, session_webhook: str, content: MessageContent) -> SendResult:
        """Reply in the conversation a message came from (no token needed)."""
        ...

    async def send_to_users(self, user_ids: tuple[str, ...], content: MessageContent) -> SendResult:
        """One-to-one batch send from the robot to org users."""
        ...

    async def send_to_group(self, open_conversation_id: str, content: MessageContent) -> SendResult:
        """Send to a group the robot is in."""
        ...


# ---------------------------------------------------------------- interactive cards


@dataclass(frozen=True)
class CardDelivery:
    """Result of delivering a card: per-space success."""

    out_track_id: str
    delivered_to: tuple[str, ...] = ()
    failures: tuple[str, ...] = ()


class Cards(Protocol):
    """Interactive cards (card_1_0): create-and-deliver and update."""

    async def create_and_deliver(
        self,
        card: InteractiveCard,
        *,
        user_ids: tuple[str, ...] = (),
        open_conversation_id: str = "",
    ) -> CardDelivery:
        """Create the card and deliver it to users' robot chats or to a group."""
        ...

    async def update(
        self,
        out_track_id: str,
        card_data: Mapping[str, str],
        private_data: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """Update card fields by key."""
        ...


# ---------------------------------------------------------------- files


class Files(Protocol):
    """Files a user sent to the bot, and media uploads for sending files back."""

    async def download(self, download_code: str, *, max_bytes: int) -> bytes:
        """Fetch a received file; raises DingTalkFileTooLargeError above `max_bytes`."""
        ...

    async def upload_media(self, content: bytes, filename: str, media_type: str = "file") -> str:
        """Upload a file (oapi media/upload) and return its media id."""
        ...


# ---------------------------------------------------------------- approvals


class ApproverActionType(StrEnum):
    """How a step with several approvers completes."""

    NONE = "NONE"  # single approver
    AND = "AND"  # 会签: everyone must approve
    OR = "OR"  # 或签: anyone may approve


@dataclass(frozen=True)
class ApproverStep:
    """One approval step."""

    user_ids: tuple[str, ...]
    action_type: ApproverActionType = ApproverActionType.NONE


@dataclass(frozen=True)
class FormComponent:
    """A field of an approval form template."""

    label: str
    component_type: str = "TextField"
    required: bool = False
    placeholder: str = ""


@dataclass(frozen=True)
class ProcessTemplate:
    """An OA approval template to find by name or create."""

    name: str
    description: str
    components: tuple[FormComponent, ...]


@dataclass(frozen=True)
class FormValue:
    """A filled form field."""

    name: str
    value: str


@dataclass(frozen=True)
class StartApproval:
    """Everything needed to start an approval instance."""

    process_code: str
    originator_user_id: str
    form: tuple[FormValue, ...]
    approvers: tuple[ApproverStep, ...] = ()
    dept_id: int | None = None
    cc_user_ids: tuple[str, ...] = ()
    business_id: str = ""


@dataclass(frozen=True)
class ApprovalTask:
    """One approver's task in an instance."""

    task_id: int
    user_id: str
    status: str
    result: str


@dataclass(frozen=True)
class ApprovalRecord:
    """One entry of an instance's history (`operationRecords`), oldest first."""

    user_id: str
    # START_PROCESS_INSTANCE | EXECUTE_TASK_NORMAL | EXECUTE_TASK_AGENT | TERMINATE_PROCESS_INSTANCE
    # | ADD_REMARK | ...; kept as DingTalk sends it (the list is not confirmed to be complete).
    type: str
    result: str  # AGREE | REFUSE | NONE (the case is not confirmed either) | ""
    remark: str
    at: datetime | None  # timezone-aware; None when missing or unreadable

    @property
    def refused(self) -> bool:
        """An approver refused here."""
        return self.result.upper() == "REFUSE"

    @property
    def terminated(self) -> bool:
        """The instance was withdrawn here."""
        return self.type.upper() == "TERMINATE_PROCESS_INSTANCE"


@dataclass(frozen=True)
class ApprovalInstance:
    """An approval instance as DingTalk reports it."""

    instance_id: str
    title: str
    status: str  # NEW | RUNNING | TERMINATED | COMPLETED | CANCELED
    result: str  # agree | refuse | ""
    business_id: str
    originator_user_id: str
    form: tuple[FormValue, ...]
    tasks: tuple[ApprovalTask, ...]
    records: tuple[ApprovalRecord, ...] = ()

    @property
    def approved(self) -> bool:
        """Completed and agreed."""
        return self.status == "COMPLETED" and self.result == "agree"


class Approvals(Protocol):
    """OA approvals (workflow_1_0)."""

    async def ensure_process(self, template: ProcessTemplate) -> str:
        """The processCode of the template with this name, creating it if missing."""
        ...

    async def start(self, request: StartApproval) -> str:
        """Start an instance; returns its id."""
        ...

    async def get(self, instance_id: str) -> ApprovalInstance:
        """Read one instance."""
        ...


# ---------------------------------------------------------------- 智能人事


@dataclass(frozen=True)
class PreEntry:
    """A 待入职 employee to add."""

    name: str
    mobile: str
    pre_entry_time: datetime
    op_user_id: str = ""
    position: str = ""
    dept_ids: tuple[int, ...] = ()
    main_dept_id: int | None = None
    main_dept_name: str = ""
    work_place: str = ""
    employee_type: int = 1  # 1 全职, 2 兼职, 3 实习, ...
    # Extra 花名册 archive values by field name (or system field code such as sys00-remark): the
    # interview summary in the fields the org chose. DingTalk assigns custom field codes, so the
    # adapter looks them up in the roster metadata. Left out of the hash so the record stays
    # hashable; copied so it cannot change.
    fields: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", {str(k): str(v) for k, v in self.fields.items()})


@dataclass(frozen=True)
class PreEntryResult:
    """The 待入职 record made, and the archive fields DingTalk did not take (with why)."""

    user_id: str
    not_written: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class RosterField:
    """One 花名册 field of the org's roster metadata."""

    code: str
    name: str
    group_id: str
    derived: bool = False


@dataclass(frozen=True)
class RosterFields:
    """The org's 花名册 field metadata."""

    fields: tuple[RosterField, ...] = ()

    @property
    def by_code(self) -> dict[str, RosterField]:
        """Fields by code."""
        return {f.code: f for f in self.fields}

    @property
    def by_name(self) -> dict[str, RosterField]:
        """Writable fields by name (the first of a name wins)."""
        out: dict[str, RosterField] = {}
        for f in self.fields:
            if not f.derived:
                out.setdefault(f.name, f)
        return out


@dataclass(frozen=True)
class RosterEntry:
    """Roster (花名册) fields of one employee, by field code (e.g. sys00-name)."""

    user_id: str
    fields: Mapping[str, str] = field(default_factory=dict)


class OnJobStatus(IntEnum):
    """智能人事 on-job status codes (queryonjob status_list)."""

    PROBATION = 2  # 试用期
    REGULAR = 3  # 正式
    LEAVING = 5  # 待离职
    NONE = -1  # 无状态


@dataclass(frozen=True)
class Dismission:
    """Why and when an employee left (v1.0 hrm/employees/dimissionInfos)."""

    user_id: str
    last_work_day: datetime | None
    reason_memo: str = ""
    voluntary_reasons: tuple[str, ...] = ()
    passive_reasons: tuple[str, ...] = ()
    pre_status: int | None = None  # 1 待入职, 2 试用期, 3 正式
    status: int | None = None  # 1 待离职, 2 已离职, 3 neither, 4 approval pending


class Hrm(Protocol):
    """智能人事: pre-entry, roster, on-job status and leaving."""

    async def add_pre_entry(self, entry: PreEntry) -> PreEntryResult:
        """Add a 待入职 record; returns its user id and the archive fields not written."""
        ...

    async def roster_fields(self) -> RosterFields:
        """The org's 花名册 field metadata."""
        ...

    async def list_pre_entries(self, offset: int = 0, size: int = 50) -> tuple[str, ...]:
        """User ids of pre-entry employees."""
        ...

    async def read_roster(
        self, user_ids: tuple[str, ...], field_codes: tuple[str, ...] = ()
    ) -> tuple[RosterEntry, ...]:
        """Roster fields of these users (all fields when `field_codes` is empty)."""
        ...

    async def list_on_job(
        self, statuses: tuple[OnJobStatus, ...], offset: int = 0, size: int = 50
    ) -> tuple[tuple[str, ...], int | None]:
        """User ids of on-job employees in these statuses (one page) and the next offset."""
        ...

    async def dismissions(self, user_ids: tuple[str, ...]) -> tuple[Dismission, ...]:
        """Leaving information of these users (those who have none are left out)."""
        ...


# ---------------------------------------------------------------- mini-app login


@dataclass(frozen=True)
class OrgUser:
    """An org member identified by a mini-app authCode."""

    user_id: str
    union_id: str
    name: str


@dataclass(frozen=True)
class ExternalUser:
    """Any DingTalk account identified through OAuth (external candidates)."""

    union_id: str
    open_id: str
    nick: str
    mobile: str = ""
    avatar_url: str = ""


class Login(Protocol):
    """免登 for org members and OAuth login for external candidates."""

    async def org_user_from_auth_code(self, auth_code: str) -> OrgUser:
        """Resolve a mini-app authCode (members only)."""
        ...

    async def external_user_from_oauth_code(self, auth_code: str) -> ExternalUser:
        """Exchange an OAuth authCode for the user's profile (any DingTalk account)."""
        ...


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
