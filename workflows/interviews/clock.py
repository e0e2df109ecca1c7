"""The clock that counts: deadlines are computed and enforced with the server's time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The system clock as an aware UTC datetime (the production Clock)."""
    return datetime.now(UTC)


def epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch, for page countdowns."""
    return int(moment.timestamp() * 1000)
