"""The in-process job queue: dedup by job id, arq-style retries, dead letters stay visible."""

from __future__ import annotations

from typing import Any

import pytest
from arq import Retry

from workflows.background.queue import InProcessJobQueue


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[int, tuple[Any, ...]]] = []


async def test_same_job_id_runs_once() -> None:
    rec = Recorder()

    async def add(ctx: dict[str, Any], a: int, b: int) -> int:
        rec.calls.append((ctx["job_try"], (a, b)))
        return a + b

    queue = InProcessJobQueue([add], {})
    assert await queue.enqueue("add", 1, 2, job_id="add:1:2") is True
    assert await queue.enqueue("add", 1, 2, job_id="add:1:2") is False
    await queue.drain(5)
    assert rec.calls == [(1, (1, 2))]
    assert queue.status("add:1:2") == "complete"
    assert queue.result("add:1:2") == 3


async def test_retry_reruns_until_success() -> None:
    tries: list[int] = []

    async def flaky(ctx: dict[str, Any]) -> str:
        tries.append(ctx["job_try"])
        if ctx["job_try"] < 3:
            raise Retry(defer=0.01)
        return "done"

    queue = InProcessJobQueue([flaky], {})
    await queue.enqueue("flaky", job_id="flaky:1")
    await queue.drain(5)
    assert tries == [1, 2, 3]
    assert queue.status("flaky:1") == "complete"


async def test_gives_up_after_max_tries() -> None:
    async def always(ctx: dict[str, Any]) -> None:
        raise Retry(defer=0.01)

    queue = InProcessJobQueue([always], {}, max_tries=2)
    await queue.enqueue("always", job_id="always:1")
    await queue.drain(5)
    assert queue.status("always:1") == "failed"


async def test_unknown_function_is_refused() -> None:
    queue = InProcessJobQueue([], {})
    with pytest.raises(KeyError):
        await queue.enqueue("nope", job_id="x")
