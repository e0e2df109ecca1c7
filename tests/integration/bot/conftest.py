"""Fixtures for bot integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from dinghire.bootstrap import bootstrap, shutdown
from dinghire.runtime import start_bot, stop_bot
from dinghire.sandbox import sync_staff
from integrations.dingtalk.emulator.testing import EmulatorHandle
from settings import DatabaseSettings, StorageSettings, load_settings
from tests.integration.bot.harness import MAX_RESUME_BYTES, BotHarness
from workflows.seed.service import seed_demo


@pytest.fixture
async def bot(
    db: DatabaseSettings, emulator: EmulatorHandle, tmp_path: Path
) -> AsyncIterator[BotHarness]:
    """Seeded demo data, staff synced into the emulator, bot listening on the stream."""
    settings = load_settings(
        strict=False,
        mode="test",
        database=db,
        dingtalk=emulator.settings,
        storage=StorageSettings(root=tmp_path / "storage", max_resume_bytes=MAX_RESUME_BYTES),
    )
    await seed_demo()
    container = await bootstrap(settings, connect_db=False)
    await sync_staff(emulator.control)
    runtime = await start_bot(container)
    assert container.dingtalk is not None
    assert await container.dingtalk.stream.wait_connected(15)
    try:
        yield BotHarness(container, runtime, emulator.control)
    finally:
        await container.drain_jobs(30)
        await stop_bot(runtime)
        await shutdown(container, disconnect_db=False)
