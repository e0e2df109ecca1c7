"""The monthly report is stored with fairness, validity and drift; its alert and the weekly
digest card reach the HR head in the emulator once each; the daily job ties them together."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from pathlib import Path

from integrations.dingtalk.clients import DingTalkClients
from settings import DatabaseSettings
from tests.fakes import RecordingQueue
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)
from tests.integration.workflows.offers.onboarding_support import make_deps, onboarding_settings
from tests.integration.workflows.outcomes.support import store_cohort
from workflows.background.names import JobName
from workflows.messaging.models import OutboxMessage
from workflows.messaging.outbox import dispatch_outbox
from workflows.outcomes.jobs import outcomes_daily_job
from workflows.outcomes.models import MonthlyReport
from workflows.outcomes.monthly import build_monthly_report, send_weekly_digest

HEAD = "hr_lijing"


async def test_monthly_alert_and_weekly_digest_reach_the_hr_head(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    queue = RecordingQueue()
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, queue)
    await asyncio.to_thread(emu.control.add_user, user_id=HEAD, name="李静", dept_ids=[2])
    await store_cohort(deps.vault, n=300, when=datetime(2026, 11, 10, tzinfo=UTC))

    summary = await build_monthly_report(deps, "2026-11")
    assert summary.notified == (HEAD,)
    assert any("性别「女」" in line and "低于五分之四" in line for line in summary.alerts)
    stored = await MonthlyReport.get(period="2026-11")
    body = stored.body
    assert body["fairness"]["applications"] == 300
    assert {s["decision"] for s in body["fairness"]["sections"]} >= {"面试评估", "面试得分"}
    assert any(r["predictor"] == "问题解决" for r in body["validity"]["rows"])
    assert "not_assessed" in body["drift"] and stored.alerts == list(summary.alerts)

    since = await asyncio.to_thread(emu.control.last_seq)
    assert (await dispatch_outbox(clients.messenger, 10)).sent == 1
    (alert,) = await asyncio.to_thread(
        emu.control.wait_for_sent, since, where=lambda m: m.title == "公平性预警"
    )
    assert alert.recipient == HEAD and "2026-11 公平性与一致性月报" in alert.text
    assert "/console#/fairness" in alert.text

    week = await send_weekly_digest(deps, date(2026, 12, 7))
    assert week == "2026-W50"
    since = await asyncio.to_thread(emu.control.last_seq)
    assert (await dispatch_outbox(clients.messenger, 10)).sent == 1
    (card,) = await asyncio.to_thread(
        emu.control.wait_for_sent, since, where=lambda m: m.title == "钉聘周报"
    )
    assert card.recipient == HEAD and card.kind == "action_card"
    assert "2026-11 月报" in card.text and "最低影响比" in card.text
    assert card.buttons and card.buttons[0].url.endswith("/console#/fairness")

    # Rebuilding the month and resending the week's digest queue nothing new.
    await build_monthly_report(deps, "2026-11")
    await send_weekly_digest(deps, date(2026, 12, 8))
    assert await OutboxMessage.all().count() == 2
    assert len(queue.ids(JobName.DISPATCH_OUTBOX)) == 2


async def test_daily_job_builds_last_month_on_the_first(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    first = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    out = await outcomes_daily_job({"services": deps, "clock": lambda: first, "job_try": 1})
    assert out["period"] == "2026-11" and out["alerts"] == 0
    assert await MonthlyReport.exists(period="2026-11")
    second = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    out = await outcomes_daily_job({"services": deps, "clock": lambda: second, "job_try": 1})
    assert "period" not in out  # already built this month
