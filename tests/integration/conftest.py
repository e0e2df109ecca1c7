"""Integration fixtures: the DingTalk emulator that the official SDKs run against.

Stable names used by other DingTalk tests: `emulator` (session server, state reset per test),
`emulator_session`, `stream_client_factory`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from integrations.dingtalk.emulator.testing import (
    EmulatorHandle,
    ensure_stream_endpoint,
    start_test_emulator,
)

# Must run before anything imports dingtalk_stream (it reads the endpoint at import time).
STREAM_PORT = ensure_stream_endpoint()


@pytest.fixture(scope="session")
def emulator_session() -> Iterator[EmulatorHandle]:
    """One emulator for the whole session, on the port in DINGTALK_OPENAPI_ENDPOINT."""
    handle = start_test_emulator(STREAM_PORT)
    try:
        yield handle
    finally:
        handle.control.close()
        handle.server.stop()


@pytest.fixture
def emulator(emulator_session: EmulatorHandle) -> Iterator[EmulatorHandle]:
    """The session emulator, reset to the seeded test org before each test."""
    emulator_session.control.reset()
    yield emulator_session
    emulator_session.control.clear_faults()


@pytest.fixture
def stream_client_factory(
    emulator: EmulatorHandle,
) -> Iterator[Callable[..., Any]]:
    """Build official stream clients with the test credentials; they are stopped after the test.

    Usage: `client = stream_client_factory(); client.register_callback_handler(...);
    start_client(client)` -- see `started`.
    """
    from integrations.dingtalk.emulator.sdk_runner import StreamClientRunner

    runners: list[StreamClientRunner] = []

    def factory(*handlers: tuple[str, Any], events: Any = None, wait: bool = True) -> Any:
        import dingtalk_stream

        credential = dingtalk_stream.Credential(
            emulator.settings.app_key, emulator.settings.app_secret.get_secret_value()
        )
        client = dingtalk_stream.DingTalkStreamClient(credential)
        for topic, handler in handlers:
            client.register_callback_handler(topic, handler)
        if events is not None:
            client.register_all_event_handler(events)
        before = {c["connection_id"] for c in emulator.control.connections()}
        runner = StreamClientRunner(client).start()
        runners.append(runner)
        deadline = time.monotonic() + 10
        while wait and not {c["connection_id"] for c in emulator.control.connections()} - before:
            if time.monotonic() > deadline:
                raise TimeoutError("stream client did not connect to the emulator")
            time.sleep(0.05)
        return client

    yield factory
    for runner in runners:
        runner.stop()
    # Let the server notice the closes, so the next test starts with no stale connections.
    deadline = time.monotonic() + 5
    while emulator.control.connections() and time.monotonic() < deadline:
        time.sleep(0.05)


class OfficialSdk:
    """Builds unmodified alibabacloud_dingtalk clients pointed at the emulator."""

    def __init__(self, handle: EmulatorHandle) -> None:
        self.handle = handle

    def client(self, module: str) -> Any:
        """`alibabacloud_dingtalk.<module>.client.Client` over http to the emulator."""
        import importlib

        from alibabacloud_tea_openapi import models as open_api_models

        config = open_api_models.Config(
            protocol="http", region_id="central", endpoint=self.handle.sdk_endpoint
        )
        return importlib.import_module(f"alibabacloud_dingtalk.{module}.client").Client(config)

    def models(self, module: str) -> Any:
        """`alibabacloud_dingtalk.<module>.models`."""
        import importlib

        return importlib.import_module(f"alibabacloud_dingtalk.{module}.models")

    def runtime(self) -> Any:
        """Default runtime options."""
        from alibabacloud_tea_util.models import RuntimeOptions

        return RuntimeOptions()

    def app_token(self) -> str:
        """An app access token through oauth2_1_0 GetAccessToken."""
        models = self.models("oauth2_1_0")
        request = models.GetAccessTokenRequest(
            app_key=self.handle.settings.app_key,
            app_secret=self.handle.settings.app_secret.get_secret_value(),
        )
        response = self.client("oauth2_1_0").get_access_token(request)
        assert response.body.expire_in > 300
        return str(response.body.access_token)


@pytest.fixture
def sdk(emulator: EmulatorHandle) -> OfficialSdk:
    """Factory for official SDK clients against the emulator."""
    return OfficialSdk(emulator)
