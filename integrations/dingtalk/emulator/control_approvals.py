"""Control API, back-office part: OA approval instances and templates, 智能人事 pre-entries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator import errors, workflow
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import ApproverStep, ProcessInstance

ControlHandler = Callable[[Request, Emulator, dict[str, Any]], Awaitable[Any]]
RouteMaker = Callable[[str, str, ControlHandler], Route]


def bad(message: str, status: int = 400) -> errors.ApiError:
    """A control-API error."""
    return errors.ApiError(status, "emulator.badRequest", message)


def _instance(request: Request, emu: Emulator) -> ProcessInstance:
    inst = emu.state.instances.get(request.path_params["instance_id"])
    if inst is None:
        raise bad("审批实例不存在", 404)
    return inst


def _approval_view(emu: Emulator, inst: ProcessInstance) -> dict[str, Any]:
    return {
        "instance_id": inst.instance_id,
        "process_code": inst.process_code,
        **workflow.instance_view(emu, inst),
    }


async def list_approvals(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """All approval instances."""
    return {"items": [_approval_view(emu, i) for i in emu.state.instances.values()]}


async def get_approval(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """One approval instance."""
    return _approval_view(emu, _instance(request, emu))


def _act(result: str) -> ControlHandler:
    async def handler(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
        inst = _instance(request, emu)
        task = workflow.running_task_for(inst, str(body.get("user_id") or ""))
        if task is None:
            raise bad("该用户没有待处理的审批任务")
        workflow.execute(emu, inst, task, task.user_id, result, str(body.get("remark") or ""))
        return _approval_view(emu, inst)

    return handler


async def terminate_approval(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Withdraw an instance (as the originator by default)."""
    inst = _instance(request, emu)
    workflow.terminate(emu, inst, str(body.get("user_id") or ""), str(body.get("remark") or ""))
    return _approval_view(emu, inst)


async def list_templates(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Saved approval templates."""
    return {"items": [t.model_dump() for t in emu.state.templates.values()]}


async def set_template_approvers(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Default approvers of a template, used when StartProcessInstance gives none."""
    template = emu.state.templates.get(request.path_params["process_code"])
    if template is None:
        raise bad("模板不存在", 404)
    template.default_approvers = [
        ApproverStep(action_type=str(a.get("actionType") or "NONE"), user_ids=list(a["userIds"]))
        for a in body.get("approvers") or []
    ]
    return template.model_dump()


async def list_preentries(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Pre-entry records."""
    return {"items": [p.model_dump() for p in emu.state.preentries.values()]}


def approval_routes(c: RouteMaker) -> list[BaseRoute]:
    """Approval, template and pre-entry control routes."""
    return [
        c("GET", "/_emulator/approvals", list_approvals),
        c("GET", "/_emulator/approvals/{instance_id}", get_approval),
        c("POST", "/_emulator/approvals/{instance_id}/approve", _act("agree")),
        c("POST", "/_emulator/approvals/{instance_id}/refuse", _act("refuse")),
        c("POST", "/_emulator/approvals/{instance_id}/terminate", terminate_approval),
        c("GET", "/_emulator/templates", list_templates),
        c("POST", "/_emulator/templates/{process_code}/approvers", set_template_approvers),
        c("GET", "/_emulator/preentries", list_preentries),
    ]
