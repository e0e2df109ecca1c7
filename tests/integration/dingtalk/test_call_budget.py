"""The monthly API call budget: counted by API in the database, warned about, enforced by DingTalk.

Emulator behaviour from OD:how-to-process-api-throttling-on-the-dingtalk-server: a standard org
may make 5,000 calls a month, token/identity/contacts APIs not counted; beyond it every call gets
403 Forbidden.AccessDenied.ApiCountLimitForOrg (old API errcode 90020).
"""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.presenters.budget import BudgetTexts
from integrations.dingtalk.clients import DingTalkClients, build_dingtalk_clients
from integrations.dingtalk.errors import DingTalkThrottledError
from integrations.dingtalk.ports import Text
from settings import DatabaseSettings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    MemoryDeliveryLog,
    emu,
    emu_server,
    fast_policy,
)
from workflows.budget.models import ApiCallCount
from workflows.budget.service import OrmCallCounter, month_usage
from workflows.messaging.models import OutboxMessage
from workflows.staff.models import Staff


@pytest.fixture
async def counted(emu: Emu, db: DatabaseSettings) -> AsyncIterator[DingTalkClients]:
    """Clients that count their calls in the database, with a budget of 10 calls."""
    settings = emu.settings.model_copy(update={"monthly_call_budget": 10})
    built = build_dingtalk_clients(
        settings,
        delivery_log=MemoryDeliveryLog(),
        retry_policy=fast_policy(),
        call_counter=OrmCallCounter(settings, BudgetTexts()),
    )
    try:
        yield built
    finally:
        await built.aclose()


async def test_counted_calls_match_what_dingtalk_counts(emu: Emu, counted: DingTalkClients) -> None:
    await counted.messenger.send_to_users(("hr001",), Text("你好"))
    await counted.hrm.list_pre_entries()
    await counted.approvals.find_process_code("没有的模板")
    code = await asyncio.to_thread(emu.control.auth_code, "hr001")
    # 免登 is an identity API: not counted by DingTalk, so not by us either.
    await counted.login.org_user_from_auth_code(code)

    dingtalk = await asyncio.to_thread(emu.control.api_calls)
    usage = await month_usage(counted.settings)
    assert dingtalk["total"] == 3
    assert usage.total == dingtalk["total"]
    assert usage.month == dingtalk["month"]
    assert set(usage.by_api) == {
        "robot batchSend",
        "hrm querypreentry",
        "workflow processCode by name",
    }


async def test_a_used_up_quota_fails_at_once_without_retries(
    emu: Emu, counted: DingTalkClients
) -> None:
    before = await asyncio.to_thread(emu.control.configure)
    await asyncio.to_thread(emu.control.configure, monthly_call_quota=2)
    try:
        await counted.hrm.list_pre_entries()
        await counted.hrm.list_pre_entries()

        with pytest.raises(DingTalkThrottledError) as refused:
            await counted.hrm.list_pre_entries()
    finally:
        # The session emulator serves later tests that do not reset it.
        quota = before.monthly_call_quota
        await asyncio.to_thread(emu.control.configure, monthly_call_quota=quota)

    assert refused.value.quota_exhausted and not refused.value.retryable
    assert (await asyncio.to_thread(emu.control.api_calls))["total"] == 2
    # The refused call was made once, not retried.
    assert (await month_usage(counted.settings)).total == 3


async def test_hr_is_warned_once_at_80_and_once_at_95_percent(
    emu: Emu, counted: DingTalkClients
) -> None:
    await Staff.create(dingtalk_user_id="hr001", name="王芳", roles=["hr"])
    await Staff.create(dingtalk_user_id="mgr001", name="李强", roles=["manager"])

    for _ in range(8):
        await counted.hrm.list_pre_entries()
    warnings = await OutboxMessage.filter(dedup_key__startswith="dingtalk_budget:")
    assert [w.recipient for w in warnings] == ["users:hr001"]
    assert "80%" in str(warnings[0].payload)

    for _ in range(3):
        await counted.hrm.list_pre_entries()
    keys = await OutboxMessage.filter(dedup_key__startswith="dingtalk_budget:").values_list(
        "dedup_key", flat=True
    )
    assert sorted(k.split(":")[2] for k in keys) == ["80", "95"]
    assert await ApiCallCount.filter(api="hrm querypreentry").values_list("calls", flat=True) == [
        11
    ]
