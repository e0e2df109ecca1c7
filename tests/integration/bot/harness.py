"""A running bot for integration tests: real DB, real emulator, official stream SDK."""

from __future__ import annotations

import asyncio
import time
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

    async def settle(self, timeout_s: float = 30.0) -> None:
        """Wait until every event DingTalk emitted so far is ACKed and the job queue has run dry.

        The bridge ACKs an event only after its handler returned, so once nothing is pending and
        no job is left, nothing already emitted can still change state: an assertion that
        something did NOT happen cannot pass merely because the wrong outcome is late.
        """
        deadline = time.monotonic() + timeout_s
        while True:
            events = await asyncio.to_thread(self.control.events)
            if all(e.status != "pending" for e in events):
                await self.container.drain_jobs(timeout_s)
                # A job may have caused a new event (e.g. an approval call): look again.
                again = await asyncio.to_thread(self.control.events)
                if [(e.message_id, e.status) for e in again] == [
                    (e.message_id, e.status) for e in events
                ]:
                    return
            elif time.monotonic() > deadline:
                raise TimeoutError("events still unacknowledged: " + str(len(events)))
            else:
                await asyncio.sleep(0.05)
