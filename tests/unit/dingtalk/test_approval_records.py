"""Reading an approval instance's operationRecords from the official SDK model, tolerantly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from alibabacloud_dingtalk.workflow_1_0 import models as m

from integrations.dingtalk.approvals import parse_records, parse_time
from integrations.dingtalk.ports import ApprovalRecord


def _sdk_records(records: list[dict[str, Any]]) -> Any:
    """The records as the SDK builds them from a GetProcessInstance response body."""
    body = m.GetProcessInstanceResponseBody().from_map(
        {"success": "true", "result": {"status": "COMPLETED", "operationRecords": records}}
    )
    return body.result.operation_records


def test_records_keep_user_type_result_remark_and_time_in_order() -> None:
    records = parse_records(
        _sdk_records(
            [
                {
                    "userId": "hr_wangfang",
                    "date": "2026-11-20T02:00Z",
                    "type": "START_PROCESS_INSTANCE",
                    "result": "NONE",
                    "remark": "",
                    "showName": "王芳",
                    "attachments": [],
                },
                {
                    "userId": "mgr_chengang",
                    "date": "2026-11-21T03:30Z",
                    "type": "EXECUTE_TASK_NORMAL",
                    "result": "REFUSE",
                    "remark": " 薪资超出预算 ",
                    "activityId": "act-1",
                },
            ]
        )
    )

    assert records == (
        ApprovalRecord(
            "hr_wangfang",
            "START_PROCESS_INSTANCE",
            "NONE",
            "",
            datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
        ),
        ApprovalRecord(
            "mgr_chengang",
            "EXECUTE_TASK_NORMAL",
            "REFUSE",
            "薪资超出预算",
            datetime(2026, 11, 21, 3, 30, tzinfo=UTC),
        ),
    )
    assert records[1].refused and not records[0].refused
    assert not records[1].terminated


def test_missing_and_unknown_fields_do_not_break_the_read() -> None:
    records = parse_records(
        _sdk_records(
            [
                {},  # nothing at all
                {"userId": "hr_wangfang", "type": "TERMINATE_PROCESS_INSTANCE", "remark": "撤回"},
                {
                    "userId": "mgr_chengang",
                    "type": "SOME_FUTURE_TYPE",
                    "result": "refuse",
                    "date": "not a date",
                    "newField": {"x": 1},
                },
            ]
        )
    )

    assert records[0] == ApprovalRecord("", "", "", "", None)
    assert records[1].terminated and records[1].result == "" and records[1].at is None
    assert records[1].remark == "撤回"
    # A lower-case result still counts as a refusal; the unknown type is kept as sent.
    assert records[2].refused and records[2].type == "SOME_FUTURE_TYPE"
    assert records[2].at is None


def test_an_instance_without_records_has_none() -> None:
    body = m.GetProcessInstanceResponseBody().from_map({"result": {"status": "RUNNING"}})
    assert parse_records(body.result.operation_records) == ()
    assert parse_records(None) == ()
    assert parse_records([None]) == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-22T10:05Z", datetime(2026, 11, 22, 10, 5, tzinfo=UTC)),
        ("2026-11-22T18:05:09+08:00", datetime(2026, 11, 22, 10, 5, 9, tzinfo=UTC)),
        # Without an offset the time is DingTalk's own (Beijing).
        ("2026-11-22 18:05:00", datetime(2026, 11, 22, 10, 5, tzinfo=UTC)),
        (1795341900000, datetime(2026, 11, 22, 10, 5, tzinfo=UTC)),
        ("1795341900000", datetime(2026, 11, 22, 10, 5, tzinfo=UTC)),
        (1795341900, datetime(2026, 11, 22, 10, 5, tzinfo=UTC)),
        ("", None),
        ("yesterday", None),
        (None, None),
        (True, None),
    ],
)
def test_dingtalk_times_are_read_as_aware_datetimes(value: Any, expected: datetime | None) -> None:
    parsed = parse_time(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.utcoffset() is not None


def test_a_naive_time_carries_the_beijing_offset() -> None:
    parsed = parse_time("2026-11-22 18:05:00")
    assert parsed is not None
    assert parsed.utcoffset() == timezone(timedelta(hours=8)).utcoffset(None)
