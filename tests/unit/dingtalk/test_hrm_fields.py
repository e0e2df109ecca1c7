"""What the new pre-entry API is sent: field groups, the org's override, the epoch time."""

from __future__ import annotations

from datetime import UTC, datetime

from integrations.dingtalk.hrm import epoch_ms, pre_entry_groups
from integrations.dingtalk.ports import PreEntry, RosterField, RosterFields


def _entry(fields: dict[str, str]) -> PreEntry:
    return PreEntry(
        name="赵六",
        mobile="13912345678",
        pre_entry_time=datetime(2026, 12, 15, 9, 0),
        position="后端工程师",
        fields=fields,
    )


# As OD:intelligent-personnel-roster-metadata-query answers: custom groups and codes are DingTalk's.
META = RosterFields(
    (
        RosterField("sys00-name", "姓名", "sys00"),
        RosterField("sys00-mobile", "手机号", "sys00"),
        RosterField("sys00-position", "职位", "sys00"),
        RosterField("sys00-confirmJoinTime", "入职时间", "sys00"),
        RosterField("494c20ee-4aa1-4465-ae8c-a25e406219eb", "面试评分", "custom654abc"),
        RosterField("5a1c20ee-0000-4465-ae8c-a25e406219eb", "司龄", "custom654abc", derived=True),
    )
)


def test_fields_are_grouped_by_the_metadata_group_and_the_org_choice_wins() -> None:
    groups, missing = pre_entry_groups(
        _entry({"sys00-position": "高级后端", "面试评分": "8", "面试总结": "好", "司龄": "1"}), META
    )

    by_group = {
        g["groupId"]: {f["fieldCode"]: f["value"] for f in g["sections"][0]["empFieldVOList"]}
        for g in groups
    }
    assert by_group["sys00"]["sys00-position"] == "高级后端"
    assert by_group["sys00"]["sys00-name"] == "赵六"
    assert by_group["custom654abc"] == {"494c20ee-4aa1-4465-ae8c-a25e406219eb": "8"}
    # Not in the roster, or computed by DingTalk: reported, never invented.
    assert missing == ("面试总结", "司龄")
    # Empty values (no department here) and fields the roster lacks are not sent at all.
    assert "sys00-mainDeptId" not in by_group["sys00"]
    assert "sys00-workPlace" not in by_group["sys00"]


def test_a_naive_entry_time_is_beijing_time() -> None:
    assert epoch_ms(datetime(2026, 12, 15, 9, 0)) == epoch_ms(
        datetime(2026, 12, 15, 1, 0, tzinfo=UTC)
    )


def test_a_pre_entry_with_archive_fields_stays_hashable_and_unchanged_by_its_source() -> None:
    source = {"dinghire-interviewScore": "8"}
    entry = _entry(source)
    source["dinghire-interviewScore"] = "9"

    assert entry.fields == {"dinghire-interviewScore": "8"}
    assert hash(entry) == hash(_entry({}))
    assert entry != _entry({})
