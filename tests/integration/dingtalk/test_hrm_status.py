"""智能人事 status through the official SDK and oapi: on-job employees by status, leaving
information, and regularisation dates in the roster."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.hrm_status import JOIN_TIME, REGULAR_TIME
from integrations.dingtalk.ports import OnJobStatus
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)

LEFT_AT = datetime(2026, 10, 31, 16, 0, tzinfo=UTC)


async def _setup(emu: Emu) -> None:
    await asyncio.to_thread(
        emu.control.set_employment,
        user_id="emp001",
        status=2,
        join_time="2026-09-01",
    )
    await asyncio.to_thread(
        emu.control.set_employment,
        user_id="mgr001",
        status=3,
        join_time="2026-03-01",
        regular_time="2026-06-01",
        dimission={
            "last_work_day": int(LEFT_AT.timestamp() * 1000),
            "reason_memo": "家庭原因",
            "voluntary_reason": ["家庭原因"],
            "pre_status": 3,
            "status": 2,
        },
    )


async def test_on_job_employees_are_listed_by_status(emu: Emu, clients: DingTalkClients) -> None:
    await _setup(emu)
    probation, cursor = await clients.hrm.list_on_job((OnJobStatus.PROBATION,))
    assert probation == ("emp001",) and cursor is None
    regular, _ = await clients.hrm.list_on_job((OnJobStatus.REGULAR, OnJobStatus.LEAVING))
    assert "hr001" in regular
    assert "emp001" not in regular and "mgr001" not in regular  # on probation / left


async def test_leaving_information_comes_back_through_the_sdk(
    emu: Emu, clients: DingTalkClients
) -> None:
    await _setup(emu)
    (left,) = await clients.hrm.dismissions(("emp001", "mgr001", "nobody"))
    assert left.user_id == "mgr001"
    assert left.last_work_day == LEFT_AT
    assert left.voluntary_reasons == ("家庭原因",) and left.passive_reasons == ()
    assert left.reason_memo == "家庭原因" and left.status == 2 and left.pre_status == 3


async def test_regularisation_and_join_dates_are_read_from_the_roster(
    emu: Emu, clients: DingTalkClients
) -> None:
    await _setup(emu)
    entries = await clients.hrm.read_roster(("emp001", "mgr001"), (REGULAR_TIME, JOIN_TIME))
    by_user = {e.user_id: dict(e.fields) for e in entries}
    assert by_user["mgr001"] == {REGULAR_TIME: "2026-06-01", JOIN_TIME: "2026-03-01"}
    assert by_user["emp001"] == {JOIN_TIME: "2026-09-01"}
