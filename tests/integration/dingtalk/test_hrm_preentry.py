"""智能人事 pre-entry through the official SDK: archive fields, the plain path, and retries."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime

import pytest

from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.hrm import MOBILE_IN_ORG
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


async def test_archive_fields_go_to_the_codes_of_the_roster_metadata(
    emu: Emu, clients: DingTalkClients
) -> None:
    # OD:add-employees-to-be-hired-supports-system-and-custom-fields: groupId and fieldCode are
    # values of OD:intelligent-personnel-roster-metadata-query; custom codes are DingTalk's UUIDs,
    # so the adapter finds them by field name.
    result = await clients.hrm.add_pre_entry(_entry(面试评分="82.0", **{"sys00-remark": "优势"}))

    meta = await clients.hrm.roster_fields()
    score = meta.by_name["面试评分"]
    assert score.group_id != "sys00" and "-" in score.code
    (record,) = await asyncio.to_thread(emu.control.preentries)
    assert record.userid == result.user_id and record.source == "api"
    assert result.not_written == ()
    # A naive time is Beijing wall clock, stored as the old API would store it.
    assert record.pre_entry_time == "2026-12-01 09:00:00"
    assert record.fields[score.code] == "82.0"
    assert record.fields["sys00-remark"] == "优势"
    assert record.fields["sys00-confirmJoinTime"] == "2026-12-01"
    assert record.fields["sys00-dept"] == "研发部"
    assert result.user_id in await clients.hrm.list_pre_entries()
    (roster,) = await clients.hrm.read_roster((result.user_id,), ("sys00-name", score.code))
    assert roster.fields == {"sys00-name": "赵六", score.code: "82.0"}


async def test_a_field_the_roster_does_not_have_is_reported_not_invented(
    emu: Emu, clients: DingTalkClients
) -> None:
    result = await clients.hrm.add_pre_entry(_entry(面试评分="82.0", 入职培训="《沟通》"))

    (record,) = await asyncio.to_thread(emu.control.preentries)
    assert result.not_written == ("入职培训",)
    assert "82.0" in record.fields.values()
    assert "《沟通》" not in record.fields.values()


async def test_a_refused_new_call_keeps_the_record_and_reports_every_archive_field(
    emu: Emu, clients: DingTalkClients
) -> None:
    # OD:add-employees-to-be-hired-supports-system-and-custom-fields: 400 noPermission when the
    # app lacks Pro.HrmPreentry.ReadWrite.
    await asyncio.to_thread(
        emu.control.fail_next, NEW_PREENTRY, status=400, code="noPermission", message="无访问权限"
    )

    result = await clients.hrm.add_pre_entry(_entry(面试评分="82.0", 面试总结="优势：后端"))

    (record,) = await asyncio.to_thread(emu.control.preentries)
    assert record.source == "oapi" and record.userid == result.user_id
    assert sorted(result.not_written) == ["面试总结", "面试评分"]
    assert "noPermission" in result.reason


async def test_a_mobile_already_in_the_org_is_refused_for_good(
    emu: Emu, clients: DingTalkClients
) -> None:
    # OD:add-employees-to-be-hired-through-intelligent-personnel: a mobile of the org gives
    # "系统繁忙" (errcode -1); waiting does not change that.
    with pytest.raises(DingTalkError) as refused:
        await clients.hrm.add_pre_entry(replace(_entry(), mobile="13800000001"))

    assert not refused.value.retryable
    assert refused.value.code == MOBILE_IN_ORG


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
        await clients.hrm.add_pre_entry(_entry(面试评分="82.0"))

    assert failed.value.retryable
    assert await asyncio.to_thread(emu.control.preentries) == []
