"""智能人事: what became of hires. On-job employees by status (old oapi queryonjob) and leaving
information (new SDK QueryHrmEmployeeDismissionInfo, GET /v1.0/hrm/employees/dimissionInfos)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.ports import Dismission, OnJobStatus
from integrations.dingtalk.transport import HttpCaller, SdkCaller

# The roster fields that tell regularisation and joining (OD:roster-custom-field-business-code).
REGULAR_TIME = "sys01-regularTime"
JOIN_TIME = "sys00-confirmJoinTime"
EMPLOYEE_STATUS = "sys01-employeeStatus"
DISMISSION_BATCH = 50  # the API's limit per call
ON_JOB_PAGE = 50


def _moment(ms: Any) -> datetime | None:
    try:
        value = int(ms)
    except (TypeError, ValueError):
        return None
    return datetime.fromtimestamp(value / 1000, UTC) if value > 0 else None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def parse_dismission(item: Any) -> Dismission:
    """A Dismission from one SDK result item."""
    return Dismission(
        user_id=str(getattr(item, "user_id", "") or ""),
        last_work_day=_moment(getattr(item, "last_work_day", None)),
        reason_memo=str(getattr(item, "reason_memo", "") or ""),
        voluntary_reasons=tuple(str(r) for r in getattr(item, "voluntary_reason", None) or ()),
        passive_reasons=tuple(str(r) for r in getattr(item, "passive_reason", None) or ()),
        pre_status=_int(getattr(item, "pre_status", None)),
        status=_int(getattr(item, "status", None)),
    )


class HrmStatusReader:
    """On-job status and leaving information (part of the Hrm port)."""

    def __init__(self, sdk: SdkCaller, http: HttpCaller) -> None:
        self._sdk = sdk
        self._http = http

    async def list_on_job(
        self, statuses: tuple[OnJobStatus, ...], offset: int = 0, size: int = ON_JOB_PAGE
    ) -> tuple[tuple[str, ...], int | None]:
        """User ids of on-job employees in these statuses (one page) and the next offset."""
        body = await self._http.oapi(
            "POST",
            "/topapi/smartwork/hrm/employee/queryonjob",
            json={
                "status_list": ",".join(str(int(s)) for s in statuses),
                "offset": offset,
                "size": min(size, ON_JOB_PAGE),
            },
            what="hrm queryonjob",
        )
        result = body.get("result") or {}
        cursor = result.get("next_cursor")
        ids = tuple(str(u) for u in result.get("data_list") or [])
        return ids, (int(cursor) if cursor not in (None, "") else None)

    async def dismissions(self, user_ids: tuple[str, ...]) -> tuple[Dismission, ...]:
        """Leaving information of these users, 50 per call."""
        from alibabacloud_dingtalk.hrm_1_0 import models as m
        from alibabacloud_dingtalk.hrm_1_0.client import Client

        client = self._sdk.client(Client)
        out: list[Dismission] = []
        for start in range(0, len(user_ids), DISMISSION_BATCH):
            request = m.QueryHrmEmployeeDismissionInfoRequest(
                user_id_list=list(user_ids[start : start + DISMISSION_BATCH])
            )

            async def op(token: str, request: Any = request) -> Any:
                return await client.query_hrm_employee_dismission_info_with_options_async(
                    request,
                    token_headers(m.QueryHrmEmployeeDismissionInfoHeaders, token),
                    self._sdk.runtime(),
                )

            response = await self._sdk.call("hrm dimission infos", op)
            out.extend(parse_dismission(item) for item in response.body.result or [])
        return tuple(out)
