"""The emulator's core: state plus the lookups, tokens and bookkeeping every API family shares."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.limits import CallBook, FaultInjector, Throttle
from integrations.dingtalk.emulator.models import (
    App,
    Department,
    EmulatorConfig,
    EmulatorState,
    EventRecord,
    Org,
    SentMessage,
    Token,
    User,
)
from integrations.dingtalk.emulator.sandbox.mailbox import Mailbox

if TYPE_CHECKING:
    from integrations.dingtalk.emulator.gateway import Gateway
    from settings.dingtalk import DingTalkSettings

MAX_LOG = 5000  # cap on kept sent messages / event records, so long demo sessions stay small


def dingtalk_id(seed: str) -> str:
    """A stable `$:LWCP_v1:$...` id like the ones in robot messages."""
    digest = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:18]).decode()
    return f"$:LWCP_v1:${digest}"


def union_id_for(seed: str) -> str:
    """A stable unionId-looking string."""
    return "uid" + hashlib.sha256(("union:" + seed).encode()).hexdigest()[:24]


def make_user(
    *,
    user_id: str = "",
    name: str,
    union_id: str = "",
    external: bool = False,
    **fields: Any,
) -> User:
    """Build a User filling the derived ids."""
    seed = user_id or union_id or name
    uid = union_id or union_id_for(seed)
    return User(
        user_id="" if external else user_id,
        union_id=uid,
        dingtalk_id=dingtalk_id(uid),
        name=name,
        external=external,
        **fields,
    )


def seed_org(settings: DingTalkSettings | None) -> Org:
    """The default demo org, using the app credentials from the settings."""
    corp_id = settings.corp_id if settings else "dingdemocorp"
    app = App(
        app_key=settings.app_key if settings else "dingdemoappkey",
        app_secret=settings.app_secret.get_secret_value()
        if settings
        else "dev-insecure-app-secret",
        robot_code=settings.effective_robot_code if settings else "dingdemoappkey",
        agent_id=settings.agent_id if settings else 100001,
    )
    return Org(
        corp_id=corp_id,
        apps=[normalise_app(app)],
        departments=[
            Department(dept_id=1, name="钉聘演示公司"),
            Department(dept_id=2, name="人力资源部", parent_id=1),
            Department(dept_id=3, name="研发部", parent_id=1),
        ],
        users=[
            make_user(
                user_id="hr001", name="王芳", mobile="13800000001", dept_ids=[2], roles=["hr"]
            ),
            make_user(
                user_id="mgr001",
                name="李强",
                mobile="13800000002",
                dept_ids=[3],
                roles=["manager"],
                title="研发经理",
            ),
            make_user(user_id="emp001", name="张伟", mobile="13800000003", dept_ids=[3]),
            make_user(
                name="陈晨", union_id="uidcandidate0001", mobile="13900000001", external=True
            ),
        ],
    )


def normalise_app(app: App) -> App:
    """Fill robot code and unified app id when missing."""
    if not app.robot_code:
        app.robot_code = app.app_key
    if not app.unified_app_id:
        app.unified_app_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "dingtalk-app:" + app.app_key))
    return app


class Emulator:
    """State plus shared services; all mutation happens on the server's event loop."""

    def __init__(
        self,
        settings: DingTalkSettings | None = None,
        config: EmulatorConfig | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.initial_config = config or EmulatorConfig()
        self.clock = clock
        self.base_url = "http://127.0.0.1:0"
        self.state = self.fresh_state()
        self.throttle = Throttle(self.state.config.qps_limit)
        self.faults = FaultInjector()
        self.calls = CallBook(clock)
        self.gateway: Gateway | None = None
        self.dirty = False
        # The sandbox: e-mail and SMS to candidates, and the DingHire process driving it.
        self.mailbox = Mailbox()
        self.sandbox_host: tuple[str, str] | None = None  # (base URL, bearer token)

    # --- lifecycle ---------------------------------------------------------------------------

    def fresh_state(self) -> EmulatorState:
        """The seeded state this emulator starts from."""
        return EmulatorState(config=self.initial_config.model_copy(), org=seed_org(self.settings))

    def load(self, state: EmulatorState) -> None:
        """Adopt a state (e.g. loaded from the state file)."""
        self.state = state
        self.throttle = Throttle(state.config.qps_limit)

    def reset(self, seed: bool = True) -> None:
        """Back to the seeded state (or an empty org), with faults and throttle cleared."""
        state = self.fresh_state()
        if not seed:
            state.org.users = []
            state.org.departments = [Department(dept_id=1, name=state.org.corp_name)]
        self.load(state)
        self.faults.clear()
        self.mailbox.clear()
        self.calls = CallBook(self.clock)
        self.touch()

    def set_config(self, changes: dict[str, Any]) -> EmulatorConfig:
        """Change tunables at run time."""
        config = self.state.config.model_copy(update=changes)
        self.state.config = EmulatorConfig.model_validate(config.model_dump())
        self.throttle.limit = self.state.config.qps_limit
        if self.gateway is not None:
            self.gateway.tickets.ttl_s = self.state.config.ticket_ttl_s
        self.touch()
        return self.state.config

    def touch(self) -> None:
        """Mark the state as changed so the saver writes it."""
        self.dirty = True

    @property
    def config(self) -> EmulatorConfig:
        """Current tunables."""
        return self.state.config

    def now(self) -> float:
        """Wall-clock seconds."""
        return self.clock()

    def now_ms(self) -> int:
        """Wall-clock milliseconds."""
        return int(self.clock() * 1000)

    def next_seq(self) -> int:
        """A monotonically increasing sequence number shared by all logs."""
        seq = self.state.next_seq
        self.state.next_seq += 1
        return seq

    # --- base URL ----------------------------------------------------------------------------

    def url(self, path: str) -> str:
        """An absolute http URL on this emulator."""
        return self.base_url.rstrip("/") + path

    def ws_url(self, path: str) -> str:
        """An absolute ws URL on this emulator."""
        return "ws" + self.url(path)[len("http") :]

    # --- org lookups -------------------------------------------------------------------------

    @property
    def org(self) -> Org:
        """The hosted org."""
        return self.state.org

    def app_by_key(self, app_key: str) -> App | None:
        """The app with this appKey (or robotCode)."""
        for app in self.org.apps:
            if app_key in (app.app_key, app.robot_code):
                return app
        return None

    def app_by_credentials(self, app_key: str, app_secret: str) -> App | None:
        """The app if key and secret match."""
        app = self.app_by_key(app_key)
        if app is None or not secrets.compare_digest(app.app_secret, app_secret):
            return None
        return app

    def default_app(self) -> App:
        """The first app (most setups have exactly one)."""
        if not self.org.apps:
            raise errors.ApiError(400, "app.notExist", "组织中没有应用", 40035)
        return self.org.apps[0]

    def staff(self, user_id: str) -> User | None:
        """A staff member by userId."""
        if not user_id:
            return None
        return next((u for u in self.org.users if u.user_id == user_id and not u.external), None)

    def user_by_union(self, union_id: str) -> User | None:
        """Any user (staff or external) by unionId."""
        return next((u for u in self.org.users if u.union_id == union_id), None)

    def user_by_ref(self, ref: str) -> User | None:
        """A user by userId, unionId or dingtalk id, whichever matches."""
        return (
            self.staff(ref)
            or self.user_by_union(ref)
            or next((u for u in self.org.users if u.dingtalk_id == ref), None)
        )

    def staff_by_mobile(self, mobile: str) -> User | None:
        """A staff member by mobile number."""
        return next((u for u in self.org.users if u.mobile == mobile and not u.external), None)

    def department(self, dept_id: int) -> Department | None:
        """A department by id."""
        return next((d for d in self.org.departments if d.dept_id == dept_id), None)

    # --- tokens ------------------------------------------------------------------------------

    def issue_token(self, kind: str, app_key: str, union_id: str = "") -> Token:
        """A new access token valid for `token_ttl_s`."""
        token = Token(
            token=secrets.token_hex(16),
            kind="user" if kind == "user" else "app",
            app_key=app_key,
            union_id=union_id,
            expires_at=self.now() + self.config.token_ttl_s,
        )
        self.purge_tokens()
        self.state.tokens[token.token] = token
        self.touch()
        return token

    def check_token(self, value: str) -> Token | None:
        """The token if known and not expired."""
        token = self.state.tokens.get(value)
        if token is None or token.expires_at <= self.now():
            return None
        return token

    def expire_tokens(self, kind: str = "all") -> int:
        """Expire app tokens, user tokens or both; returns how many."""
        count = 0
        for token in self.state.tokens.values():
            if kind in ("all", token.kind) and token.expires_at > self.now():
                token.expires_at = self.now() - 1
                count += 1
        self.touch()
        return count

    def purge_tokens(self) -> None:
        """Forget tokens expired more than a day ago."""
        cutoff = self.now() - 86400
        for key in [k for k, t in self.state.tokens.items() if t.expires_at < cutoff]:
            del self.state.tokens[key]

    # --- logs --------------------------------------------------------------------------------

    def record_sent(self, **fields: Any) -> SentMessage:
        """Append one normalised outgoing message."""
        msg = SentMessage(seq=self.next_seq(), time=self.now(), **fields)
        self.state.sent.append(msg)
        del self.state.sent[:-MAX_LOG]
        self.touch()
        return msg

    def record_event(self, record: EventRecord) -> None:
        """Append or replace the record of one event."""
        self.state.events = [e for e in self.state.events if e.message_id != record.message_id]
        self.state.events.append(record)
        del self.state.events[:-MAX_LOG]
        self.touch()

    def emit_event(self, event_type: str, data: dict[str, Any]) -> list[str]:
        """Push an EVENT to every app of the org through the gateway (unless a fault drops it)."""
        if self.faults.take_event_drop(event_type):
            self.record_event(
                EventRecord(
                    seq=self.next_seq(),
                    message_id="dropped-" + uuid.uuid4().hex,
                    app_key="",
                    event_type=event_type,
                    status="dropped",
                    data=data,
                    time=self.now(),
                )
            )
            return []
        if self.gateway is None:
            return []
        return [self.gateway.emit_event(app.app_key, event_type, data) for app in self.org.apps]
