"""Per-IP rate limits on sign-in and uploads, so junk codes cannot burn the org's DingTalk quota.

Counted in fixed windows: in Redis when the deployment has it (every API process shares the
count), else in this process. Campus recruiting puts hundreds of candidates behind one NAT
address, so the candidate limits are generous; HR sign-in, which spends a DingTalk call per
code, is tight.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis
from starlette.types import ASGIApp, Receive, Scope, Send

from miniapp_api.errors import error_response


@dataclass(frozen=True)
class Rule:
    """At most `limit` requests per `window_s` seconds from one address to matching routes."""

    name: str
    method: str
    path: re.Pattern[str]
    limit: int
    window_s: int = 60


RULES: tuple[Rule, ...] = (
    Rule("hr_sign_in", "POST", re.compile(r"^/api/hr/session$"), limit=10),
    Rule("candidate_sign_in", "POST", re.compile(r"^/api/v1/interview/session$"), limit=60),
    Rule("upload_start", "POST", re.compile(r"^/api/v1/uploads$"), limit=120),
    Rule("material_upload", "POST", re.compile(r"^/api/v1/offer/materials$"), limit=30),
)


class Counter(Protocol):
    """Counts hits of one key within one window."""

    async def hit(self, key: str, window_s: int) -> int:
        """Count one request and return the window's count so far."""
        ...


class MemoryCounter:
    """Per-process fixed windows (the embedded default runs one process)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._counts: dict[str, tuple[int, int]] = {}

    async def hit(self, key: str, window_s: int) -> int:
        """Count one request in the current window of `key`."""
        window = int(self._clock() // window_s)
        seen_window, count = self._counts.get(key, (window, 0))
        count = count + 1 if seen_window == window else 1
        self._counts[key] = (window, count)
        if len(self._counts) > 100_000:  # old windows of addresses that went away
            self._counts = {k: v for k, v in self._counts.items() if v[0] == window}
        return count


class RedisCounter:
    """Fixed windows in Redis, shared by every API process."""

    def __init__(self, redis: Redis, clock: Callable[[], float] = time.time) -> None:
        self._redis = redis
        self._clock = clock

    async def hit(self, key: str, window_s: int) -> int:
        """INCR the window's key; it expires with its window."""
        window = int(self._clock() // window_s)
        name = f"dinghire:ratelimit:{key}:{window}"
        count = int(await self._redis.incr(name))
        if count == 1:
            await self._redis.expire(name, window_s + 1)
        return count


class RateLimitMiddleware:
    """429 with Retry-After and a Chinese message once an address passes a rule's limit."""

    def __init__(self, app: ASGIApp, *, counter: Counter, rules: tuple[Rule, ...] = RULES) -> None:
        self.app = app
        self.counter = counter
        self.rules = rules

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count matching requests by client address; refuse the ones over the limit."""
        if scope["type"] == "http":
            rule = next(
                (
                    r
                    for r in self.rules
                    if r.method == scope["method"] and r.path.match(scope["path"])
                ),
                None,
            )
            if rule is not None:
                # Behind nginx, uvicorn's proxy headers make this the candidate's address.
                client = scope.get("client") or ("unknown", 0)
                count = await self.counter.hit(f"{rule.name}:{client[0]}", rule.window_s)
                if count > rule.limit:
                    retry = max(1, math.ceil(rule.window_s - time.time() % rule.window_s))
                    response = error_response(
                        429, "rate_limited", f"请求过于频繁，请 {retry} 秒后再试。"
                    )
                    response.headers["retry-after"] = str(retry)
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)
