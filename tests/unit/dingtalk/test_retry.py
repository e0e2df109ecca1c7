"""Backoff schedule and the retry loop."""

from __future__ import annotations

import random

import pytest

from integrations.dingtalk.errors import (
    DingTalkAuthError,
    DingTalkError,
    DingTalkServerError,
    DingTalkThrottledError,
)
from integrations.dingtalk.retry import RetryPolicy, call_with_retries


class Sleeps:
    """Records the delays instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


class Flaky:
    """Fails with the given errors, then returns "ok"; counts calls."""

    def __init__(self, *errors: DingTalkError) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def test_backoff_grows_exponentially_within_jitter_bounds_and_is_capped() -> None:
    policy = RetryPolicy(base_delay_s=0.5, max_delay_s=4.0, rng=random.Random(7))
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0), (9, 4.0)]:
        delays = [policy.backoff_delay(attempt) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1  # jitter


def test_throttling_waits_at_least_one_second_or_retry_after() -> None:
    policy = RetryPolicy(base_delay_s=0.01)
    assert policy.delay_for(DingTalkThrottledError("qps"), 1) >= 1.0
    assert policy.delay_for(DingTalkThrottledError("ip", retry_after=5.0), 1) >= 5.0
    assert policy.delay_for(DingTalkServerError("5xx"), 1) <= 0.01


async def test_server_errors_are_retried_until_success() -> None:
    sleeps = Sleeps()
    op = Flaky(DingTalkServerError("a"), DingTalkServerError("b"))
    assert await call_with_retries(op, RetryPolicy(max_retries=3), sleep=sleeps) == "ok"
    assert op.calls == 3
    assert len(sleeps.delays) == 2


async def test_retries_are_bounded_by_max_retries() -> None:
    sleeps = Sleeps()
    op = Flaky(*[DingTalkServerError(str(i)) for i in range(10)])
    with pytest.raises(DingTalkServerError):
        await call_with_retries(op, RetryPolicy(max_retries=2), sleep=sleeps)
    assert op.calls == 3


async def test_client_errors_are_not_retried() -> None:
    op = Flaky(DingTalkError("bad parameter"))
    with pytest.raises(DingTalkError):
        await call_with_retries(op, RetryPolicy(max_retries=5), sleep=Sleeps())
    assert op.calls == 1


async def test_stale_token_is_invalidated_and_retried_once() -> None:
    invalidations: list[int] = []

    async def invalidate() -> None:
        invalidations.append(1)

    op = Flaky(DingTalkAuthError("expired", token_invalid=True))
    assert (
        await call_with_retries(op, RetryPolicy(), sleep=Sleeps(), on_token_invalid=invalidate)
        == "ok"
    )
    assert invalidations == [1]

    op = Flaky(*[DingTalkAuthError("expired", token_invalid=True)] * 3)
    with pytest.raises(DingTalkAuthError):
        await call_with_retries(op, RetryPolicy(), sleep=Sleeps(), on_token_invalid=invalidate)
    assert op.calls == 2


async def test_bad_credentials_are_not_retried() -> None:
    op = Flaky(DingTalkAuthError("bad secret"))

    async def invalidate() -> None:
        raise AssertionError("must not refresh for bad credentials")

    with pytest.raises(DingTalkAuthError):
        await call_with_retries(op, RetryPolicy(), sleep=Sleeps(), on_token_invalid=invalidate)
    assert op.calls == 1
