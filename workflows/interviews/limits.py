"""The interview's fixed limits (tests shrink the chunk size; the rest are design values)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

# 1 MiB chunks: small enough to retry cheaply on mobile networks, large enough for throughput.
DEFAULT_CHUNK_SIZE = 1024 * 1024


@dataclass(frozen=True)
class InterviewLimits:
    """Timing and size limits of the interview services."""

    company_name: str = ""
    chunk_size: int = DEFAULT_CHUNK_SIZE
    session_ttl: timedelta = timedelta(hours=3)
    # Slack for network latency between the page's countdown and the server's clock.
    grace: timedelta = timedelta(seconds=10)
    # How long after an answer's deadline its recording may still be uploading.
    upload_window: timedelta = timedelta(minutes=30)
    ffprobe_timeout_s: float = 30.0
