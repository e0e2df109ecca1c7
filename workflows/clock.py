"""The one clock type: where "now" comes from, so tests and demos can move time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

# Returns the current time, timezone-aware. Deadlines are computed and enforced with it.
Clock = Callable[[], datetime]

# Beijing time, in which DingTalk's months, office hours and the dates shown to people run.
# China has had no daylight saving time since 1991: a fixed offset needs no tz database.
BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


def utc_now() -> datetime:
    """The system clock as an aware UTC datetime (the production Clock)."""
    return datetime.now(UTC)


class ManualClock:
    """A Clock that only moves when told to (tests, sandbox demos)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime.now(UTC)
        if self._now.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")

    def __call__(self) -> datetime:
        return self._now

    def now(self) -> datetime:
        """The set time."""
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to `moment`."""
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs timezone-aware times")
        self._now = moment

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by `delta`; returns the new time."""
        self._now += delta
        return self._now


def clock_from(ctx: dict[str, object]) -> Clock:
    """The clock in a job ctx (ctx["clock"]), or the system clock."""
    clock = ctx.get("clock")
    if clock is None:
        return utc_now
    if not callable(clock):
        raise TypeError('ctx["clock"] must be a Clock (a callable returning an aware datetime)')
    return clock


def format_deadline(moment: datetime) -> str:
    """A deadline as people read it: `2026年12月1日 23:59（北京时间）`."""
    local = moment.astimezone(BEIJING)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}（北京时间）"
