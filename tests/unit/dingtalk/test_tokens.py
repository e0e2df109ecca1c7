"""The access-token cache: refresh before expiry, single flight, invalidation."""

from __future__ import annotations

import asyncio

import pytest

from integrations.dingtalk.ports import AccessToken
from integrations.dingtalk.tokens import AccessTokenCache


class FakeClock:
    """Time that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeTokenServer:
    """Issues numbered tokens; can be slowed down or made to fail."""

    def __init__(self, expires_in: float = 7200) -> None:
        self.issued: list[str] = []
        self.expires_in = expires_in
        self.gate: asyncio.Event | None = None
        self.fail_next = False

    async def fetch(self) -> AccessToken:
        if self.gate is not None:
            await self.gate.wait()
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("token endpoint down")
        token = f"t{len(self.issued) + 1}"
        self.issued.append(token)
        return AccessToken(token, self.expires_in)


async def test_token_is_cached_until_the_refresh_margin() -> None:
    clock, server = FakeClock(), FakeTokenServer(expires_in=7200)
    cache = AccessTokenCache(server.fetch, clock=clock, refresh_margin_s=300)
    assert await cache.get() == "t1"
    clock.now += 7200 - 301
    assert await cache.get() == "t1"
    clock.now += 2  # now inside the last 300 s: refresh before DingTalk expires it
    assert await cache.get() == "t2"
    assert server.issued == ["t1", "t2"]


async def test_short_lived_tokens_refresh_at_half_life() -> None:
    clock, server = FakeClock(), FakeTokenServer(expires_in=60)
    cache = AccessTokenCache(server.fetch, clock=clock, refresh_margin_s=300)
    assert await cache.get() == "t1"
    clock.now += 29
    assert await cache.get() == "t1"
    clock.now += 2
    assert await cache.get() == "t2"


async def test_concurrent_callers_share_one_refresh() -> None:
    server = FakeTokenServer()
    server.gate = asyncio.Event()
    cache = AccessTokenCache(server.fetch, clock=FakeClock())
    waiters = [asyncio.create_task(cache.get()) for _ in range(20)]
    await asyncio.sleep(0)
    server.gate.set()
    assert set(await asyncio.gather(*waiters)) == {"t1"}
    assert server.issued == ["t1"]


async def test_a_cancelled_caller_does_not_cancel_the_shared_refresh() -> None:
    server = FakeTokenServer()
    server.gate = asyncio.Event()
    cache = AccessTokenCache(server.fetch, clock=FakeClock())
    first = asyncio.create_task(cache.get())
    second = asyncio.create_task(cache.get())
    await asyncio.sleep(0)
    first.cancel()
    server.gate.set()
    assert await second == "t1"
    with pytest.raises(asyncio.CancelledError):
        await first


async def test_a_failed_refresh_reaches_every_waiter_and_the_next_call_retries() -> None:
    server = FakeTokenServer()
    server.fail_next = True
    cache = AccessTokenCache(server.fetch, clock=FakeClock())
    results = await asyncio.gather(cache.get(), cache.get(), return_exceptions=True)
    assert all(isinstance(r, RuntimeError) for r in results)
    assert await cache.get() == "t1"


async def test_invalidate_only_drops_the_rejected_token() -> None:
    server = FakeTokenServer()
    cache = AccessTokenCache(server.fetch, clock=FakeClock())
    assert await cache.get() == "t1"
    await cache.invalidate("some-older-token")
    assert await cache.get() == "t1"
    await cache.invalidate("t1")
    assert await cache.get() == "t2"
