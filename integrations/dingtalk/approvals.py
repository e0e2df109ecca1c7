"""OA approvals (workflow_1_0) on the official SDK; events arrive through the stream bridge."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.errors import DingTalkError, DingTalkNotFoundError
from integrations.dingtalk.ports import (
    ApprovalInstance,
    ApprovalRecord,
    ApprovalTask,
    FormValue,
    ProcessTemplate,
    StartApproval,
)
from integrations.dingtalk.transport import SdkCaller

# The offer approval template DingHire creates on first use when no processCode is configured.
OFFER_TEMPLATE_NAME = "DingHire 录用审批"
# "模板不存在" on the processCode lookup is HTTP 400 with this code (OD:obtain-the-template-code).
TEMPLATE_MISSING_CODE = "process.error"
# DingTalk's own zone: a time sent without an offset is read as Beijing time.
_BEIJING = timezone(timedelta(hours=8))


def parse_time(value: Any) -> datetime | None:
    """A DingTalk time (`2026-11-22T10:00Z`, ISO, or epoch ms/s) as an aware datetime, or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_BEIJING)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def parse_records(raw: Iterable[Any] | None) -> tuple[ApprovalRecord, ...]:
    """`operationRecords` (SDK models) as records; missing fields become "" or None."""
    records = []
    for item in raw or ():
        if item is None:
            continue
        records.append(
            ApprovalRecord(
                user_id=_text(getattr(item, "user_id", None)),
                type=_text(getattr(item, "type", None)),
                result=_text(getattr(item, "result", None)),
                remark=_text(getattr(item, "remark", None)),
                at=parse_time(getattr(item, "date", None)),
            )
        )
    return tuple(records)


def _component(index: int, comp: Any) -> dict[str, Any]:
    props: dict[str, Any] = {
        "componentId": f"{comp.component_type}_{index}",
        "label": comp.label,
        "required": comp.required,
    }
    if comp.placeholder:
        props["placeholder"] = comp.placeholder
    return {"componentType": comp.component_type, "props": props}


class ApprovalsAdapter:
    """Implements the Approvals port."""

    def __init__(self, sdk: SdkCaller, configured_process_code: str = "") -> None:
        self._sdk = sdk
        self._configured = configured_process_code
        self._known: dict[str, str] = {}

    def _client(self) -> Any:
        from alibabacloud_dingtalk.workflow_1_0.client import Client

        return self._sdk.client(Client)

    async def find_process_code(self, name: str) -> str | None:
        """processCode of the template with this name, or None."""
        from alibabacloud_dingtalk.workflow_1_0 import models as m

        request = m.GetProcessCodeByNameRequest(name=name)
        client = self._client()

        async def op(token: str) -> Any:
            return await client.get_process_code_by_name_with_options_async(
                request, token_headers(m.GetProcessCodeByNameHeaders, token), self._sdk.runtime()
            )

        try:
            response = await self._sdk.call("workflow processCode by name", op)
        except DingTalkNotFoundError:
            return None
        except DingTalkError as exc:
            if exc.code == TEMPLATE_MISSING_CODE:
                return None
            raise
        result = response.body.result
        code = str(result.process_code or "") if result is not None else ""
        return code or None

    async def ensure_process(self, template: ProcessTemplate) -> str:
        """The processCode of the template with this name, creating it if missing."""
        if self._configured and template.name == OFFER_TEMPLATE_NAME:
            return self._configured
        if template.name in self._known:
            return self._known[template.name]
        code = await self.find_process_code(template.name)
        if code is None:
            code = await self._save_process(template)
        self._known[template.name] = code
        return code

    async def _save_process(self, template: ProcessTemplate) -> str:
        from alibabacloud_dingtalk.workflow_1_0 import models as m

        body = {
            "name": template.name,
            "description": template.description,
            "formComponents": [_component(i, c) for i, c in enumerate(template.components, 1)],
        }
        request = m.SaveProcessRequest().from_map(body)
        client = self._client()

        async def op(token: str) -> Any:
            return await client.save_process_with_options_async(
                request, token_headers(m.SaveProcessHeaders, token), self._sdk.runtime()
            )

        response = await self._sdk.call("workflow SaveProcess", op)
        result = response.body.result
        code = str(result.process_code or "") if result is not None else ""
        if not code:
            raise DingTalkError("SaveProcess returned no processCode", code="NoProcessCode")
        return code

    async def start(self, request: StartApproval) -> str:
        """Start an instance; returns its id."""
        from alibabacloud_dingtalk.workflow_1_0 import models as m

        body: dict[str, Any] = {
            "processCode": request.process_code,
            "originatorUserId": request.originator_user_id,
            "formComponentValues": [{"name": v.name, "value": v.value} for v in request.form],
            "microappAgentId": self._sdk.settings.agent_id,
        }
        if request.dept_id is not None:
            body["deptId"] = request.dept_id
        if request.approvers:
            body["approvers"] = [
                {"actionType": step.action_type.value, "userIds": list(step.user_ids)}
                for step in request.approvers
            ]
        if request.cc_user_ids:
            body["ccList"] = list(request.cc_user_ids)
            body["ccPosition"] = "FINISH"
        sdk_request = m.StartProcessInstanceRequest().from_map(body)
        client = self._client()

        async def op(token: str) -> Any:
            return await client.start_process_instance_with_options_async(
                sdk_request,
                token_headers(m.StartProcessInstanceHeaders, token),
                self._sdk.runtime(),
            )

        response = await self._sdk.call("workflow start instance", op)
        instance_id = str(response.body.instance_id or "")
        if not instance_id:
            raise DingTalkError("start instance returned no instanceId", code="NoInstanceId")
        return instance_id

    async def get(self, instance_id: str) -> ApprovalInstance:
        """Read one instance."""
        from alibabacloud_dingtalk.workflow_1_0 import models as m

        request = m.GetProcessInstanceRequest(process_instance_id=instance_id)
        client = self._client()

        async def op(token: str) -> Any:
            return await client.get_process_instance_with_options_async(
                request, token_headers(m.GetProcessInstanceHeaders, token), self._sdk.runtime()
            )

        response = await self._sdk.call("workflow get instance", op)
        r = response.body.result
        if r is None:
            raise DingTalkNotFoundError(f"approval instance {instance_id} not found")
        tasks = tuple(
            ApprovalTask(
                task_id=int(t.task_id or 0),
                user_id=str(t.user_id or ""),
                status=str(t.status or ""),
                result=str(t.result or ""),
            )
            for t in r.tasks or []
        )
        form = tuple(
            FormValue(str(v.name or ""), str(v.value or "")) for v in r.form_component_values or []
        )
        return ApprovalInstance(
            instance_id=instance_id,
            title=str(r.title or ""),
            status=str(r.status or ""),
            result=str(r.result or ""),
            business_id=str(r.business_id or ""),
            originator_user_id=str(r.originator_user_id or ""),
            form=form,
            tasks=tasks,
            records=parse_records(getattr(r, "operation_records", None)),
        )
