"""Re-delivery, reconnects, throttling, token expiry and injected faults, as the SDKs see them."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import dingtalk_stream
import httpx
import pytest
from dingtalk_stream import AckMessage
from Tea.exceptions import TeaException

from integrations.dingtalk.emulator.gateway import BOT_TOPIC
from integrations.dingtalk.emulator.testing import EmulatorHandle
from tests.integration.dingtalk.emulator.test_emulator_stream_bot import EchoBot


class FlakyEvents(dingtalk_stream.EventHandler):  # type: ignore[misc]
    """First delivery hangs (no ACK), fails (code 500) or ACKs; later deliveries ACK."""

    def __init__(self, first: str) -> None:
        super().__init__()
        self.first = first
        self.deliveries: list[tuple[str, str]] = []
        self.acked = threading.Event()

    async def process(self, event: dingtalk_stream.EventMessage) -> tuple[int, str]:
        conn = self.dingtalk_client.websocket
        self.deliveries.append((event.headers.event_id, str(id(conn))))
        if len(self.deliveries) == 1 and self.first != "ack":
            if self.first == "hang":
                await asyncio.sleep(3600)  # never ACKs; cancelled when the client stops
            return AckMessage.STATUS_SYSTEM_EXCEPTION, "later"
        self.acked.set()
        return AckMessage.STATUS_OK, "OK"


def _wait(predicate: Any, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(0.05)


def test_unacked_event_is_redelivered_to_the_new_connection_after_a_drop(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    handler = FlakyEvents(first="hang")
    stream_client_factory(events=handler)
    emulator.control.emit_event("hrm_mdm_user_change", {"changeType": 1, "staffId": "emp001"})
    _wait(lambda: len(handler.deliveries) == 1)

    dropped = emulator.control.drop_connections()

    assert dropped == 1
    assert handler.acked.wait(5)
    (first_id, first_conn), (second_id, second_conn) = handler.deliveries
    assert first_id == second_id
    assert first_conn != second_conn
    _wait(lambda: emulator.control.events()[-1].status == "acked")
    record = emulator.control.events()[-1]
    assert (record.event_type, record.attempts) == ("hrm_mdm_user_change", 2)


def test_failed_ack_is_redelivered_after_the_configured_delay(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    handler = FlakyEvents(first="fail")
    stream_client_factory(events=handler)
    started = time.monotonic()

    emulator.control.emit_event("user_add_org", {"userId": ["emp001"]})

    assert handler.acked.wait(5)
    assert time.monotonic() - started >= 0.9  # redelivery_delay_s is 1 s in tests
    assert len(handler.deliveries) == 2


def test_events_emitted_while_offline_arrive_when_a_client_connects(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    emulator.control.emit_event("user_add_org", {"userId": ["emp001"]})
    handler = FlakyEvents(first="ack")

    stream_client_factory(events=handler)

    assert handler.acked.wait(5)


def test_system_disconnect_makes_the_sdk_reconnect(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    stream_client_factory(events=FlakyEvents(first="fail"))
    before = emulator.control.connections()[0]["connection_id"]

    emulator.control.drop_connections(mode="disconnect")

    _wait(
        lambda: [c["connection_id"] for c in emulator.control.connections()] not in ([], [before])
    )


def test_dropped_events_are_never_delivered(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    handler = FlakyEvents(first="ack")
    stream_client_factory(events=handler)
    emulator.control.drop_next_events("user_add_org", 1)

    emulator.control.emit_event("user_add_org", {"userId": ["a"]})
    emulator.control.emit_event("user_leave_org", {"userId": ["b"]})

    assert handler.acked.wait(5)
    # Drain, then count: nothing left pending means nothing more can be delivered.
    _wait(lambda: all(e.status != "pending" for e in emulator.control.events()))
    assert [d[0] for d in handler.deliveries] == [handler.deliveries[0][0]]
    statuses = {(e.event_type, e.status) for e in emulator.control.events()}
    assert ("user_add_org", "dropped") in statuses


def _batch_send(sdk: Any, token: str, robot_code: str) -> Any:
    models = sdk.models("robot_1_0")
    return sdk.client("robot_1_0").batch_send_otowith_options(
        models.BatchSendOTORequest(
            robot_code=robot_code,
            user_ids=["hr001"],
            msg_key="sampleText",
            msg_param='{"content":"x"}',
        ),
        models.BatchSendOTOHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )


def test_qps_limit_gives_the_sdk_a_403_tea_exception(emulator: EmulatorHandle, sdk: Any) -> None:
    emulator.control.configure(qps_limit=2)
    token = sdk.app_token()
    robot = emulator.settings.app_key

    _batch_send(sdk, token, robot)
    _batch_send(sdk, token, robot)
    with pytest.raises(TeaException) as info:
        _batch_send(sdk, token, robot)

    assert info.value.code == "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"
    assert info.value.statusCode == 403
    time.sleep(1.05)
    _batch_send(sdk, token, robot)  # the window has passed


def test_old_api_throttle_is_errcode_90018(emulator: EmulatorHandle) -> None:
    settings = emulator.settings
    token = httpx.get(
        emulator.base_url + "/gettoken",
        params={"appkey": settings.app_key, "appsecret": settings.app_secret.get_secret_value()},
    ).json()["access_token"]
    emulator.control.throttle_next("/topapi/smartwork/hrm/employee/querypreentry")

    answer = httpx.post(
        emulator.base_url + "/topapi/smartwork/hrm/employee/querypreentry",
        params={"access_token": token},
        json={"offset": 0, "size": 10},
    )

    assert answer.status_code == 200
    assert answer.json()["errcode"] == 90018


def test_expired_token_is_refused_until_a_new_one_is_fetched(
    emulator: EmulatorHandle, sdk: Any
) -> None:
    token = sdk.app_token()
    robot = emulator.settings.app_key
    _batch_send(sdk, token, robot)

    emulator.control.expire_tokens()
    with pytest.raises(TeaException) as info:
        _batch_send(sdk, token, robot)
    old = httpx.post(
        emulator.base_url + "/topapi/v2/user/get",
        params={"access_token": token},
        json={"userid": "hr001"},
    ).json()

    assert info.value.code == "InvalidAuthentication"
    assert info.value.statusCode == 401
    assert (old["errcode"], old["sub_code"]) == (88, "40014")
    _batch_send(sdk, sdk.app_token(), robot)


def test_injected_server_error_reaches_the_sdk_unretried(
    emulator: EmulatorHandle, sdk: Any
) -> None:
    token = sdk.app_token()
    emulator.control.fail_next("/v1.0/robot/oToMessages/batchSend", status=503)

    with pytest.raises(TeaException) as info:
        _batch_send(sdk, token, emulator.settings.app_key)

    assert info.value.statusCode == 503
    assert info.value.code == "ServiceUnavailable"
    _batch_send(sdk, token, emulator.settings.app_key)


def test_bad_credentials_are_refused_by_token_and_gateway(emulator: EmulatorHandle) -> None:
    body = {"appKey": "dingtestappkey", "appSecret": "wrong"}
    token = httpx.post(emulator.base_url + "/v1.0/oauth2/accessToken", json=body)
    gateway = httpx.post(
        emulator.base_url + "/v1.0/gateway/connections/open",
        json={"clientId": "dingtestappkey", "clientSecret": "wrong", "subscriptions": []},
    )

    assert (token.status_code, token.json()["code"]) == (400, "invalidClientIdOrSecret")
    assert gateway.status_code == 400


def test_delayed_events_arrive_after_the_delay_and_are_then_acked(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    handler = FlakyEvents(first="ack")
    stream_client_factory(events=handler)
    emulator.control.delay_stream(1.5)
    assert emulator.control.request("GET", "/faults")["stream_delay_s"] == 1.5
    started = time.monotonic()

    emulator.control.emit_event("user_add_org", {"userId": ["emp001"]})

    assert [e.status for e in emulator.control.events()][-1] == "pending"
    assert handler.acked.wait(10)
    assert time.monotonic() - started >= 1.4
    assert len(handler.deliveries) == 1  # held back, not lost: delivered once and ACKed
    _wait(lambda: emulator.control.events()[-1].status == "acked")


def test_delayed_robot_messages_reach_the_bot_after_the_delay(
    emulator: EmulatorHandle, stream_client_factory: Any
) -> None:
    bot = EchoBot()
    stream_client_factory((BOT_TOPIC, bot))
    emulator.control.delay_stream(1.0)
    started = time.monotonic()

    result = emulator.control.send_text("hr001", "晚到的消息")

    assert result["delivered"] is True
    assert time.monotonic() - started >= 0.95
    assert bot.got.wait(5)
    emulator.control.clear_faults()
    assert emulator.control.request("GET", "/faults")["stream_delay_s"] == 0.0


def test_a_delay_outside_zero_to_ten_minutes_is_refused(emulator: EmulatorHandle) -> None:
    response = httpx.post(f"{emulator.base_url}/_emulator/faults/delay", json={"delay_s": -1})
    assert response.status_code == 400
    assert "0 到 600" in response.json()["message"]
