"""智能人事 routes: pre-entry (old and new) and roster reads (contract §7)."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.api import Ctx, api_route
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import PreEntry, User

FIELD_NAMES = {
    "sys00-name": "姓名",
    "sys00-mobile": "手机号",
    "sys00-email": "邮箱",
    "sys00-position": "职位",
    "sys00-dept": "部门",
    "sys00-deptIds": "部门ID",
    "sys00-mainDeptId": "主部门ID",
    "sys00-mainDept": "主部门",
    "sys00-workPlace": "办公地点",
    "sys00-confirmJoinTime": "入职时间",
    "sys00-remark": "备注",
    "sys01-employeeType": "员工类型",
    "sys01-employeeStatus": "员工状态",
    "sys01-regularTime": "转正日期",
}
SYSTEM_GROUPS = {"sys00": "基本信息", "sys01": "工作信息"}
# Custom fields HR created in 花名册 as docs/dingtalk-setup.md asks; DingTalk assigns their codes
# and their group id (OD:intelligent-personnel-roster-metadata-query shows `custom654xxx` and a
# UUID field code), so nothing can be derived from a name.
CUSTOM_FIELD_NAMES = ("面试评分", "面试总结", "面试报告", "培训计划")
# The org's wall clock: the old API's time strings are Beijing time, so the new API's epoch
# milliseconds are shown the same way and both APIs store the same text for the same moment.
ORG_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
EMPLOYEE_TYPES = {
    0: "无类型",
    1: "全职",
    2: "兼职",
    3: "实习",
    4: "劳务派遣",
    5: "退休返聘",
    6: "劳务外包",
}


def _check_mobile(emu: Emulator, mobile: str) -> None:
    if not mobile:
        raise errors.invalid_parameter("mobile", "手机号不能为空")
    # DingTalk refuses mobiles already in the org with the generic "系统繁忙".
    if emu.staff_by_mobile(mobile) is not None:
        raise errors.system_busy()


def roster_meta(emu: Emulator) -> list[dict[str, Any]]:
    """The org's 花名册 groups and fields, as `roster/meta/get` answers them."""
    groups: list[dict[str, Any]] = []
    for group_id, group_name in SYSTEM_GROUPS.items():
        fields = [
            {"field_code": code, "field_name": name, "derived": False}
            for code, name in FIELD_NAMES.items()
            if code.startswith(group_id + "-")
        ]
        groups.append(
            {
                "group_id": group_id,
                "group_name": group_name,
                "detail": False,
                "field_meta_info_list": fields,
            }
        )
    seed = f"dingtalk-roster:{emu.org.corp_id}"
    custom = [
        {
            "field_code": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{seed}:{name}")),
            "field_name": name,
            "derived": False,
        }
        for name in CUSTOM_FIELD_NAMES
    ]
    custom_id = "custom" + uuid.uuid5(uuid.NAMESPACE_URL, seed).hex[:8]
    groups.append(
        {
            "group_id": custom_id,
            "group_name": "自定义分组",
            "detail": False,
            "field_meta_info_list": custom,
        }
    )
    return groups


def field_info(emu: Emulator) -> dict[str, tuple[str, str]]:
    """(group id, field name) by field code, from the roster metadata."""
    return {
        f["field_code"]: (g["group_id"], f["field_name"])
        for g in roster_meta(emu)
        for f in g["field_meta_info_list"]
    }


async def roster_meta_get(ctx: Ctx) -> Response:
    """POST /topapi/smartwork/hrm/roster/meta/get with {agentid}."""
    ctx.field("agentid")
    return ctx.ok({"success": True, "result": roster_meta(ctx.emu)})


def _check_groups(emu: Emulator, groups: Any) -> dict[str, str]:
    """Field values by code, refusing a group or field the roster metadata does not have.

    OD:add-employees-to-be-hired-supports-system-and-custom-fields: groupId and fieldCode are the
    values of the roster metadata; anything else is 400 invalidParameter "参数错误".
    """
    known = {
        g["group_id"]: {f["field_code"] for f in g["field_meta_info_list"]}
        for g in roster_meta(emu)
    }
    fields: dict[str, str] = {}
    for group in groups or []:
        group_id = str((group or {}).get("groupId") or "")
        if group_id not in known:
            raise errors.ApiError(400, "invalidParameter", f"参数错误: groupId {group_id}", 400)
        for section in (group or {}).get("sections") or []:
            for field in (section or {}).get("empFieldVOList") or []:
                code = str((field or {}).get("fieldCode") or "")
                if code not in known[group_id]:
                    raise errors.ApiError(400, "invalidParameter", f"参数错误: {code}", 400)
                fields[code] = str(field.get("value") or "")
    return fields


def _store(emu: Emulator, entry: PreEntry) -> PreEntry:
    emu.state.preentries[entry.userid] = entry
    emu.touch()
    return entry


async def add_preentry_old(ctx: Ctx) -> Response:
    """POST /topapi/smartwork/hrm/employee/addpreentry."""
    param = ctx.field("param")
    if not isinstance(param, dict):
        raise errors.invalid_parameter("param")
    mobile = str(param.get("mobile") or "")
    _check_mobile(ctx.emu, mobile)
    raw_extend = param.get("extend_info") or "{}"
    try:
        extend = json.loads(raw_extend) if isinstance(raw_extend, str) else dict(raw_extend)
    except ValueError as exc:
        raise errors.invalid_parameter("extend_info", "extend_info 必须是JSON字符串") from exc
    entry = PreEntry(
        userid=secrets.token_hex(10),
        name=str(param.get("name") or ""),
        mobile=mobile,
        pre_entry_time=str(param.get("pre_entry_time") or ""),
        op_userid=str(param.get("op_userid") or ""),
        extend_info=extend,
        source="oapi",
        created_at=ctx.emu.now(),
    )
    if not entry.name:
        raise errors.invalid_parameter("name", "姓名不能为空")
    _store(ctx.emu, entry)
    return ctx.ok({"success": True, "userid": entry.userid})


async def add_preentry_new(ctx: Ctx) -> Response:
    """POST /v1.0/hrm/preentries."""
    mobile = str(ctx.field("mobile"))
    _check_mobile(ctx.emu, mobile)
    fields = _check_groups(ctx.emu, ctx.body.get("groups"))
    pre_ms = ctx.body.get("preEntryTime")
    if pre_ms is not None and not (isinstance(pre_ms, int) and not isinstance(pre_ms, bool)):
        raise errors.invalid_parameter("preEntryTime", "preEntryTime 必须是毫秒时间戳")
    entry = PreEntry(
        userid=secrets.token_hex(10),
        name=str(ctx.field("name")),
        mobile=mobile,
        pre_entry_time=(
            datetime.fromtimestamp(int(pre_ms) / 1000, ORG_TZ).strftime("%Y-%m-%d %H:%M:%S")
            if pre_ms
            else ""
        ),
        fields=fields,
        source="api",
        created_at=ctx.emu.now(),
    )
    _store(ctx.emu, entry)
    return ctx.ok({"tmpUserId": entry.userid})


async def query_preentry(ctx: Ctx) -> Response:
    """POST /topapi/smartwork/hrm/employee/querypreentry with {offset, size}."""
    offset = int(ctx.body.get("offset") or 0)
    size = min(int(ctx.body.get("size") or 50), 50)
    ids = [e.userid for e in sorted(ctx.emu.state.preentries.values(), key=lambda e: e.created_at)]
    page = ids[offset : offset + size]
    result: dict[str, Any] = {"data_list": page}
    if offset + size < len(ids):
        result["next_cursor"] = offset + size
    return ctx.ok({"success": True, "result": result})


def employment_fields(emu: Emulator, userid: str) -> dict[str, str]:
    """Status, join and regularisation dates from the staff member's 智能人事 record."""
    record = emu.state.employments.get(userid)
    if record is None:
        return {}
    values = {"sys01-employeeStatus": str(record.status)}
    if record.join_time:
        values["sys00-confirmJoinTime"] = record.join_time
    if record.regular_time:
        values["sys01-regularTime"] = record.regular_time
    return values


def roster_fields(emu: Emulator, userid: str) -> dict[str, str] | None:
    """Roster field values of a staff member or a pre-entry record."""
    user: User | None = emu.staff(userid)
    if user is not None:
        dept = emu.department(user.dept_ids[0]) if user.dept_ids else None
        return {
            "sys00-name": user.name,
            "sys00-mobile": user.mobile,
            "sys00-email": user.email,
            "sys00-position": user.title,
            "sys00-dept": dept.name if dept else "",
            "sys00-mainDeptId": str(dept.dept_id) if dept else "",
            "sys00-mainDept": dept.name if dept else "",
            "sys01-employeeStatus": "3",
            **employment_fields(emu, userid),
        }
    entry = emu.state.preentries.get(userid)
    if entry is None:
        return None
    ext = entry.extend_info
    etype = ext.get("employeeType")
    values = {
        "sys00-name": entry.name,
        "sys00-mobile": entry.mobile,
        "sys00-position": str(ext.get("position") or ""),
        "sys00-mainDeptId": str(ext.get("mainDeptId") or ""),
        "sys00-mainDept": str(ext.get("mainDeptName") or ""),
        "sys00-dept": str(ext.get("mainDeptName") or ""),
        "sys00-workPlace": str(ext.get("workPlace") or ""),
        "sys00-confirmJoinTime": entry.pre_entry_time,
        "sys01-employeeType": EMPLOYEE_TYPES.get(int(etype), "") if etype is not None else "",
        "sys01-employeeStatus": "待入职",
    }
    values.update(entry.fields)
    return values


def _filter(values: dict[str, str], wanted: list[str]) -> dict[str, str]:
    return {k: v for k, v in values.items() if not wanted or k in wanted}


async def roster_list_old(ctx: Ctx) -> Response:
    """POST /topapi/smartwork/hrm/employee/v2/list."""
    ids = [u for u in str(ctx.field("userid_list")).split(",") if u]
    if len(ids) > 100:
        raise errors.invalid_parameter("userid_list", "一次最多查询100人")
    wanted = [f for f in str(ctx.body.get("field_filter_list") or "").split(",") if f]
    info = field_info(ctx.emu)
    result = []
    for uid in ids:
        values = roster_fields(ctx.emu, uid)
        if values is None:
            continue
        result.append(
            {
                "userid": uid,
                "corp_id": ctx.emu.org.corp_id,
                "field_data_list": [
                    {
                        "field_code": code,
                        "field_name": info.get(code, ("", code))[1],
                        "group_id": info.get(code, (code.split("-")[0], ""))[0],
                        "field_value_list": [{"value": val, "label": val, "item_index": 0}],
                    }
                    for code, val in _filter(values, wanted).items()
                ],
            }
        )
    return ctx.ok({"success": True, "result": result})


async def roster_list_new(ctx: Ctx) -> Response:
    """POST /v1.0/hrm/rosters/lists/query."""
    ids = [str(u) for u in ctx.field("userIdList") or []]
    wanted = [str(f) for f in ctx.body.get("fieldFilterList") or []]
    info = field_info(ctx.emu)
    result = []
    for uid in ids:
        values = roster_fields(ctx.emu, uid)
        if values is None:
            continue
        user = ctx.emu.staff(uid)
        result.append(
            {
                "userId": uid,
                "unionId": user.union_id if user else "",
                "corpId": ctx.emu.org.corp_id,
                "fieldDataList": [
                    {
                        "fieldCode": code,
                        "fieldName": info.get(code, ("", code))[1],
                        "groupId": info.get(code, (code.split("-")[0], ""))[0],
                        "fieldValueList": [{"value": val, "label": val, "itemIndex": 0}],
                    }
                    for code, val in _filter(values, wanted).items()
                ],
            }
        )
    return ctx.ok({"result": result})


def routes() -> list[BaseRoute]:
    """The routes of this family."""
    return [
        api_route(
            "POST", "/topapi/smartwork/hrm/employee/addpreentry", add_preentry_old, family="old"
        ),
        api_route(
            "POST", "/topapi/smartwork/hrm/employee/querypreentry", query_preentry, family="old"
        ),
        api_route("POST", "/topapi/smartwork/hrm/employee/v2/list", roster_list_old, family="old"),
        api_route("POST", "/topapi/smartwork/hrm/roster/meta/get", roster_meta_get, family="old"),
        api_route("POST", "/v1.0/hrm/preentries", add_preentry_new),
        api_route("POST", "/v1.0/hrm/rosters/lists/query", roster_list_new),
    ]
