"""Reconciliation polling stays within its share of the monthly DingTalk call budget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workflows.budget.service import month_bounds, poll_allowance

# OD:how-to-process-api-throttling-on-the-dingtalk-server: 5,000 calls a month (standard org).
BUDGET = 5000
SHARE = 0.3
INTERVAL_S = 300.0


def _simulate(open_offers: int, start: datetime, until: datetime | None = None) -> int:
    """Reads made from `start` until `until` (default: the month's end), polling every 5 min."""
    _, end = month_bounds(start)
    stop = min(until or end, end)
    used = 0
    now = start
    while now < stop:
        allowance = poll_allowance(
            budget=BUDGET, share=SHARE, used=used, now=now, interval_s=INTERVAL_S
        )
        assert allowance is not None
        used += min(open_offers, allowance)
        now += timedelta(seconds=INTERVAL_S)
    return used


MONTH_START = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # 2026-12-01 00:00 in Beijing


def test_a_busy_month_of_polling_keeps_within_its_share() -> None:
    # 20 open approvals polled every 5 minutes would need 178,560 reads in December.
    used = _simulate(20, MONTH_START)
    assert used <= BUDGET * SHARE
    assert used >= BUDGET * SHARE - 20  # the share is used, not wasted


def test_polling_is_paced_over_the_month_not_spent_at_its_start() -> None:
    half = _simulate(20, MONTH_START, until=MONTH_START + timedelta(days=15.5))
    assert BUDGET * SHARE / 2 - 20 <= half <= BUDGET * SHARE / 2 + 20


def test_few_open_approvals_are_all_polled() -> None:
    allowance = poll_allowance(
        budget=BUDGET, share=SHARE, used=0, now=datetime(2026, 12, 3, tzinfo=UTC), interval_s=300
    )
    assert allowance is not None and allowance >= 1


def test_no_budget_means_no_limit() -> None:
    now = datetime(2026, 12, 3, tzinfo=UTC)
    assert poll_allowance(budget=0, share=SHARE, used=10**6, now=now, interval_s=300) is None


def test_the_dingtalk_month_starts_at_midnight_beijing_time() -> None:
    start, end = month_bounds(datetime(2026, 11, 30, 16, 30, tzinfo=UTC))
    assert (start.month, start.day, start.hour) == (12, 1, 0)
    assert end - start == timedelta(days=31)
