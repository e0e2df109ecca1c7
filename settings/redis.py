"""Job queue settings: in-process by default, Redis with arq workers in production."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from settings.base import Section, section_config


class JobBackend(StrEnum):
    """Where jobs run."""

    INPROCESS = "inprocess"
    ARQ = "arq"


class RedisSettings(Section):
    """Redis and job execution."""

    model_config = section_config("redis")

    url: str = "redis://127.0.0.1:6379/0"
    job_backend: JobBackend = JobBackend.INPROCESS
    queue_name: str = "dinghire:queue"
    job_timeout_s: int = 600
    # A worker holds a lease on each job it runs, renewed every third of this while the job
    # runs: when the worker dies (host lost, OOM kill) another worker takes the job over within
    # this many seconds, instead of after job_timeout_s. A job slower than the lease keeps it.
    job_lease_s: int = Field(default=60, ge=3, le=3600)
    max_tries: int = 5
    # Jobs one arq worker runs at once. An analysis keeps a core busy (ASR, then vision), so
    # a few per host; add worker processes or hosts to go wider.
    worker_max_jobs: int = Field(default=4, ge=1, le=100)
    # Each worker's own Prometheus endpoint (job latency and failures, ASR real-time factor):
    # 0 turns it off; the API's /metrics cannot see jobs run in another process.
    worker_metrics_port: int = Field(default=0, ge=0, le=65535)
    worker_metrics_host: str = "127.0.0.1"
