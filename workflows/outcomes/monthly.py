"""The standing monthly report (fairness of the month's applications, validity to date, drift
against the month before), its alert to the HR head, and the weekly digest card."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from integrations.dingtalk.messages import (
    OutgoingMessage,
    Recipient,
)
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.messaging.notify import notify
from workflows.outcomes.cohort import load_records
from workflows.outcomes.demographics import backfill_from_candidates, read_profiles
from workflows.outcomes.drift_report import drift_report
from workflows.outcomes.fairness import fairness_report
from workflows.outcomes.messages import FairnessAlert, WeeklyDigest
from workflows.outcomes.models import MonthlyReport, ReviewRequest, ReviewStatus
from workflows.outcomes.serialise import drift_report_json, fairness_json, validity_json
from workflows.outcomes.validity import validity_rows
from workflows.services import Services
from workflows.staff.models import Role, Staff

SYSTEM = Actor.system("outcomes")


@dataclass(frozen=True, slots=True)
class MonthlySummary:
    """What the monthly build produced."""

    period: str
    alerts: tuple[str, ...]
    watch: tuple[str, ...]
    notified: tuple[str, ...]  # HR heads told about the alerts


def month_bounds(period: str) -> tuple[datetime, datetime]:
    """[first day, first day of next month) of YYYY-MM, in UTC."""
    year, month = (int(p) for p in period.split("-"))
    start = datetime(year, month, 1, tzinfo=UTC)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
    return start, end


def previous_period(day: date) -> str:
    """YYYY-MM of the month before `day`'s month."""
    first = day.replace(day=1) - timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def console_url(deps: Services) -> str:
    """The HR console's 公平与效度 view (the full charts page /outcomes is linked from it)."""
    return f"{deps.settings.server.public_base_url.rstrip('/')}/console#/fairness"


async def hr_heads() -> tuple[str, ...]:
    """DingTalk user ids of the active HR heads (admins only when there is none)."""
    staff = await Staff.filter(is_active=True)
    heads = [s.dingtalk_user_id for s in staff if Role.HR_HEAD.value in s.roles]
    admins = [s.dingtalk_user_id for s in staff if Role.ADMIN.value in s.roles]
    return tuple(sorted(heads or admins))


async def build_monthly_report(deps: Services, period: str) -> MonthlySummary:
    """Build (or rebuild) the month's report and tell the HR heads about its alerts once."""
    start, end = month_bounds(period)
    prev_start, _ = month_bounds(previous_period(start.date()))
    await backfill_from_candidates(vault=deps.vault, actor=SYSTEM)
    fairness = await fairness_report(vault=deps.vault, actor=SYSTEM, since=start, until=end)
    records = await load_records(since=prev_start, until=end)
    profiles = await read_profiles(
        {r.candidate_id for r in records}, vault=deps.vault, actor=SYSTEM, purpose="drift"
    )
    by_app = {
        r.application_id: profiles[r.candidate_id] for r in records if r.candidate_id in profiles
    }
    drift = await drift_report((prev_start, start), (start, end), by_app)
    validity = validity_rows(await load_records(until=end))
    alerts = tuple(fairness.alerts() + drift.alerts())
    body = {
        "period": period,
        "fairness": fairness_json(fairness),
        "validity": validity_json(validity),
        "drift": drift_report_json(drift),
    }
    await MonthlyReport.update_or_create(
        defaults={"body": body, "alerts": list(alerts)}, period=period
    )
    notified: tuple[str, ...] = ()
    if alerts:
        notified = await hr_heads()
        if notified:
            news = FairnessAlert(period, tuple(alerts), console_url(deps))
            await notify(
                OutgoingMessage(
                    Recipient.users(*notified), deps.present.outcomes.fairness_alert(news)
                ),
                dedup_key=f"outcome-alert:{period}",
                queue=deps.queue,
            )
    return MonthlySummary(period, alerts, tuple(fairness.watch()), notified)


async def send_weekly_digest(deps: Services, today: date) -> str | None:
    """The HR head's weekly card: the week's numbers, the latest month's alerts, the strongest
    valid predictor, open review requests, and a link to the console. Once per ISO week."""
    heads = await hr_heads()
    if not heads:
        return None
    week_start = datetime.combine(today - timedelta(days=7), datetime.min.time(), tzinfo=UTC)
    week_end = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    new = await Application.filter(created_at__gte=week_start, created_at__lt=week_end).count()
    latest = await MonthlyReport.all().order_by("-period").first()
    open_reviews = await ReviewRequest.filter(status=ReviewStatus.OPEN).count()
    digest = WeeklyDigest(new, open_reviews, console_url(deps))
    if latest is not None:
        digest = replace(
            digest,
            period=latest.period,
            alert_count=len(latest.alerts),
            lowest_ratio=_lowest_ratio(latest.body),
            best_predictor=_best_predictor(latest.body) or "",
        )
    year, week, _ = today.isocalendar()
    card = deps.present.outcomes.weekly_digest(digest)
    await notify(
        OutgoingMessage(Recipient.users(*heads), card),
        dedup_key=f"outcome-digest:{year}-W{week:02d}",
        queue=deps.queue,
    )
    return f"{year}-W{week:02d}"


def _lowest_ratio(body: dict[str, object]) -> float | None:
    fairness = body.get("fairness")
    ratios = []
    if isinstance(fairness, dict):
        for section in fairness.get("sections", []):
            for table in section.get("tables", []):
                if "×" in table.get("attribute", ""):
                    continue
                ratios += [
                    r["impact_ratio"] for r in table["rows"] if r["impact_ratio"] is not None
                ]
    return min(ratios) if ratios else None


def _best_predictor(body: dict[str, object]) -> str:
    validity = body.get("validity")
    if not isinstance(validity, dict):
        return ""
    rows = [r for r in validity.get("rows", []) if not r["too_few"] and r["r"] is not None]
    if not rows:
        return ""
    best = max(
        rows, key=lambda r: abs(r["corrected_r"] if r["corrected_r"] is not None else r["r"])
    )
    value = best["corrected_r"] if best["corrected_r"] is not None else best["r"]
    where = f"n={best['n']}，{best['family']}"
    return f"「{best['predictor']}」与{best['outcome']}相关 {value:.2f}（{where}）"
