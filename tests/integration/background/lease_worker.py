"""A `LeasedWorker` process for the takeover test, with one test job registered.

`hold_job` appends this process's id to the file named by LEASE_TEST_MARKS; the first attempt
then holds on (a worker about to be killed mid-job), any later attempt returns at once.
Run: python -m tests.integration.background.lease_worker (env: LEASE_TEST_REDIS_URL,
LEASE_TEST_QUEUE, LEASE_TEST_MARKS).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from arq.connections import RedisSettings

from dinghire.worker import LeasedWorker

LEASE_S = 3


def _mark() -> int:
    """Append this process's id; how many attempts there were so far."""
    marks = Path(os.environ["LEASE_TEST_MARKS"])
    with marks.open("a") as fh:
        fh.write(f"{os.getpid()}\n")
    return len(marks.read_text().split())


async def hold_job(ctx: dict[str, Any]) -> int:
    """Record the attempt; the first one runs far longer than the lease."""
    if await asyncio.to_thread(_mark) == 1:
        await asyncio.sleep(3600)
    return os.getpid()


def main() -> None:
    """Serve the test queue until killed."""
    LeasedWorker(
        functions=[hold_job],
        redis_settings=RedisSettings.from_dsn(os.environ["LEASE_TEST_REDIS_URL"]),
        queue_name=os.environ["LEASE_TEST_QUEUE"],
        job_timeout=600,
        poll_delay=0.2,
        lease_s=LEASE_S,
    ).run()


if __name__ == "__main__":
    main()
