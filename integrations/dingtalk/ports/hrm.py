"""The 智能人事 port: pre-entry (待入职) and the 花名册 roster."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Protocol

# ---------------------------------------------------------------- 智能人事


@dataclass(frozen=True)
class PreEntry:
    """A 待入职 employee to add."""

    name: str
    mobile: str
    pre_entry_time: datetime
    op_user_id: str = ""
    position: str = ""
    dept_ids: tuple[int, ...] = ()
    main_dept_id: int | None = None
    main_dept_name: str = ""
    work_place: str = ""
    employee_type: int = 1  # 1 全职, 2 兼职, 3 实习, ...
    # Extra 花名册 archive values by field name (or system field code such as sys00-remark): the
    # interview summary in the fields the org chose. DingTalk assigns custom field codes, so the
    # adapter looks them up in the roster metadata. Left out of the hash so the record stays
    # hashable; copied so it cannot change.
    fields: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", {str(k): str(v) for k, v in self.fields.items()})


@dataclass(frozen=True)
class PreEntryResult:
    """The 待入职 record made, and the archive fields DingTalk did not take (with why)."""

    user_id: str
    not_written: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class RosterField:
    """One 花名册 field of the org's roster metadata."""

    code: str
    name: str
    group_id: str
    derived: bool = False


@dataclass(frozen=True)
class RosterFields:
    """The org's 花名册 field metadata."""

    fields: tuple[RosterField, ...] = ()

    @property
    def by_code(self) -> dict[str, RosterField]:
        """Fields by code."""
        return {f.code: f for f in self.fields}

    @property
    def by_name(self) -> dict[str, RosterField]:
        """Writable fields by name (the first of a name wins)."""
        out: dict[str, RosterField] = {}
        for f in self.fields:
            if not f.derived:
                out.setdefault(f.name, f)
        return out


@dataclass(frozen=True)
class RosterEntry:
    """Roster (花名册) fields of one employee, by field code (e.g. sys00-name)."""

    user_id: str
    fields: Mapping[str, str] = field(default_factory=dict)


class OnJobStatus(IntEnum):
    """智能人事 on-job status codes (queryonjob status_list)."""

    PROBATION = 2  # 试用期
    REGULAR = 3  # 正式
    LEAVING = 5  # 待离职
    NONE = -1  # 无状态


@dataclass(frozen=True)
class Dismission:
    """Why and when an employee left (v1.0 hrm/employees/dimissionInfos)."""

    user_id: str
    last_work_day: datetime | None
    reason_memo: str = ""
    voluntary_reasons: tuple[str, ...] = ()
    passive_reasons: tuple[str, ...] = ()
    pre_status: int | None = None  # 1 待入职, 2 试用期, 3 正式
    status: int | None = None  # 1 待离职, 2 已离职, 3 neither, 4 approval pending


class Hrm(Protocol):
    """智能人事: pre-entry, roster, on-job status and leaving."""

    async def add_pre_entry(self, entry: PreEntry) -> PreEntryResult:
        """Add a 待入职 record; returns its user id and the archive fields not written."""
        ...

    async def roster_fields(self) -> RosterFields:
        """The org's 花名册 field metadata."""
        ...

    async def list_pre_entries(self, offset: int = 0, size: int = 50) -> tuple[str, ...]:
        """User ids of pre-entry employees."""
        ...

    async def read_roster(
        self, user_ids: tuple[str, ...], field_codes: tuple[str, ...] = ()
    ) -> tuple[RosterEntry, ...]:
        """Roster fields of these users (all fields when `field_codes` is empty)."""
        ...

    async def list_on_job(
        self, statuses: tuple[OnJobStatus, ...], offset: int = 0, size: int = 50
    ) -> tuple[tuple[str, ...], int | None]:
        """User ids of on-job employees in these statuses (one page) and the next offset."""
        ...

    async def dismissions(self, user_ids: tuple[str, ...]) -> tuple[Dismission, ...]:
        """Leaving information of these users (those who have none are left out)."""
        ...
