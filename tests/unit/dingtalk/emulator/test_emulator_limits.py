"""Throttle window, gateway tickets and fault injection, with a fake clock."""

from __future__ import annotations

from integrations.dingtalk.emulator.gateway import event_ack_ok
from integrations.dingtalk.emulator.limits import FaultInjector, PathFault, Throttle, TicketBook


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_throttle_allows_limit_calls_per_second_per_app_and_api() -> None:
    clock = FakeClock()
    throttle = Throttle(2, clock=clock)

    results = [throttle.allow("app", "POST /a") for _ in range(3)]
    other_api = throttle.allow("app", "POST /b")
    other_app = throttle.allow("app2", "POST /a")

    assert results == [True, True, False]
    assert other_api is True
    assert other_app is True


def test_throttle_window_slides() -> None:
    clock = FakeClock()
    throttle = Throttle(1, clock=clock)
    assert throttle.allow("app", "x")
    clock.now += 0.5
    assert not throttle.allow("app", "x")
    clock.now += 0.51
    assert throttle.allow("app", "x")


def test_zero_limit_disables_throttling() -> None:
    throttle = Throttle(0, clock=FakeClock())
    assert all(throttle.allow("app", "x") for _ in range(100))


def test_ticket_is_single_use() -> None:
    book = TicketBook(90, clock=FakeClock())
    ticket = book.issue("app", [("EVENT", "*")])

    first = book.redeem(ticket)
    second = book.redeem(ticket)

    assert first is not None
    assert first.subscriptions == [("EVENT", "*")]
    assert second is None


def test_ticket_expires_after_ttl() -> None:
    clock = FakeClock()
    book = TicketBook(90, clock=clock)
    fresh = book.issue("app", [])
    stale = book.issue("app", [])

    clock.now += 89
    assert book.redeem(fresh) is not None
    clock.now += 2
    assert book.redeem(stale) is None


def test_path_fault_fires_count_times_and_supports_prefixes() -> None:
    faults = FaultInjector()
    faults.add_path_fault(PathFault(path="/v1.0/robot/*", count=2, status=503))

    hits = [faults.take_path_fault("/v1.0/robot/groupMessages/send") for _ in range(3)]

    assert [h.status if h else None for h in hits] == [503, 503, None]
    assert faults.take_path_fault("/v1.0/card/instances") is None


def test_event_drops_are_counted_per_type() -> None:
    faults = FaultInjector()
    faults.drop_events("bpms_task_change", 1)

    assert faults.take_event_drop("bpms_instance_change") is False
    assert faults.take_event_drop("bpms_task_change") is True
    assert faults.take_event_drop("bpms_task_change") is False


def test_event_ack_rules_follow_the_contract() -> None:
    assert event_ack_ok(200, {"EventType": "x"})
    assert event_ack_ok(200, {"status": "SUCCESS", "message": "success"})
    assert not event_ack_ok(200, {"status": "LATER"})
    assert not event_ack_ok(500, {"status": "SUCCESS"})
    assert not event_ack_ok(None, None)
