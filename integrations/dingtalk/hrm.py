"""智能人事: add pre-entry, list pre-entries (old oapi), read roster and its metadata.

A pre-entry without archive fields goes through the documented old `addpreentry`; one with
archive fields (the interview summary) needs the new SDK `AddHrmPreentry`, the only call that
carries 花名册 fields (contract §7.1). Its groupId and fieldCode values come from the org's roster
metadata (OD:add-employees-to-be-hired-supports-system-and-custom-fields): custom field codes are
assigned by DingTalk, so archive fields are found by name. When the new call is refused for good
(e.g. the app lacks Pro.HrmPreentry.ReadWrite) the record is still added through the old call, and
the result names the fields that were not written so HR can be told.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.hrm_status import HrmStatusReader
from integrations.dingtalk.ports import (
    PreEntry,
    PreEntryResult,
    RosterEntry,
    RosterField,
    RosterFields,
)
from integrations.dingtalk.transport import HttpCaller, SdkCaller

log = logging.getLogger(__name__)

# A naive pre-entry time is the org's wall clock: DingTalk orgs run on Beijing time, which is how
# the old API reads its "yyyy-MM-dd HH:mm:ss" string; the new API wants epoch milliseconds.
DINGTALK_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
# addpreentry answers errcode -1 "系统繁忙" for a mobile already in the org
# (OD:add-employees-to-be-hired-through-intelligent-personnel): a refusal, not a busy server.
MOBILE_IN_ORG = "MobileInOrg"
# The roster metadata changes when HR edits 花名册: rarely. Read it at most this often.
META_TTL_S = 3600.0


def epoch_ms(moment: datetime) -> int:
    """Epoch milliseconds of `moment` (naive = Beijing time)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=DINGTALK_TZ)
    return int(aware.timestamp() * 1000)


def system_fields(entry: PreEntry) -> dict[str, str]:
    """The record's own values by 花名册 system field code, for the new pre-entry API.

    The codes are [COMM] (read back from rosters everywhere); that the new API accepts each of
    them on write, and in these value formats, is [UNCONFIRMED]: kept here to be easy to correct.
    """
    values = {
        "sys00-name": entry.name,
        "sys00-mobile": entry.mobile,
        "sys00-confirmJoinTime": entry.pre_entry_time.strftime("%Y-%m-%d"),
        "sys00-position": entry.position,
        "sys00-deptIds": "|".join(str(d) for d in entry.dept_ids),
        "sys00-mainDeptId": str(entry.main_dept_id) if entry.main_dept_id is not None else "",
        "sys00-mainDept": entry.main_dept_name,
        "sys00-dept": entry.main_dept_name,
        "sys00-workPlace": entry.work_place,
    }
    return {code: value for code, value in values.items() if value}


def pre_entry_groups(
    entry: PreEntry, meta: RosterFields
) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """`groups` of the new API (one section per metadata group) and the archive fields the
    roster metadata does not have (by the name or code the caller gave)."""
    by_code, by_name = meta.by_code, meta.by_name
    values: dict[str, str] = {}
    for code, value in system_fields(entry).items():
        if code in by_code:
            values[code] = value
        else:
            log.info("roster metadata has no %s; the pre-entry goes without it", code)
    missing: list[str] = []
    for key, value in entry.fields.items():
        # The org's archive choice wins when it names a system field (e.g. sys00-remark).
        found = by_code.get(key) or by_name.get(key)
        if found is None or found.derived:
            missing.append(key)
        else:
            values[found.code] = value
    grouped: dict[str, list[dict[str, str]]] = {}
    for code, value in values.items():
        grouped.setdefault(by_code[code].group_id, []).append({"fieldCode": code, "value": value})
    groups = [
        {"groupId": group, "sections": [{"oldIndex": 0, "empFieldVOList": items}]}
        for group, items in grouped.items()
    ]
    return groups, tuple(missing)


def parse_roster_meta(result: Any) -> RosterFields:
    """RosterFields from the `result` of oapi roster/meta/get."""
    fields = []
    for group in result or []:
        group_id = str((group or {}).get("group_id") or "")
        for f in (group or {}).get("field_meta_info_list") or []:
            if f and f.get("field_code"):
                fields.append(
                    RosterField(
                        code=str(f["field_code"]),
                        name=str(f.get("field_name") or ""),
                        group_id=group_id,
                        derived=bool(f.get("derived")),
                    )
                )
    return RosterFields(tuple(fields))


def pre_entry_param(entry: PreEntry) -> dict[str, Any]:
    """The `param` object of oapi addpreentry (extend_info is a JSON string)."""
    extend: dict[str, Any] = {"employeeType": entry.employee_type}
    if entry.dept_ids:
        extend["depts"] = "|".join(str(d) for d in entry.dept_ids)
    if entry.main_dept_id is not None:
        extend["mainDeptId"] = entry.main_dept_id
    if entry.main_dept_name:
        extend["mainDeptName"] = entry.main_dept_name
    if entry.position:
        extend["position"] = entry.position
    if entry.work_place:
        extend["workPlace"] = entry.work_place
    param: dict[str, Any] = {
        "name": entry.name,
        "mobile": entry.mobile,
        "pre_entry_time": entry.pre_entry_time.strftime("%Y-%m-%d %H:%M:%S"),
        "extend_info": json.dumps(extend, ensure_ascii=False),
    }
    if entry.op_user_id:
        param["op_userid"] = entry.op_user_id
    return param


class HrmAdapter(HrmStatusReader):
    """Implements the Hrm port (on-job status and leaving from HrmStatusReader)."""

    def __init__(self, sdk: SdkCaller, http: HttpCaller) -> None:
        super().__init__(sdk, http)
        self._sdk = sdk
        self._http = http
        self._meta: RosterFields | None = None
        self._meta_at = 0.0

    async def roster_fields(self) -> RosterFields:
        """The org's 花名册 groups and fields (oapi roster/meta/get), cached for an hour."""
        if self._meta is None or time.monotonic() - self._meta_at > META_TTL_S:
            body = await self._http.oapi(
                "POST",
                "/topapi/smartwork/hrm/roster/meta/get",
                json={"agentid": self._sdk.settings.agent_id},
                what="hrm roster meta",
            )
            self._meta = parse_roster_meta(body.get("result"))
            self._meta_at = time.monotonic()
        return self._meta

    async def add_pre_entry(self, entry: PreEntry) -> PreEntryResult:
        """Add a 待入职 record; returns its user id and the archive fields not written."""
        if not entry.fields:
            return PreEntryResult(await self._add_old(entry))
        asked = tuple(entry.fields)
        try:
            groups, missing = pre_entry_groups(entry, await self.roster_fields())
        except DingTalkError as exc:
            if exc.retryable:
                raise
            return PreEntryResult(await self._add_old(entry), asked, f"读取花名册字段失败：{exc}")
        reason = "花名册中没有这些字段" if missing else ""
        if len(missing) == len(asked):
            return PreEntryResult(await self._add_old(entry), missing, reason)
        try:
            user_id = await self._add_new(entry, groups)
        except DingTalkError as exc:
            if exc.retryable:
                # Transient: the caller retries the whole call (and may find the record first).
                raise
            # A refusal means nothing was created; the record matters more than the summary.
            log.warning("hrm preentries refused (%s); adding the pre-entry without fields", exc)
            return PreEntryResult(await self._add_old(entry), asked, f"钉钉拒绝写入：{exc}")
        if not user_id:
            # Accepted but unnamed: a record may exist, so adding another here could duplicate it.
            raise DingTalkError("hrm preentries returned no tmpUserId", code="NoUserId")
        return PreEntryResult(user_id, missing, reason)

    async def _add_new(self, entry: PreEntry, wanted: list[dict[str, Any]]) -> str:
        from alibabacloud_dingtalk.hrm_1_0 import models as m
        from alibabacloud_dingtalk.hrm_1_0.client import Client

        client = self._sdk.client(Client)
        groups = [
            m.AddHrmPreentryRequestGroups(
                group_id=g["groupId"],
                sections=[
                    m.AddHrmPreentryRequestGroupsSections(
                        old_index=s["oldIndex"],
                        emp_field_volist=[
                            m.AddHrmPreentryRequestGroupsSectionsEmpFieldVOList(
                                field_code=f["fieldCode"], value=f["value"]
                            )
                            for f in s["empFieldVOList"]
                        ],
                    )
                    for s in g["sections"]
                ],
            )
            for g in wanted
        ]
        request = m.AddHrmPreentryRequest(
            agent_id=self._sdk.settings.agent_id,
            name=entry.name,
            mobile=entry.mobile,
            pre_entry_time=epoch_ms(entry.pre_entry_time),
            groups=groups,
        )

        async def op(token: str) -> Any:
            return await client.add_hrm_preentry_with_options_async(
                request, token_headers(m.AddHrmPreentryHeaders, token), self._sdk.runtime()
            )

        response = await self._sdk.call("hrm preentries", op)
        return str(getattr(response.body, "tmp_user_id", "") or "")

    async def _add_old(self, entry: PreEntry) -> str:
        body = await self._http.oapi(
            "POST",
            "/topapi/smartwork/hrm/employee/addpreentry",
            json={"param": pre_entry_param(entry)},
            what="hrm addpreentry",
            permanent_errcodes={-1: MOBILE_IN_ORG},
        )
        user_id = str(body.get("userid") or "")
        if not user_id:
            raise DingTalkError("addpreentry returned no userid", code="NoUserId")
        return user_id

    async def list_pre_entries(self, offset: int = 0, size: int = 50) -> tuple[str, ...]:
        """User ids of pre-entry employees (one page)."""
        body = await self._http.oapi(
            "POST",
            "/topapi/smartwork/hrm/employee/querypreentry",
            json={"offset": offset, "size": size},
            what="hrm querypreentry",
        )
        result = body.get("result") or {}
        return tuple(str(u) for u in result.get("data_list") or [])

    async def read_roster(
        self, user_ids: tuple[str, ...], field_codes: tuple[str, ...] = ()
    ) -> tuple[RosterEntry, ...]:
        """Roster fields of these users (all fields when `field_codes` is empty)."""
        from alibabacloud_dingtalk.hrm_1_0 import models as m
        from alibabacloud_dingtalk.hrm_1_0.client import Client

        if not user_ids:
            return ()
        client = self._sdk.client(Client)
        entries: list[RosterEntry] = []
        # The API takes at most 100 users per call.
        for start in range(0, len(user_ids), 100):
            request = m.GetEmployeeRosterByFieldRequest(
                app_agent_id=self._sdk.settings.agent_id,
                user_id_list=list(user_ids[start : start + 100]),
                field_filter_list=list(field_codes) or None,
                text_2select_convert=True,
            )

            async def op(token: str, request: Any = request) -> Any:
                return await client.get_employee_roster_by_field_with_options_async(
                    request,
                    token_headers(m.GetEmployeeRosterByFieldHeaders, token),
                    self._sdk.runtime(),
                )

            response = await self._sdk.call("hrm roster query", op)
            for item in response.body.result or []:
                fields: dict[str, str] = {}
                for f in item.field_data_list or []:
                    values = [str(v.label or v.value or "") for v in f.field_value_list or []]
                    fields[str(f.field_code)] = ",".join(v for v in values if v)
                entries.append(RosterEntry(str(item.user_id or ""), fields))
        return tuple(entries)
