"""智能人事: add pre-entry (old oapi addpreentry), list pre-entries, read roster (new SDK)."""

from __future__ import annotations

import json
from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.ports import PreEntry, RosterEntry
from integrations.dingtalk.transport import HttpCaller, SdkCaller


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
