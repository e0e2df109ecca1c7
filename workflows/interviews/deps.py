"""What the interview use cases need from the process, built once from the container."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from integrations.dingtalk.ports import Login
from workflows.background.queue import JobQueue
from workflows.events import EventBus
from workflows.interviews.clock import Clock, utc_now
from workflows.privacy.vault import PiiVault
from workflows.storage.local import LocalEncryptedStore

# 1 MiB chunks: small enough to retry cheaply on mobile networks, large enough for throughput.
DEFAULT_CHUNK_SIZE = 1024 * 1024


@dataclass(frozen=True)
class InterviewDeps:
    """Dependencies and limits of the interview services (tests inject a fake clock)."""

    secret: bytes
    vault: PiiVault
    store: LocalEncryptedStore
    queue: JobQueue
    bus: EventBus
    max_upload_bytes: int
    clock: Clock = utc_now
    login: Login | None = None
    company_name: str = ""
    chunk_size: int = DEFAULT_CHUNK_SIZE
    session_ttl: timedelta = timedelta(hours=3)
    # Slack for network latency between the page's countdown and the server's clock.
    grace: timedelta = timedelta(seconds=10)
    # How long after an answer's deadline its recording may still be uploading.
    upload_window: timedelta = timedelta(minutes=30)
    ffprobe_timeout_s: float = 30.0
    # Transcript parts the engine is less sure of than this are marked for the candidate
    # (settings.analysis.min_asr_confidence, the same line that sends answers to review).
    asr_low_confidence: float = 0.45
