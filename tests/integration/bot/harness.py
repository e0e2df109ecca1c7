"""A running bot for integration tests: real DB, real emulator, official stream SDK."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from dinghire.bootstrap import Container
from dinghire.runtime import BotRuntime
from integrations.dingtalk.emulator.control_client import EmulatorControl

HR = "hr_wangfang"
# Small enough that an oversize file is cheap to build in a test.
MAX_RESUME_BYTES = 2 * 1024 * 1024


@dataclass
class BotHarness:
    """The bot connected to the emulator, plus handles to look at both sides."""

    container: Container
    runtime: BotRuntime
    control: EmulatorControl

    async def wait_sent(self, since: int, **filters: object) -> list[object]:
        """Wait (off the loop) until the bot sent matching messages."""
        return await asyncio.to_thread(
            self.control.wait_for_sent,
            since,
            timeout_s=30.0,
            **filters,  # type: ignore[arg-type]
        )
