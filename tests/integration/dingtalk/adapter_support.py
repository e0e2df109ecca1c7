"""Fixtures for the adapter's integration tests: the emulator and DingTalkClients built on it.

Import the fixtures into a test module (`from ...adapter_support import clients, emu`). The
emulator's own fixtures live in tests/integration/dingtalk/emulator/conftest.py, which only
that folder sees; this reuses its session server when it is already running.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest

from integrations.dingtalk.clients import DingTalkClients, build_dingtalk_clients
from integrations.dingtalk.emulator.control_client import EmulatorControl
from integrations.dingtalk.emulator.testing import (
    EmulatorHandle,
    ensure_stream_endpoint,
)
from integrations.dingtalk.retry import RetryPolicy
from settings import DingTalkSettings

# dingtalk_stream reads the endpoint at import: fix it before anything imports it.
STREAM_PORT = ensure_stream_endpoint()


@dataclass
class Emu:
    """The emulator as these tests see it."""

    control: EmulatorControl
    settings: DingTalkSettings
    port: int

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT."""
        return f"http://127.0.0.1:{self.port}"


class MemoryDeliveryLog:
    """DeliveryLog fake that keeps state in memory (for tests without a database)."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    async def first(self, key: str, kind: str) -> bool:
        if key in self.seen:
            return False
        self.seen[key] = kind
        return True

    async def forget(self, key: str) -> None:
        self.seen.pop(key, None)


@pytest.fixture
def emu_server(emulator_session: EmulatorHandle) -> Emu:
    """The session emulator (tests/integration/conftest.py), seen as an Emu."""
    return Emu(emulator_session.control, emulator_session.settings, STREAM_PORT)


@pytest.fixture
def emu(emu_server: Emu) -> Iterator[Emu]:
    """The emulator reset to the seeded test org, faults cleared afterwards."""
    emu_server.control.reset()
    yield emu_server
    emu_server.control.clear_faults()


def fast_policy(max_retries: int = 3) -> RetryPolicy:
    """Real backoff shape, but short delays so tests stay fast."""
    return RetryPolicy(max_retries=max_retries, base_delay_s=0.05, max_delay_s=0.2)


@pytest.fixture
async def clients(emu: Emu) -> AsyncIterator[DingTalkClients]:
    """DingTalkClients on the emulator with an in-memory delivery log."""
    built = build_dingtalk_clients(
        emu.settings, delivery_log=MemoryDeliveryLog(), retry_policy=fast_policy()
    )
    try:
        yield built
    finally:
        await built.aclose()
