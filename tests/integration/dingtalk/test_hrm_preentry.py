"""智能人事 pre-entry through the official SDK: archive fields, the plain path, and retries."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest

from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.ports import PreEntry
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)

NEW_PREENTRY = "/v1.0/hrm/preentries"


def _entry(**fields: str) -> PreEntry:
    return PreEntry(
        name="赵六",
        mobile="13912345678",
        pre_entry_time=datetime(2026, 12, 1, 9, 0),
        op_user_id="hr001",
        position="后端工程师",
        dept_ids=(3,),
        main_dept_id=3,
        main_dept_name="研发部",
        fields=fields,
    )


async def test_archive_fields_are_stored_with_the_record_and_read_back(
    emu: Emu, clients: DingTalkClients
) -> None:
    user_id = await clients.hrm.add_pre_entry(
        _entry(**{"dinghire-interviewScore": "82.0", "sys00-remark": "优势：后端技术"})
    )

    (record,) = await asyncio.to_thread(emu.control.preentries)
    assert record.userid == user_id and record.source == "api"
    # A naive time is Beijing wall clock, stored as the old API would store it.
    assert record.pre_entry_time == "2026-12-01 09:00:00"
    assert record.fields["dinghire-interviewScore"] == "82.0"
    assert record.fields["sys00-remark"] == "优势：后端技术"
    assert record.fields["sys00-confirmJoinTime"] == "2026-12-01"
    assert record.fields["sys00-dept"] == "研发部"
    assert user_id in await clients.hrm.list_pre_entries()
    (roster,) = await clients.hrm.read_roster((user_id,), ("sys00-name", "dinghire-interviewScore"))
    assert roster.fields == {"sys00-name": "赵六", "dinghire-interviewScore": "82.0"}


async def test_a_record_without_archive_fields_keeps_the_documented_old_call(
    emu: Emu, clients: DingTalkClients
) -> None:
    await clients.hrm.add_pre_entry(_entry())

    (record,) = await asyncio.to_thread(emu.control.preentries)
    assert record.source == "oapi" and record.op_userid == "hr001"
    assert record.extend_info["depts"] == "3"
    assert record.fields == {}


async def test_a_failing_dingtalk_is_reported_not_papered_over_with_the_old_call(
    emu: Emu, clients: DingTalkClients
) -> None:
    # Server errors are transient: the caller's job retries; the old call must not run meanwhile.
    await asyncio.to_thread(emu.control.fail_next, NEW_PREENTRY, 20, status=500)

    with pytest.raises(DingTalkError) as failed:
        await clients.hrm.add_pre_entry(_entry(**{"dinghire-interviewScore": "82.0"}))

    assert failed.value.retryable
    assert await asyncio.to_thread(emu.control.preentries) == []
