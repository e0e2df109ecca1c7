"""HTTP server settings for the mini-app API."""

from __future__ import annotations

from settings.base import Section, section_config


class ServerSettings(Section):
    """Where the API listens and how links to it are built."""

    model_config = section_config("server")

    host: str = "127.0.0.1"
    port: int = 8000
    public_base_url: str = "http://127.0.0.1:8000"
    log_level: str = "info"
