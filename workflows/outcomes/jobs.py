"""The daily outcomes job: sync hires from 智能人事, build last month's report on the 1st (its
alert goes out once), and send the HR head's digest on Mondays (once per week)."""

from __future__ import annotations

from typing import Any

from workflows.background.jobs import retrying
from workflows.outcomes.models import MonthlyReport
from workflows.outcomes.monthly import build_monthly_report, previous_period, send_weekly_digest
from workflows.outcomes.sync import sync_from_dingtalk
from workflows.services import services_from_ctx


@retrying(max_tries=3)
async def outcomes_daily_job(ctx: dict[str, Any]) -> dict[str, Any]:
    """Run daily; the monthly and weekly parts are idempotent, so a rerun sends nothing twice."""
    deps = services_from_ctx(ctx)
    today = deps.clock().date()
    synced = await sync_from_dingtalk(deps)
    out: dict[str, Any] = {"synced": synced.updated, "left": synced.left}
    period = previous_period(today)
    # Built on the 1st, or later if the 1st was missed (no report for last month yet).
    if today.day == 1 or not await MonthlyReport.exists(period=period):
        summary = await build_monthly_report(deps, period)
        out.update(period=period, alerts=len(summary.alerts))
    if today.weekday() == 0:
        out["digest"] = await send_weekly_digest(deps, today)
    return out


OUTCOME_JOBS = (outcomes_daily_job,)
