"""Shared by the optional-engine tests: require the extra, and forbid the network."""

from __future__ import annotations

import importlib.util
import os
import socket
from typing import Any

import pytest


def require_extra(extra: str, modules: tuple[str, ...]) -> None:
    """Skip loudly without the extra; under `make test-extras` a missing module fails instead."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if not missing:
        return
    message = (
        f"!!! optional extra not installed ({', '.join(missing)}): "
        f"run `make test-extras` (deploy/install-extra.sh {extra}) to run this test !!!"
    )
    # `make test-extras` sets this: there a missing engine is a broken install, not a skip.
    if os.environ.get("DINGHIRE_TEST_REQUIRE_EXTRAS") == "1":
        pytest.fail(message)
    pytest.skip(f"SKIPPED {message}")


def forbid_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any TCP/UDP connection attempt fails the test: models must load offline."""
    original = socket.socket.connect

    def refuse(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network access attempted: {address!r}")
        original(sock, address)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
