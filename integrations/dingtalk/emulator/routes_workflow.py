"""workflow_1_0 routes: templates, instances, execute, terminate, id listing (contract §6)."""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import BaseRoute

from integrations.dingtalk.emulator import errors, workflow
from integrations.dingtalk.emulator.api import Ctx, api_route
from integrations.dingtalk.emulator.models import ProcessInstance


async def save_process(ctx: Ctx) -> Response:
    """POST /v1.0/workflow/processCentres/schemas (SaveProcess)."""
    template = workflow.save_template(ctx.emu, ctx.body)
    return ctx.ok({"result": {"processCode": template.process_code}})


async def code_by_name(ctx: Ctx) -> Response:
    """GET /v1.0/workflow/processCentres/schemaNames/processCodes?name=."""
    name = ctx.query("name")
    found = [t for t in ctx.emu.state.templates.values() if t.name == name]
    if not found:
        # Official answer for a missing template (OD:obtain-the-template-code): HTTP 400
        # `process.error` "模板不存在", not a not-found code.
        raise errors.ApiError(400, "process.error", "模板不存在", 40035)
    return ctx.ok(
        {
            "result": {
                "processCode": found[0].process_code,
                "gmtModified": workflow.dt(found[0].gmt_modified),
            }
        }
    )


async def start_instance(ctx: Ctx) -> Response:
    """POST /v1.0/workflow/processInstances."""
    inst = workflow.start_instance(ctx.emu, ctx.app.app_key, ctx.body)
    return ctx.ok({"instanceId": inst.instance_id})


def _instance(ctx: Ctx, instance_id: str) -> ProcessInstance:
    inst = ctx.emu.state.instances.get(instance_id)
    if inst is None:
        raise errors.ApiError(400, workflow.INVALID, f"审批实例不存在: {instance_id}", 40035)
    return inst


async def get_instance(ctx: Ctx) -> Response:
    """GET /v1.0/workflow/processInstances?processInstanceId= (success is the STRING "true")."""
    inst = _instance(ctx, ctx.query("processInstanceId"))
    return ctx.ok({"success": "true", "result": workflow.instance_view(ctx.emu, inst)})


async def execute(ctx: Ctx) -> Response:
    """POST /v1.0/workflow/processInstances/execute."""
    inst = _instance(ctx, str(ctx.field("processInstanceId")))
    task_id = int(ctx.field("taskId"))
    task = next((t for t in inst.tasks if t.task_id == task_id), None)
    if task is None:
        raise errors.ApiError(400, workflow.INVALID, f"任务不存在: {task_id}", 40035)
    workflow.execute(
        ctx.emu,
        inst,
        task,
        str(ctx.field("actionerUserId")),
        str(ctx.field("result")),
        str(ctx.body.get("remark") or ""),
    )
    return ctx.ok({"success": True, "result": True})


async def terminate(ctx: Ctx) -> Response:
    """POST /v1.0/workflow/processInstances/terminate."""
    inst = _instance(ctx, str(ctx.field("processInstanceId")))
    workflow.terminate(
        ctx.emu,
        inst,
        str(ctx.body.get("operatingUserId") or ""),
        str(ctx.body.get("remark") or ""),
    )
    return ctx.ok({"success": True, "result": True})


async def list_ids(ctx: Ctx) -> Response:
    """POST /v1.0/workflow/processes/instanceIds/query (cursor = offset as a string)."""
    code = str(ctx.field("processCode"))
    start_ms = int(ctx.field("startTime"))
    end_ms = int(ctx.body.get("endTime") or 2**62)
    max_results = min(int(ctx.body.get("maxResults") or 20), 20)
    offset = int(ctx.body.get("nextToken") or 0)
    users = set(ctx.body.get("userIds") or [])
    statuses = set(ctx.body.get("statuses") or [])
    matching = [
        i
        for i in sorted(ctx.emu.state.instances.values(), key=lambda i: i.create_time)
        if i.process_code == code
        and start_ms <= i.create_time * 1000 <= end_ms
        and (not users or i.originator_user_id in users)
        and (not statuses or i.status in statuses)
    ]
    page = matching[offset : offset + max_results]
    result: dict[str, object] = {"list": [i.instance_id for i in page]}
    if offset + max_results < len(matching):
        result["nextToken"] = str(offset + max_results)
    return ctx.ok({"success": True, "result": result})


def routes() -> list[BaseRoute]:
    """The routes of this family."""
    return [
        api_route("POST", "/v1.0/workflow/processCentres/schemas", save_process),
        api_route("GET", "/v1.0/workflow/processCentres/schemaNames/processCodes", code_by_name),
        api_route("POST", "/v1.0/workflow/processInstances", start_instance),
        api_route("GET", "/v1.0/workflow/processInstances", get_instance),
        api_route("POST", "/v1.0/workflow/processInstances/execute", execute),
        api_route("POST", "/v1.0/workflow/processInstances/terminate", terminate),
        api_route("POST", "/v1.0/workflow/processes/instanceIds/query", list_ids),
    ]
