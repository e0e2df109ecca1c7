"""Approval engine: instances move through approver steps and emit bpms events (contract §6)."""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime
from typing import Any

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import (
    ApproverStep,
    OperationRecord,
    ProcessInstance,
    ProcessTemplate,
    Task,
)

INVALID = "processInstanceInvalidParameter"


def dt(ts: float | None) -> str:
    """DingTalk's `yyyy-MM-ddTHH:mmZ` time format (UTC)."""
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%MZ")


def _invalid(message: str) -> errors.ApiError:
    return errors.ApiError(400, INVALID, message, 40035)


def save_template(emu: Emulator, body: dict[str, Any]) -> ProcessTemplate:
    """SaveProcess: create, or update by processCode (or by name)."""
    name = str(body.get("name") or "").strip()
    if not name:
        raise errors.invalid_parameter("name", "模板名称不能为空")
    code = str(body.get("processCode") or "")
    if code and code not in emu.state.templates:
        raise _invalid(f"模板不存在: {code}")
    if not code:
        same = [t for t in emu.state.templates.values() if t.name == name]
        code = same[0].process_code if same else "PROC-" + secrets.token_hex(12).upper()
    old = emu.state.templates.get(code)
    template = ProcessTemplate(
        process_code=code,
        name=name,
        description=str(body.get("description") or ""),
        form_components=list(body.get("formComponents") or []),
        gmt_modified=emu.now(),
        default_approvers=old.default_approvers if old else [],
    )
    emu.state.templates[code] = template
    emu.touch()
    return template


def _required_labels(template: ProcessTemplate) -> list[str]:
    labels = []
    for comp in template.form_components:
        props = comp.get("props") or {}
        if props.get("required") and props.get("label"):
            labels.append(str(props["label"]))
    return labels


def start_instance(emu: Emulator, app_key: str, body: dict[str, Any]) -> ProcessInstance:
    """StartProcessInstance: validate, create, activate the first step, emit start events."""
    code = str(body.get("processCode") or "")
    template = emu.state.templates.get(code)
    if template is None:
        raise _invalid(f"流程模板不存在: {code}")
    originator = emu.staff(str(body.get("originatorUserId") or ""))
    if originator is None:
        raise _invalid("发起人不在组织中")
    dept_id = int(body.get("deptId") or -1)
    if dept_id not in (-1, 1) and dept_id not in originator.dept_ids:
        raise _invalid("发起人不在发起部门中")
    values = [v for v in body.get("formComponentValues") or [] if isinstance(v, dict)]
    given = {str(v.get("name")) for v in values if v.get("value") not in (None, "")}
    missing = [label for label in _required_labels(template) if label not in given]
    if missing:
        raise _invalid(f"表单必填项缺失: {', '.join(missing)}")
    steps = [
        ApproverStep(action_type=str(a.get("actionType") or "NONE").upper(), user_ids=a["userIds"])
        for a in body.get("approvers") or []
        if isinstance(a, dict) and a.get("userIds")
    ] or list(template.default_approvers)
    if not steps:
        managers = [u for u in emu.org.users if "manager" in u.roles and not u.external]
        if not managers:
            raise _invalid("审批人不能为空")
        steps = [ApproverStep(action_type="NONE", user_ids=[managers[0].user_id])]
    for step in steps:
        if step.action_type not in ("NONE", "AND", "OR"):
            raise _invalid(f"不支持的审批类型: {step.action_type}")
        for uid in step.user_ids:
            if emu.staff(uid) is None:
                raise _invalid(f"审批人不在组织中: {uid}")
    dept = emu.department(dept_id if dept_id != -1 else 1)
    now = emu.now()
    inst = ProcessInstance(
        instance_id=secrets.token_urlsafe(16),
        process_code=code,
        app_key=app_key,
        title=f"{originator.name}提交的{template.name}",
        originator_user_id=originator.user_id,
        dept_id=dept_id,
        dept_name=dept.name if dept else "",
        business_id=time.strftime("%Y%m%d%H%M%S", time.gmtime(now)) + f"{emu.next_seq():07d}",
        form_component_values=values,
        steps=steps,
        cc_list=[str(u) for u in body.get("ccList") or []],
        create_time=now,
    )
    inst.operation_records.append(
        OperationRecord(user_id=originator.user_id, date=now, type="START_PROCESS_INSTANCE")
    )
    emu.state.instances[inst.instance_id] = inst
    emit_instance(emu, inst, "start")
    _activate_step(emu, inst)
    emu.touch()
    return inst


def _activate_step(emu: Emulator, inst: ProcessInstance) -> None:
    step = inst.steps[inst.current_step]
    for uid in step.user_ids:
        task = Task(
            task_id=emu.state.next_task_id,
            user_id=uid,
            step_index=inst.current_step,
            create_time=emu.now(),
            activity_id=f"act-{inst.current_step + 1}",
        )
        emu.state.next_task_id += 1
        inst.tasks.append(task)
        emit_task(emu, inst, task, "start")


def running_task_for(inst: ProcessInstance, user_id: str) -> Task | None:
    """The running task of this user, or the first running task when user_id is empty."""
    for task in inst.tasks:
        if task.status == "RUNNING" and (not user_id or task.user_id == user_id):
            return task
    return None


def execute(
    emu: Emulator, inst: ProcessInstance, task: Task, user_id: str, result: str, remark: str
) -> None:
    """Approve or refuse one task and advance the instance."""
    result = result.lower()
    if result not in ("agree", "refuse"):
        raise errors.invalid_parameter("result", "result 只能是 agree 或 refuse")
    if inst.status != "RUNNING":
        raise _invalid("审批实例已结束")
    if task.status != "RUNNING":
        raise _invalid("任务已处理")
    if task.user_id != user_id:
        raise _invalid("操作人不是该任务的审批人")
    now = emu.now()
    task.status, task.result, task.finish_time = "COMPLETED", result.upper(), now
    inst.operation_records.append(
        OperationRecord(
            user_id=user_id,
            date=now,
            type="EXECUTE_TASK_NORMAL",
            result=result.upper(),
            remark=remark,
            activity_id=task.activity_id,
        )
    )
    emit_task(emu, inst, task, "finish", result=result, remark=remark)
    step = inst.steps[task.step_index]
    step_tasks = [t for t in inst.tasks if t.step_index == task.step_index]
    if result == "refuse":
        _cancel_running(emu, inst)
        _finish(emu, inst, "refuse")
    elif step.action_type == "OR" or all(t.status == "COMPLETED" for t in step_tasks):
        _cancel_running(emu, inst)
        if inst.current_step + 1 < len(inst.steps):
            inst.current_step += 1
            _activate_step(emu, inst)
        else:
            _finish(emu, inst, "agree")
    emu.touch()


def terminate(emu: Emulator, inst: ProcessInstance, user_id: str, remark: str) -> None:
    """Withdraw a running instance."""
    if inst.status != "RUNNING":
        raise _invalid("审批实例已结束")
    _cancel_running(emu, inst)
    now = emu.now()
    inst.status, inst.finish_time = "TERMINATED", now
    inst.operation_records.append(
        OperationRecord(
            user_id=user_id or inst.originator_user_id,
            date=now,
            type="TERMINATE_PROCESS_INSTANCE",
            remark=remark,
        )
    )
    emit_instance(emu, inst, "terminate")
    emu.touch()


def _cancel_running(emu: Emulator, inst: ProcessInstance) -> None:
    for other in inst.tasks:
        if other.status == "RUNNING":
            other.status, other.finish_time = "CANCELED", emu.now()
            emit_task(emu, inst, other, "cancel")


def _finish(emu: Emulator, inst: ProcessInstance, result: str) -> None:
    inst.status, inst.result, inst.finish_time = "COMPLETED", result, emu.now()
    emit_instance(emu, inst, "finish")


def _event_base(emu: Emulator, inst: ProcessInstance, event_type: str) -> dict[str, Any]:
    return {
        "EventType": event_type,
        "processInstanceId": inst.instance_id,
        "corpId": emu.org.corp_id,
        "processCode": inst.process_code,
        "bizCategoryId": "",
        "businessId": inst.business_id,
        "businessType": "",
        "title": inst.title,
        "url": emu.url(f"/_emulator/approvals/{inst.instance_id}"),
    }


def emit_instance(emu: Emulator, inst: ProcessInstance, kind: str) -> None:
    """bpms_instance_change: start / finish (with result) / terminate."""
    data = _event_base(emu, inst, "bpms_instance_change")
    data.update(
        {
            "type": kind,
            "staffId": inst.originator_user_id,
            "createTime": int(inst.create_time * 1000),
        }
    )
    if kind != "start" and inst.finish_time is not None:
        data["finishTime"] = int(inst.finish_time * 1000)
    if kind == "finish":
        data["result"] = inst.result
    emu.emit_event("bpms_instance_change", data)


def emit_task(
    emu: Emulator, inst: ProcessInstance, task: Task, kind: str, result: str = "", remark: str = ""
) -> None:
    """bpms_task_change: start / finish (with result and remark) / cancel."""
    data = _event_base(emu, inst, "bpms_task_change")
    data.update(
        {
            "type": kind,
            "taskId": task.task_id,
            "staffId": task.user_id,
            "activityId": task.activity_id,
            "createTime": int(task.create_time * 1000),
        }
    )
    if kind != "start" and task.finish_time is not None:
        data["finishTime"] = int(task.finish_time * 1000)
    if kind == "finish":
        data["result"] = result
        data["remark"] = remark
    emu.emit_event("bpms_task_change", data)


def instance_view(emu: Emulator, inst: ProcessInstance) -> dict[str, Any]:
    """The `result` object of GET /v1.0/workflow/processInstances (contract §6.2)."""
    approvers = sorted({uid for step in inst.steps for uid in step.user_ids})
    return {
        "title": inst.title,
        "createTime": dt(inst.create_time),
        "finishTime": dt(inst.finish_time),
        "originatorUserId": inst.originator_user_id,
        "originatorDeptId": str(inst.dept_id),
        "originatorDeptName": inst.dept_name,
        "status": inst.status,
        "result": inst.result,
        "businessId": inst.business_id,
        "bizAction": "NONE",
        "attachedProcessInstanceIds": [],
        "mainProcessInstanceId": "",
        "approverUserIds": approvers,
        "ccUserIds": inst.cc_list,
        "bizData": "",
        "formComponentValues": [
            {
                "id": str(v.get("id") or ""),
                "name": str(v.get("name") or ""),
                "value": str(v.get("value") or ""),
                "extValue": str(v.get("extValue") or ""),
                "componentType": str(v.get("componentType") or "TextField"),
                "bizAlias": str(v.get("bizAlias") or ""),
            }
            for v in inst.form_component_values
        ],
        "operationRecords": [
            {
                "userId": r.user_id,
                "date": dt(r.date),
                "type": r.type,
                "result": r.result,
                "remark": r.remark,
                "showName": r.show_name,
                "activityId": r.activity_id,
                "attachments": [],
                "images": [],
                "ccUserIds": [],
            }
            for r in inst.operation_records
        ],
        "tasks": [
            {
                "taskId": t.task_id,
                "userId": t.user_id,
                "status": t.status,
                "result": t.result,
                "createTime": dt(t.create_time),
                "finishTime": dt(t.finish_time),
                "activityId": t.activity_id,
                "mobileUrl": emu.url(f"/_emulator/approvals/{inst.instance_id}"),
                "pcUrl": emu.url(f"/_emulator/approvals/{inst.instance_id}"),
                "processInstanceId": inst.instance_id,
                "taskGroupName": "",
            }
            for t in inst.tasks
        ],
    }
