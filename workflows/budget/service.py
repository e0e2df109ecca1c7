"""Counting DingTalk calls against the org's monthly quota, and warning HR before it runs out.

A standard-edition org may make 5,000 calls a month (token, identity and contacts APIs not
counted); beyond that every call fails until the next month. Counts live in the database so all
processes share them and `dinghire config check` can show them.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from tortoise.expressions import F

from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from settings import DingTalkSettings, Settings
from workflows.budget.messages import BudgetAlert, BudgetPresenter
from workflows.budget.models import ApiCallCount
from workflows.clock import BEIJING, Clock, utc_now
from workflows.messaging.outbox import enqueue_message
from workflows.staff.models import Role, Staff

log = logging.getLogger(__name__)

T = TypeVar("T")
# The call reconciliation polling makes per open approval (the adapter's label for it).
POLL_API = "workflow get instance"


def month_of(moment: datetime) -> str:
    """The DingTalk month of a moment, e.g. 2026-12."""
    return moment.astimezone(BEIJING).strftime("%Y-%m")


def month_bounds(moment: datetime) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of the DingTalk month of `moment`."""
    local = moment.astimezone(BEIJING)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


@dataclass(frozen=True)
class MonthUsage:
    """One month's counted calls against the budget."""

    month: str
    total: int
    budget: int
    by_api: dict[str, int]

    @property
    def share(self) -> float:
        """Used share of the budget (0 when there is no budget)."""
        return self.total / self.budget if self.budget > 0 else 0.0


async def calls_this_month(now: datetime | None = None) -> dict[str, int]:
    """This month's counted calls by API."""
    rows = await ApiCallCount.filter(month=month_of(now or utc_now())).order_by("api")
    return {r.api: r.calls for r in rows}


async def month_usage(settings: DingTalkSettings, *, now: datetime | None = None) -> MonthUsage:
    """Counted calls of the current month, in total and by API."""
    month = month_of(now or utc_now())
    rows = await ApiCallCount.filter(month=month).order_by("-calls", "api")
    by_api = {r.api: r.calls for r in rows}
    return MonthUsage(month, sum(by_api.values()), settings.monthly_call_budget, by_api)


async def month_total(month: str, *, api_prefix: str = "") -> int:
    """Calls counted in a month (only APIs whose label starts with `api_prefix`, if given)."""
    query = ApiCallCount.filter(month=month)
    if api_prefix:
        query = query.filter(api__startswith=api_prefix)
    # A handful of rows per month: summing here keeps the query the same on every dialect.
    rows = await query.values_list("calls", flat=True)
    return sum(int(str(n)) for n in rows)


class OrmCallCounter:
    """Implements the CallCounter port: one row per month and API, HR warned at thresholds
    with a `BudgetAlert` that `presenter` words (the bootstrap gives it the bot's)."""

    def __init__(
        self, settings: DingTalkSettings, presenter: BudgetPresenter, clock: Clock = utc_now
    ) -> None:
        self._settings = settings
        self._presenter = presenter
        self._clock = clock
        # Thresholds already warned about in this process; the outbox dedup key makes the
        # warning once per month across processes too.
        self._warned: set[tuple[str, int]] = set()

    async def count(self, api: str) -> None:
        """Record one call of `api` in this month's row."""
        month = month_of(self._clock())
        api = api[:128]
        updated = await ApiCallCount.filter(month=month, api=api).update(calls=F("calls") + 1)
        if not updated:
            await ApiCallCount.bulk_create(
                [ApiCallCount(month=month, api=api, calls=0)], ignore_conflicts=True
            )
            await ApiCallCount.filter(month=month, api=api).update(calls=F("calls") + 1)
        await self._maybe_warn(month)

    async def _maybe_warn(self, month: str) -> None:
        budget = self._settings.monthly_call_budget
        pcts = sorted(self._settings.budget_warn_pcts, reverse=True)
        if budget <= 0 or not pcts or all((month, p) in self._warned for p in pcts):
            return
        total = await month_total(month)
        crossed = next((p for p in pcts if total * 100 >= budget * p), None)
        if crossed is None or (month, crossed) in self._warned:
            return
        self._warned.update((month, p) for p in pcts if p <= crossed)
        alert = BudgetAlert(month=month, used=total, budget=budget, pct=crossed)
        await warn_hr(self._presenter.budget_alert(alert), f"{month}:{crossed}")


async def warn_hr(message: Markdown, key: str) -> int:
    """Queue a warning for every active HR member (once per key); returns how many."""
    staff = await Staff.filter(is_active=True).order_by("id")
    hr_roles = {Role.HR.value, Role.HR_HEAD.value, Role.ADMIN.value}
    users = [s.dingtalk_user_id for s in staff if hr_roles & set(s.roles)]
    for user in users:
        outgoing = OutgoingMessage(Recipient.users(user), message)
        await enqueue_message(outgoing, dedup_key=f"dingtalk_budget:{key}:{user}"[:128])
    if not users:
        log.warning("DingTalk call budget warning %s: no HR member to tell", key)
    return len(users)


def usage_lines(usage: MonthUsage, top: int = 5) -> list[str]:
    """`dinghire config check` lines: the month's calls against the budget, busiest APIs first."""
    budget = str(usage.budget) if usage.budget > 0 else "no budget"
    share = f" ({usage.share:.0%})" if usage.budget > 0 else ""
    lines = [f"dingtalk.calls_this_month = {usage.total} / {budget}{share} in {usage.month}"]
    for api, calls in list(usage.by_api.items())[:top]:
        lines.append(f"dingtalk.calls_this_month.{api} = {calls}")
    return lines


def poll_allowance(
    *, budget: int, share: float, used: int, now: datetime, interval_s: float
) -> int | None:
    """How many instance reads this poll may make so polling keeps within `share` of the month's
    budget, paced evenly over the month (by this poll's end no more than the elapsed part of the
    share is used). None: no budget."""
    if budget <= 0:
        return None
    start, end = month_bounds(now)
    elapsed = (now - start).total_seconds() + max(interval_s, 1.0)
    fraction = min(1.0, elapsed / (end - start).total_seconds())
    return max(0, math.floor(budget * share * fraction) - used)


async def within_poll_budget(items: Sequence[T], settings: Settings, now: datetime) -> list[T]:
    """The open approvals this poll may read; rotated so each gets its turn when not all may."""
    interval = settings.offers.poll_interval_s
    limit = poll_allowance(
        budget=settings.dingtalk.monthly_call_budget,
        share=settings.dingtalk.poll_budget_share,
        used=await month_total(month_of(now), api_prefix=POLL_API),
        now=now,
        interval_s=interval,
    )
    if limit is None or limit >= len(items):
        return list(items)
    if limit == 0:
        log.warning("polling share of the DingTalk call budget used up: waiting for events")
        return []
    start = int(now.timestamp() // max(interval, 1.0)) * limit % len(items)
    rotated = [*items[start:], *items[:start]]
    return rotated[:limit]
