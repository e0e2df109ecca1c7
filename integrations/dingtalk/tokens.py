"""The app access token: cached, refreshed before expiry, one refresh shared by all callers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from integrations.dingtalk.ports import AccessToken

Clock = Callable[[], float]
TokenFetcher = Callable[[], Awaitable[AccessToken]]


@dataclass
class _Cached:
    token: AccessToken
    refresh_at: float
    expires_at: float


class AccessTokenCache:
    """Implements the AccessTokenProvider port over any fetcher (SDK or fake)."""

    def __init__(
        self,
        fetch: TokenFetcher,
        *,
        clock: Clock = time.monotonic,
        refresh_margin_s: float = 300.0,
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._margin = refresh_margin_s
        self._cached: _Cached | None = None
        self._inflight: asyncio.Future[AccessToken] | None = None
        self.fetch_count = 0

    async def get(self) -> str:
        """A valid token; refreshes it when it is near expiry (single flight)."""
        cached = self._cached
        if cached is not None and self._clock() < cached.refresh_at:
            return cached.token.value
        return (await self._refresh()).value

    async def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (only if it is still `token`, when given)."""
        if self._cached is not None and (token is None or self._cached.token.value == token):
            self._cached = None

    async def _refresh(self) -> AccessToken:
        if self._inflight is None:
            # A task, not the caller's frame: a cancelled caller must not cancel the shared refresh.
            self._inflight = asyncio.ensure_future(self._fetch_and_store())
        return await asyncio.shield(self._inflight)

    async def _fetch_and_store(self) -> AccessToken:
        try:
            token = await self._fetch()
            self.fetch_count += 1
            now = self._clock()
            # Refresh early, but never spend more than half the lifetime in the margin.
            margin = min(self._margin, token.expires_in_s / 2)
            self._cached = _Cached(
                token, now + token.expires_in_s - margin, now + token.expires_in_s
            )
            return token
        finally:
            self._inflight = None
