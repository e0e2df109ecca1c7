"""What became of hires, read from the emulator's 智能人事 through the official SDK and oapi:
regularised, still on probation, and left (with the reason kept encrypted)."""
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
from tests.integration.workflows.spreadsheets.support import Person, add, backend_job
from workflows.applications.stages import Stage
from workflows.offers.models import Offer, OfferStatus
from workflows.outcomes.models import HireOutcome, ProbationResult
from workflows.outcomes.sync import sync_from_dingtalk
from workflows.privacy import contexts

LEFT_AT = datetime(2026, 10, 30, 16, 0, tzinfo=UTC)  # 2026-10-31 00:00 Beijing time


async def test_regularised_probation_and_leaving_are_read_from_smart_hr(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, RecordingQueue())
    job, _ = await backend_job()
    people = {
        "u_reg": ("张伟", "13812345678"),
        "u_prob": ("刘洋", "13911112222"),
        "u_left": ("陈静", "13700001111"),
    }
    apps = {}
    for user_id, (name, phone) in people.items():
        await asyncio.to_thread(
            emu.control.add_user, user_id=user_id, name=name, mobile=phone, dept_ids=[3]
        )
        app = await add(job, Person(name, phone, stage=Stage.HIRED), deps.vault)
        await Offer.create(application=app, status=OfferStatus.ACCEPTED, preentry_user_id=user_id)
        apps[user_id] = app
    setup = emu.control.set_employment
    await asyncio.to_thread(
        setup, user_id="u_reg", status=3, join_time="2026-03-01", regular_time="2026-06-01"
    )
    await asyncio.to_thread(setup, user_id="u_prob", status=2, join_time="2026-09-01")
    await asyncio.to_thread(
        setup,
        user_id="u_left",
        status=2,
        join_time="2026-08-01",
        dimission={
            "last_work_day": int(LEFT_AT.timestamp() * 1000),
            "reason_memo": "试用期考核未通过",
            "passive_reason": ["无法胜任工作"],
            "pre_status": 2,
            "status": 2,
        },
    )

    result = await sync_from_dingtalk(deps)
    assert (result.hires, result.updated, result.left, result.not_found) == (3, 3, 1, [])

    regular = await HireOutcome.get(application_id=apps["u_reg"].id)
    assert regular.probation is ProbationResult.PASSED
    assert (regular.hired_on, regular.regularised_on) == (date(2026, 3, 1), date(2026, 6, 1))
    assert regular.source == "dingtalk" and regular.dingtalk_user_id == "u_reg"
    probation = await HireOutcome.get(application_id=apps["u_prob"].id)
    assert probation.probation is ProbationResult.PENDING and probation.left_on is None
    left = await HireOutcome.get(application_id=apps["u_left"].id)
    assert left.left_on == date(2026, 10, 31) and left.leaving_type == "被动"
    assert left.probation is ProbationResult.FAILED
    reason = deps.vault.decrypt(left.leaving_reason_enc, context=contexts.LEAVING_REASON)
    assert reason == "无法胜任工作；试用期考核未通过"

    # A second sync changes nothing.
    again = await sync_from_dingtalk(deps)
    assert again.updated == 0 and again.hires == 3
