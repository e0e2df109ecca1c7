"""The emulator's state as pydantic models, so the whole thing round-trips through JSON."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class EmulatorConfig(BaseModel):
    """Tunable behaviour; tests shorten the delays."""

    qps_limit: int = 20
    redelivery_delay_s: float = 60.0
    ticket_ttl_s: float = 90.0
    token_ttl_s: int = 7200
    session_webhook_ttl_s: float = 90 * 60
    auth_code_ttl_s: float = 300.0
    download_url_ttl_s: float = 3600.0
    # "请在 2 秒内完成业务处理并响应" (OD:event-callback-card): a later ACK is not applied.
    callback_ack_timeout_s: float = 2.0
    disconnect_grace_s: float = 10.0
    ping_interval_s: float = 0.0  # 0 = the gateway sends no SYSTEM pings
    # Calls a standard-edition org may make per month, token/identity/contacts APIs not counted
    # (OD:how-to-process-api-throttling-on-the-dingtalk-server); 0 = no limit.
    monthly_call_quota: int = 5000
    # Who is signed in to DingTalk in the emulated browser (OAuth page /oauth2/auth): a userId,
    # unionId or dingtalk id; empty: the page lists the accounts.
    oauth_login_user: str = ""


class App(BaseModel):
    """One DingTalk app (internal app: appKey = clientId = robotCode)."""

    app_key: str
    app_secret: str
    robot_code: str = ""
    agent_id: int = 100001
    unified_app_id: str = ""
    name: str = "钉聘"


class Department(BaseModel):
    """A department of the org."""

    dept_id: int
    name: str
    parent_id: int | None = None


class User(BaseModel):
    """A staff member (user_id set) or an external DingTalk account (external=True)."""

    user_id: str = ""
    union_id: str
    dingtalk_id: str
    name: str
    mobile: str = ""
    email: str = ""
    title: str = ""
    dept_ids: list[int] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    is_admin: bool = False
    external: bool = False
    avatar_url: str = ""


class Org(BaseModel):
    """The one corp the emulator hosts."""

    corp_id: str
    corp_name: str = "钉聘演示公司"
    apps: list[App] = Field(default_factory=list)
    departments: list[Department] = Field(default_factory=list)
    users: list[User] = Field(default_factory=list)


class Conversation(BaseModel):
    """A single chat (user with the bot) or a group the bot is in."""

    conversation_id: str
    conversation_type: Literal["1", "2"]
    title: str = ""
    member_union_ids: list[str] = Field(default_factory=list)
    app_key: str = ""


class Token(BaseModel):
    """An app token or a user (OAuth2) token."""

    token: str
    kind: Literal["app", "user"]
    app_key: str
    union_id: str = ""
    expires_at: float


class AuthCode(BaseModel):
    """A single-use temporary auth code (免登 or OAuth2)."""

    code: str
    union_id: str
    expires_at: float
    used: bool = False


class RefreshToken(BaseModel):
    """An OAuth2 refresh token."""

    token: str
    union_id: str
    app_key: str


class SessionHook(BaseModel):
    """A sessionWebhook handed to the bot with an incoming message."""

    session: str
    conversation_id: str
    app_key: str
    sender_union_id: str
    expires_at: float


class Blob(BaseModel):
    """Bytes kept in state: received files (by downloadCode) and uploaded media (by media_id)."""

    key: str
    file_name: str = ""
    media_type: str = ""
    content_b64: str
    created_at: float = 0.0


class Button(BaseModel):
    """A button of a sent action card."""

    title: str
    url: str = ""


class SentMessage(BaseModel):
    """Something the bot sent, normalised across channels."""

    seq: int
    time: float
    app_key: str = ""
    recipient: str
    channel: Literal["session_webhook", "oto", "group", "private_chat", "card"]
    kind: str
    title: str = ""
    text: str = ""
    buttons: list[Button] = Field(default_factory=list)
    at: dict[str, Any] = Field(default_factory=dict)
    conversation_id: str = ""
    msg_key: str = ""
    url: str = ""
    media_id: str = ""
    file_name: str = ""
    out_track_id: str = ""
    process_query_key: str = ""
    raw: dict[str, Any] = Field(default_factory=dict)


class CardSpace(BaseModel):
    """Where a card was delivered."""

    space_type: str
    space_id: str
    recipients: list[str] = Field(default_factory=list)


class Card(BaseModel):
    """A card_1_0 card instance with its current data."""

    out_track_id: str
    template_id: str = ""
    app_key: str = ""
    card_param_map: dict[str, str] = Field(default_factory=dict)
    private_data: dict[str, dict[str, str]] = Field(default_factory=dict)
    callback_type: str = "STREAM"
    callback_route_key: str = ""
    spaces: list[CardSpace] = Field(default_factory=list)
    created_at: float = 0.0
    updated_at: float = 0.0
    history: list[dict[str, Any]] = Field(default_factory=list)


class ApproverStep(BaseModel):
    """One approval step: NONE (single), AND (会签) or OR (或签)."""

    action_type: str = "NONE"
    user_ids: list[str]


class ProcessTemplate(BaseModel):
    """An approval template saved with SaveProcess."""

    process_code: str
    name: str
    description: str = ""
    form_components: list[dict[str, Any]] = Field(default_factory=list)
    gmt_modified: float = 0.0
    default_approvers: list[ApproverStep] = Field(default_factory=list)


class Task(BaseModel):
    """An approval task for one approver."""

    task_id: int
    user_id: str
    step_index: int
    status: str = "RUNNING"
    result: str = "NONE"
    create_time: float
    finish_time: float | None = None
    activity_id: str = ""


class OperationRecord(BaseModel):
    """One entry of an instance's history."""

    user_id: str
    date: float
    type: str
    result: str = "NONE"
    remark: str = ""
    show_name: str = ""
    activity_id: str = ""


class ProcessInstance(BaseModel):
    """An approval instance and its tasks."""

    instance_id: str
    process_code: str
    app_key: str = ""
    title: str
    originator_user_id: str
    dept_id: int = -1
    dept_name: str = ""
    business_id: str
    form_component_values: list[dict[str, Any]] = Field(default_factory=list)
    steps: list[ApproverStep] = Field(default_factory=list)
    current_step: int = 0
    cc_list: list[str] = Field(default_factory=list)
    status: str = "RUNNING"
    result: str = ""
    create_time: float
    finish_time: float | None = None
    tasks: list[Task] = Field(default_factory=list)
    operation_records: list[OperationRecord] = Field(default_factory=list)


class PreEntry(BaseModel):
    """A 智能人事 pre-entry (待入职) record."""

    userid: str
    name: str
    mobile: str
    pre_entry_time: str = ""
    op_userid: str = ""
    extend_info: dict[str, Any] = Field(default_factory=dict)
    fields: dict[str, str] = Field(default_factory=dict)
    source: Literal["oapi", "api"] = "oapi"
    created_at: float = 0.0


class PendingEvent(BaseModel):
    """An EVENT frame waiting for a successful ACK."""

    message_id: str
    app_key: str
    event_type: str
    frame: dict[str, Any]
    attempts: int = 0
    next_attempt_at: float = 0.0
    connection_id: str = ""
    created_at: float = 0.0


class EventRecord(BaseModel):
    """What happened to an event, for the control API."""

    seq: int
    message_id: str
    app_key: str
    event_type: str
    status: Literal["pending", "acked", "dropped"]
    attempts: int = 0
    data: dict[str, Any] = Field(default_factory=dict)
    time: float


class InboundRecord(BaseModel):
    """A CALLBACK the emulator pushed to the bot (messages, card clicks)."""

    seq: int
    message_id: str
    app_key: str
    topic: str
    delivered: bool
    ack_code: int | None = None
    ack_data: Any = None
    data: dict[str, Any] = Field(default_factory=dict)
    time: float


class Dimission(BaseModel):
    """Why and when a staff member left (智能人事 离职信息)."""

    last_work_day: int = 0  # epoch milliseconds
    reason_memo: str = ""
    voluntary_reason: list[str] = Field(default_factory=list)
    passive_reason: list[str] = Field(default_factory=list)
    pre_status: int = 3  # 1 待入职, 2 试用期, 3 正式
    status: int = 2  # 1 待离职, 2 已离职


class Employment(BaseModel):
    """A staff member's 智能人事 record: status (2 试用期, 3 正式, 5 待离职), dates, leaving."""

    user_id: str
    status: int = 3
    join_time: str = ""  # yyyy-MM-dd
    regular_time: str = ""  # yyyy-MM-dd, 转正日期
    dimission: Dimission | None = None


class EmulatorState(BaseModel):
    """Everything the emulator remembers (persisted as one JSON document)."""

    version: int = 1
    config: EmulatorConfig = Field(default_factory=EmulatorConfig)
    org: Org
    conversations: dict[str, Conversation] = Field(default_factory=dict)
    tokens: dict[str, Token] = Field(default_factory=dict)
    auth_codes: dict[str, AuthCode] = Field(default_factory=dict)
    refresh_tokens: dict[str, RefreshToken] = Field(default_factory=dict)
    sessions: dict[str, SessionHook] = Field(default_factory=dict)
    files: dict[str, Blob] = Field(default_factory=dict)
    media: dict[str, Blob] = Field(default_factory=dict)
    download_urls: dict[str, str] = Field(default_factory=dict)
    sent: list[SentMessage] = Field(default_factory=list)
    cards: dict[str, Card] = Field(default_factory=dict)
    templates: dict[str, ProcessTemplate] = Field(default_factory=dict)
    instances: dict[str, ProcessInstance] = Field(default_factory=dict)
    preentries: dict[str, PreEntry] = Field(default_factory=dict)
    employments: dict[str, Employment] = Field(default_factory=dict)
    pending_events: dict[str, PendingEvent] = Field(default_factory=dict)
    events: list[EventRecord] = Field(default_factory=list)
    inbound: list[InboundRecord] = Field(default_factory=list)
    next_seq: int = 1
    next_task_id: int = 61920249001
