"""Helpers for tests (and demos) that run the official SDKs against an in-process emulator.

`dingtalk_stream` reads DINGTALK_OPENAPI_ENDPOINT once, at import time (contract §0), so a test
session must pick the emulator's port BEFORE anything imports `dingtalk_stream`: call
`ensure_stream_endpoint()` at conftest import time, then start the emulator on `stream_port()`.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic import SecretStr

from integrations.dingtalk.emulator.control_client import EmulatorControl
from integrations.dingtalk.emulator.models import EmulatorConfig
from integrations.dingtalk.emulator.server import EmulatorServer
from settings.dingtalk import DingTalkSettings

ENV_VAR = "DINGTALK_OPENAPI_ENDPOINT"
TEST_APP_KEY = "dingtestappkey"
TEST_APP_SECRET = "test-app-secret-0123456789"  # noqa: S105 - emulator-only credential
TEST_CORP_ID = "dingtestcorp"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def ensure_stream_endpoint() -> int:
    """Set DINGTALK_OPENAPI_ENDPOINT to a local port once per process; returns that port.

    Idempotent: an existing 127.0.0.1 value is kept, so every conftest agrees on one port.
    """
    current = os.environ.get(ENV_VAR, "")
    parts = urlsplit(current)
    if parts.hostname == "127.0.0.1" and parts.port:
        return parts.port
    if "dingtalk_stream" in sys.modules:
        raise RuntimeError(
            f"dingtalk_stream was imported before {ENV_VAR} was set; "
            "call ensure_stream_endpoint() earlier (at conftest import)"
        )
    port = free_port()
    os.environ[ENV_VAR] = f"http://127.0.0.1:{port}"
    return port


def emulator_test_settings(port: int) -> DingTalkSettings:
    """DingTalk settings pointing at an emulator on this port, with test credentials."""
    url = f"http://127.0.0.1:{port}"
    return DingTalkSettings(
        app_key=TEST_APP_KEY,
        app_secret=SecretStr(TEST_APP_SECRET),
        corp_id=TEST_CORP_ID,
        api_endpoint=url,
        oapi_endpoint=url,
        emulator_port=port,
        emulator_state_file="",
        # The test emulator waits 5 s for card ACKs (a loaded CI machine is slow); answering
        # before that keeps the many click tests deterministic. The deadline test uses 2 s.
        card_ack_budget_s=4.0,
    )


@dataclass
class EmulatorHandle:
    """What the `emulator` fixture yields."""

    server: EmulatorServer
    control: EmulatorControl
    settings: DingTalkSettings

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT."""
        return self.server.base_url

    @property
    def port(self) -> int:
        """The emulator's port (also in DINGTALK_OPENAPI_ENDPOINT)."""
        return self.server.port

    @property
    def sdk_endpoint(self) -> str:
        """`Config.endpoint` for alibabacloud_dingtalk clients (host:port, no scheme)."""
        return f"127.0.0.1:{self.port}"


def start_test_emulator(port: int, config: EmulatorConfig | None = None) -> EmulatorHandle:
    """Start an emulator with test settings and fast re-delivery on `port`."""
    settings = emulator_test_settings(port)
    server = EmulatorServer(
        settings,
        port=port,
        config=config
        or EmulatorConfig(
            # No monthly quota: one session serves many tests; the budget tests set one.
            redelivery_delay_s=1.0,
            callback_ack_timeout_s=5.0,
            monthly_call_quota=0,
        ),
        state_file="",
    ).start()
    return EmulatorHandle(
        server=server, control=EmulatorControl(server.base_url), settings=settings
    )
