"""Helpers shared by tests: paths, real-service URLs, running a coroutine off the test loop."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"

POSTGRES_ADMIN_URL = os.environ.get(
    "DINGHIRE_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("DINGHIRE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

# CI must never skip the core suite: a missing service fails the run unless a developer
# explicitly opts out on a machine without it.
ALLOW_MISSING_SERVICES = os.environ.get("DINGHIRE_TEST_ALLOW_MISSING_SERVICES") == "1"


def run_in_thread(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion on a fresh loop in another thread (safe inside a test loop)."""
    box: dict[str, object] = {}

    def target() -> None:
        async def main() -> T:
            return await factory()

        try:
            box["value"] = asyncio.run(main())
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="test-helper")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def tcp_reachable(host: str, port: int, timeout: float = 1.0) -> bool:
    """True when something accepts TCP connections there."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
