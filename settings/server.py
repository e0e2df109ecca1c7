"""HTTP server settings for the mini-app API."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from settings.base import Section, section_config


class ServerSettings(Section):
    """Where the API listens and how links to it are built."""

    model_config = section_config("server")

    host: str = "127.0.0.1"
    port: int = 8000
    public_base_url: str = "http://127.0.0.1:8000"
    log_level: str = "info"
    # "text" for people at a terminal, "json" (one object per line) for log shippers.
    log_format: Literal["text", "json"] = "text"
    # Addresses of the reverse proxies (nginx) whose X-Forwarded-For is believed: the client
    # address behind them is what rate limits count. Comma-separated IPs or CIDRs; "*" trusts
    # any sender, only for an API port no one but the proxy can reach.
    forwarded_allow_ips: str = "127.0.0.1"
    # API processes `dinghire serve` runs on its port (SO_REUSEPORT); one per core is usual.
    # Several need the arq job backend (the jobs then run in `dinghire worker`).
    processes: int = Field(default=1, ge=1, le=64)
    # Idle keep-alive connections are kept this long: longer than nginx keeps its upstream
    # connections (keepalive_timeout 60 s), so the API never closes a connection nginx (or a
    # client) is just reusing for the next request, which would fail that request.
    keep_alive_s: int = Field(default=75, ge=1, le=3600)
    # Threads for blocking calls (object store SDK, files) in each API process.
    io_threads: int = Field(default=32, ge=4, le=256)
