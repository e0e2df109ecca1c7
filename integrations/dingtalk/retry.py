"""Bounded retries with exponential backoff and jitter for DingTalk calls."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from integrations.dingtalk.errors import (
    DingTalkAuthError,
    DingTalkError,
    DingTalkThrottledError,
)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before retrying a retryable DingTalk failure."""

    max_retries: int = 5
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    # DingTalk's own advice on QPS errors: sleep at least 1 s.
    throttle_min_s: float = 1.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def backoff_delay(self, attempt: int) -> float:
        """Delay before retry number `attempt` (1-based): exponential, capped, equal jitter."""
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** max(0, attempt - 1)))
        return float(ceiling / 2 + self.rng.uniform(0, ceiling / 2))

    def delay_for(self, error: DingTalkError, attempt: int) -> float:
        """Delay before retrying after `error`; throttling waits at least 1 s or retry_after."""
        delay = self.backoff_delay(attempt)
        if isinstance(error, DingTalkThrottledError):
            delay = max(delay, self.throttle_min_s, error.retry_after or 0.0)
        return delay


async def call_with_retries(
    operation: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    sleep: Sleep = asyncio.sleep,
    on_token_invalid: Callable[[], Awaitable[None]] | None = None,
    what: str = "dingtalk call",
) -> T:
    """Run `operation`, retrying throttling/5xx with backoff and a stale token once."""
    attempt = 0
    token_refreshed = False
    while True:
        try:
            return await operation()
        except DingTalkAuthError as exc:
            if exc.token_invalid and on_token_invalid is not None and not token_refreshed:
                token_refreshed = True
                log.info("%s: access token rejected, refreshing and retrying once", what)
                await on_token_invalid()
                continue
            raise
        except DingTalkError as exc:
            if not exc.retryable or attempt >= policy.max_retries:
                raise
            attempt += 1
            delay = policy.delay_for(exc, attempt)
            log.warning(
                "%s failed (%s); retry %d/%d in %.2fs",
                what,
                type(exc).__name__,
                attempt,
                policy.max_retries,
                delay,
            )
            await sleep(delay)
