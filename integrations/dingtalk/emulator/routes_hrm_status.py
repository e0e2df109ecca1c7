"""智能人事 routes for what became of staff: on-job list by status and leaving information
(OD:intelligent-personnel-query-the-list-of-on-the-job-employees-of-the,
OD:obtain-resignation-information-of-employees-new-version)."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.api import Ctx, api_route
from integrations.dingtalk.emulator.core import Emulator

ON_JOB_STATUSES = {2, 3, 5, -1}


def _status(emu: Emulator, user_id: str) -> int | None:
    """The on-job status of a staff member; None once they have left."""
    record = emu.state.employments.get(user_id)
    if record is None:
        return 3  # staff without a record are 正式, as the roster shows them
    if record.dimission is not None and record.dimission.status == 2:
        return None
    return record.status


async def query_on_job(ctx: Ctx) -> Response:
    """POST /topapi/smartwork/hrm/employee/queryonjob with {status_list, offset, size}."""
    raw = str(ctx.field("status_list")).strip("[]")
    try:
        wanted = {int(s) for s in raw.split(",") if s.strip()}
    except ValueError as exc:
        raise errors.invalid_parameter("status_list", "状态应为 2,3,5,-1 中的数字") from exc
    if not wanted or not wanted <= ON_JOB_STATUSES:
        raise errors.invalid_parameter("status_list", "状态应为 2,3,5,-1 中的数字")
    offset = int(ctx.body.get("offset") or 0)
    size = int(ctx.body.get("size") or 50)
    if size > 50:
        raise errors.invalid_parameter("size", "分页大小最大50")
    ids = [
        u.user_id
        for u in ctx.emu.org.users
        if not u.external and u.user_id and _status(ctx.emu, u.user_id) in wanted
    ]
    page = ids[offset : offset + size]
    result: dict[str, Any] = {"data_list": page}
    if offset + size < len(ids):
        result["next_cursor"] = offset + size
    return ctx.ok({"success": True, "result": result})


async def dimission_infos(ctx: Ctx) -> Response:
    """GET /v1.0/hrm/employees/dimissionInfos?userIdList=[...] (at most 50)."""
    raw = ctx.query("userIdList")
    try:
        ids = [str(u) for u in json.loads(raw)] if raw.startswith("[") else raw.split(",")
    except ValueError as exc:
        raise errors.invalid_parameter("userIdList", "userIdList 应为数组") from exc
    ids = [u for u in ids if u]
    if not ids:
        raise errors.invalid_parameter("userIdList", "userIdList 不能为空")
    if len(ids) > 50:
        raise errors.invalid_parameter("userIdList", "一次最多查询50人")
    result = []
    for uid in ids:
        record = ctx.emu.state.employments.get(uid)
        if record is None or record.dimission is None:
            continue
        d = record.dimission
        user = ctx.emu.staff(uid)
        result.append(
            {
                "userId": uid,
                "name": user.name if user else "",
                "lastWorkDay": d.last_work_day,
                "reasonMemo": d.reason_memo,
                "preStatus": d.pre_status,
                "status": d.status,
                "voluntaryReason": list(d.voluntary_reason),
                "passiveReason": list(d.passive_reason),
                "deptList": [],
            }
        )
    return ctx.ok({"result": result})


def routes() -> list[BaseRoute]:
    """The routes of this family."""
    return [
        api_route("POST", "/topapi/smartwork/hrm/employee/queryonjob", query_on_job, family="old"),
        api_route("GET", "/v1.0/hrm/employees/dimissionInfos", dimission_infos),
    ]
