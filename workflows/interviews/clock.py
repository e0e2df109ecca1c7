"""The clock that counts: deadlines are computed and enforced with the server's time."""

from __future__ import annotations

from datetime import datetime

from workflows.clock import Clock, utc_now

__all__ = ["Clock", "epoch_ms", "utc_now"]


def epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch, for page countdowns."""
    return int(moment.timestamp() * 1000)
