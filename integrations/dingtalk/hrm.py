"""智能人事: add pre-entry, list pre-entries (old oapi), read roster (new SDK).

A pre-entry without archive fields goes through the documented old `addpreentry`; one with
archive fields (the interview summary) needs the new SDK `AddHrmPreentry`, the only call that
carries 花名册 field codes (contract §7.1). When the new call is refused for good (e.g. the org has
not created the custom fields) the record is still added through the old call, without them.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.ports import PreEntry, RosterEntry
from integrations.dingtalk.transport import HttpCaller, SdkCaller

log = logging.getLogger(__name__)

# A naive pre-entry time is the org's wall clock: DingTalk orgs run on Beijing time, which is how
# the old API reads its "yyyy-MM-dd HH:mm:ss" string; the new API wants epoch milliseconds.
DINGTALK_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


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


def field_group(code: str) -> str:
    """The 花名册 group of a field code: its prefix (sys00-name -> sys00) [UNCONFIRMED for custom
    fields, whose group id the org's roster metadata gives]."""
    return code.split("-", 1)[0] if "-" in code else code


def pre_entry_groups(entry: PreEntry) -> list[dict[str, Any]]:
    """`groups` of the new API: system fields then archive fields, one section per group."""
    # The org's archive choice wins when it names a system field (e.g. sys00-remark).
    values = {**system_fields(entry), **entry.fields}
    grouped: dict[str, list[dict[str, str]]] = {}
    for code, value in values.items():
        grouped.setdefault(field_group(code), []).append({"fieldCode": code, "value": value})
    return [
        {"groupId": group, "sections": [{"oldIndex": 0, "empFieldVOList": items}]}
        for group, items in grouped.items()
    ]


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


class HrmAdapter:
    """Implements the Hrm port."""

    def __init__(self, sdk: SdkCaller, http: HttpCaller) -> None:
        self._sdk = sdk
        self._http = http

    async def add_pre_entry(self, entry: PreEntry) -> str:
        """Add a 待入职 record; returns its user id."""
        if not entry.fields:
            return await self._add_old(entry)
        try:
            user_id = await self._add_new(entry)
        except DingTalkError as exc:
            if exc.retryable:
                # Transient: the caller retries the whole call (and may find the record first).
                raise
            # A refusal means nothing was created; the record matters more than the summary.
            log.warning("hrm preentries refused (%s); adding the pre-entry without fields", exc)
            return await self._add_old(entry)
        if not user_id:
            # Accepted but unnamed: a record may exist, so adding another here could duplicate it.
            raise DingTalkError("hrm preentries returned no tmpUserId", code="NoUserId")
        return user_id

    async def _add_new(self, entry: PreEntry) -> str:
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
            for g in pre_entry_groups(entry)
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
