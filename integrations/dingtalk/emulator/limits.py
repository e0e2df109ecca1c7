"""Pure pieces with a clock: QPS throttle, injected faults, gateway tickets."""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

Clock = Callable[[], float]


class Throttle:
    """Sliding one-second window per (app, api) key, like DingTalk's per-app per-API QPS limit."""

    def __init__(self, limit: int, clock: Clock = time.monotonic, window_s: float = 1.0) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: dict[tuple[str, str], deque[float]] = {}

    def allow(self, app_key: str, api: str) -> bool:
        """Record one call; False when this call is over the limit (and is not counted)."""
        if self.limit <= 0:
            return True
        now = self._clock()
        hits = self._hits.setdefault((app_key, api), deque())
        while hits and hits[0] <= now - self.window_s:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def reset(self) -> None:
        """Forget all recorded calls."""
        self._hits.clear()


# DingTalk runs on Beijing time: its months start at midnight there.
_ORG_TZ = timezone(timedelta(hours=8))


class CallBook:
    """Calls counted against the org's monthly quota, by month and API."""

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self.counts: Counter[tuple[str, str]] = Counter()

    def month(self) -> str:
        """The current month, e.g. 2026-12."""
        return datetime.fromtimestamp(self._clock(), _ORG_TZ).strftime("%Y-%m")

    def total(self, month: str) -> int:
        """Calls counted in a month."""
        return sum(n for (m, _), n in self.counts.items() if m == month)

    def admit(self, api: str, quota: int) -> bool:
        """Count one call; False (and not counted) when the month's quota is used up."""
        month = self.month()
        if quota > 0 and self.total(month) >= quota:
            return False
        self.counts[(month, api)] += 1
        return True

    def usage(self) -> dict[str, object]:
        """This month's calls, in total and by API."""
        month = self.month()
        by_api = {api: n for (m, api), n in self.counts.items() if m == month}
        return {"month": month, "total": sum(by_api.values()), "by_api": by_api}


@dataclass
class PathFault:
    """Fail the next `count` calls of `path` (exact path, or a prefix ending in `*`)."""

    path: str
    count: int
    # "error" or "throttle" (refused before handling), "lost_answer" (handled, then failed) or
    # "slow" (handled after `delay_s`, like a busy DingTalk).
    kind: str = "error"
    status: int = 500
    code: str = ""
    message: str = ""
    delay_s: float = 0.0

    def matches(self, path: str) -> bool:
        """True when this fault applies to a request path."""
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


# HTTP 400 throttle codes of the robot send APIs (error tables of
# OD:chatbots-send-one-on-one-chat-messages-in-batches and OD:the-robot-sends-a-group-message).
ROBOT_THROTTLE_CODES = (
    "send.too.fast",
    "send.byToken.tooFast",
    "too.many.people",
    "too.many.group",
)


@dataclass
class RobotStorm:
    """Robot-send throttling for the next `calls` sends: whole calls refused with a 400 throttle
    code, or single recipients of a batch send listed in `flowControlledStaffIdList` (not sent)."""

    calls: int
    refuse_rate: float = 0.3
    flow_control_rate: float = 0.3
    rng: random.Random = field(default_factory=random.Random)
    # Whether the send being answered still falls inside the storm.
    active: bool = False

    def refusal(self) -> str | None:
        """The throttle code refusing this call, or None (consumes one call of the storm)."""
        self.active = self.calls > 0
        if not self.active:
            return None
        self.calls -= 1
        if self.rng.random() < self.refuse_rate:
            return self.rng.choice(ROBOT_THROTTLE_CODES)
        return None

    def flow_controlled(self) -> bool:
        """True when this recipient of an accepted batch send is flow controlled."""
        return self.active and self.rng.random() < self.flow_control_rate


@dataclass
class FaultInjector:
    """Injected failures: per-path HTTP faults, dropped events, robot-send throttling."""

    path_faults: list[PathFault] = field(default_factory=list)
    event_drops: dict[str, int] = field(default_factory=dict)
    robot_storm: RobotStorm | None = None
    # Hold every stream push (EVENTs, robot messages, card clicks) this long before it goes out.
    stream_delay_s: float = 0.0

    def robot_refusal(self) -> str | None:
        """A robot throttle code when the storm refuses this send."""
        return self.robot_storm.refusal() if self.robot_storm is not None else None

    def robot_flow_controlled(self) -> bool:
        """True when the storm flow-controls this recipient (only while it lasts)."""
        return self.robot_storm is not None and self.robot_storm.flow_controlled()

    def add_path_fault(self, fault: PathFault) -> None:
        """Arm a path fault."""
        self.path_faults.append(fault)

    def take_path_fault(self, path: str) -> PathFault | None:
        """Consume one armed fault matching `path`, if any."""
        for fault in self.path_faults:
            if fault.count > 0 and fault.matches(path):
                fault.count -= 1
                if fault.count == 0:
                    self.path_faults.remove(fault)
                return fault
        return None

    def drop_events(self, event_type: str, count: int) -> None:
        """Drop the next `count` events of `event_type` ("*" = any type)."""
        self.event_drops[event_type] = self.event_drops.get(event_type, 0) + count

    def take_event_drop(self, event_type: str) -> bool:
        """True (and consume one) when the next event of this type must be dropped."""
        for key in (event_type, "*"):
            if self.event_drops.get(key, 0) > 0:
                self.event_drops[key] -= 1
                if self.event_drops[key] == 0:
                    del self.event_drops[key]
                return True
        return False

    def clear(self) -> None:
        """Disarm everything."""
        self.path_faults.clear()
        self.event_drops.clear()
        self.robot_storm = None
        self.stream_delay_s = 0.0


@dataclass
class Ticket:
    """A gateway ticket: who may connect and to what."""

    ticket: str
    app_key: str
    subscriptions: list[tuple[str, str]]
    expires_at: float


class TicketBook:
    """Single-use gateway tickets that expire after `ttl_s` (90 s in DingTalk)."""

    def __init__(self, ttl_s: float = 90.0, clock: Clock = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._tickets: dict[str, Ticket] = {}

    def issue(self, app_key: str, subscriptions: list[tuple[str, str]]) -> str:
        """A new ticket for this app and subscriptions."""
        self._purge()
        value = str(uuid.uuid4())
        self._tickets[value] = Ticket(value, app_key, subscriptions, self._clock() + self.ttl_s)
        return value

    def redeem(self, value: str) -> Ticket | None:
        """The ticket if valid; it can never be used again."""
        ticket = self._tickets.pop(value, None)
        if ticket is None or ticket.expires_at <= self._clock():
            return None
        return ticket

    def _purge(self) -> None:
        now = self._clock()
        for key in [k for k, t in self._tickets.items() if t.expires_at <= now]:
            del self._tickets[key]
