"""Approvals via workflow_1_0 and the bpms events they produce on the stream."""

from __future__ import annotations

import threading
import time
from typing import Any

import dingtalk_stream
import pytest
from dingtalk_stream import AckMessage
from Tea.exceptions import TeaException

from integrations.dingtalk.emulator.testing import EmulatorHandle


class EventCollector(dingtalk_stream.EventHandler):  # type: ignore[misc]
    """Collects every EVENT it is given and ACKs it."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, dict[str, Any], str]] = []
        self.changed = threading.Condition()

    async def process(self, event: dingtalk_stream.EventMessage) -> tuple[int, str]:
        with self.changed:
            self.events.append((event.headers.event_type, event.data, event.headers.event_id))
            self.changed.notify_all()
        return AckMessage.STATUS_OK, "OK"

    def wait_for(self, event_type: str, timeout_s: float = 5.0, **match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        with self.changed:
            while True:
                for etype, data, _ in self.events:
                    if etype == event_type and all(data.get(k) == v for k, v in match.items()):
                        return data
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {event_type} {match}; got {self.events}")
                self.changed.wait(left)


def _token(sdk: Any) -> Any:
    return sdk.models("workflow_1_0")


def save_offer_template(sdk: Any) -> str:
    models = _token(sdk)
    request = models.SaveProcessRequest(
        name="录用审批",
        description="DingHire offer",
        form_components=[
            models.FormComponent(
                component_type="TextField",
                props=models.FormComponentProps(
                    component_id="TextField-1", label="候选人", required=True
                ),
            ),
            models.FormComponent(
                component_type="NumberField",
                props=models.FormComponentProps(component_id="NumberField-1", label="月薪"),
            ),
        ],
    )
    headers = models.SaveProcessHeaders(x_acs_dingtalk_access_token=sdk.app_token())
    response = sdk.client("workflow_1_0").save_process_with_options(request, headers, sdk.runtime())
    return str(response.body.result.process_code)


def start_offer(sdk: Any, process_code: str, approvers: list[tuple[str, list[str]]]) -> str:
    models = _token(sdk)
    request = models.StartProcessInstanceRequest(
        process_code=process_code,
        originator_user_id="hr001",
        dept_id=-1,
        form_component_values=[
            models.StartProcessInstanceRequestFormComponentValues(name="候选人", value="张三"),
            models.StartProcessInstanceRequestFormComponentValues(name="月薪", value="30000"),
        ],
        approvers=[
            models.StartProcessInstanceRequestApprovers(action_type=kind, user_ids=users)
            for kind, users in approvers
        ],
    )
    headers = models.StartProcessInstanceHeaders(x_acs_dingtalk_access_token=sdk.app_token())
    client = sdk.client("workflow_1_0")
    return str(
        client.start_process_instance_with_options(request, headers, sdk.runtime()).body.instance_id
    )


def get_instance(sdk: Any, instance_id: str) -> Any:
    models = _token(sdk)
    return (
        sdk.client("workflow_1_0")
        .get_process_instance_with_options(
            models.GetProcessInstanceRequest(process_instance_id=instance_id),
            models.GetProcessInstanceHeaders(x_acs_dingtalk_access_token=sdk.app_token()),
            sdk.runtime(),
        )
        .body
    )


def test_approval_in_emulator_emits_finish_agree_event(
    emulator: EmulatorHandle, sdk: Any, stream_client_factory: Any
) -> None:
    events = EventCollector()
    stream_client_factory(events=events)
    code = save_offer_template(sdk)

    instance_id = start_offer(sdk, code, [("NONE", ["mgr001"])])
    started = events.wait_for("bpms_instance_change", type="start")
    emulator.control.approve(instance_id, "mgr001", remark="同意录用")
    finished = events.wait_for("bpms_instance_change", type="finish")
    task_done = events.wait_for("bpms_task_change", type="finish")

    assert started["processInstanceId"] == instance_id
    assert "result" not in started
    assert finished["result"] == "agree"
    assert finished["staffId"] == "hr001"
    assert (task_done["result"], task_done["remark"], task_done["staffId"]) == (
        "agree",
        "同意录用",
        "mgr001",
    )
    body = get_instance(sdk, instance_id)
    assert body.success == "true"
    assert (body.result.status, body.result.result) == ("COMPLETED", "agree")
    assert [r.type for r in body.result.operation_records] == [
        "START_PROCESS_INSTANCE",
        "EXECUTE_TASK_NORMAL",
    ]
    assert {v.name: v.value for v in body.result.form_component_values}["月薪"] == "30000"


def test_or_step_finishes_on_first_agree_and_and_step_needs_everyone(
    emulator: EmulatorHandle, sdk: Any
) -> None:
    code = save_offer_template(sdk)
    instance_id = start_offer(
        sdk, code, [("OR", ["mgr001", "emp001"]), ("AND", ["hr001", "mgr001"])]
    )
    models = _token(sdk)
    first = get_instance(sdk, instance_id).result.tasks[1]

    sdk.client("workflow_1_0").execute_process_instance_with_options(
        models.ExecuteProcessInstanceRequest(
            process_instance_id=instance_id,
            task_id=first.task_id,
            actioner_user_id=first.user_id,
            result="agree",
            remark="可以",
        ),
        models.ExecuteProcessInstanceHeaders(x_acs_dingtalk_access_token=sdk.app_token()),
        sdk.runtime(),
    )
    emulator.control.approve(instance_id, "hr001")
    middle = get_instance(sdk, instance_id).result
    emulator.control.refuse(instance_id, "mgr001", remark="薪资太高")
    final = get_instance(sdk, instance_id).result

    assert [t.status for t in middle.tasks[:2]] == ["CANCELED", "COMPLETED"]
    assert middle.status == "RUNNING"
    assert (final.status, final.result) == ("COMPLETED", "refuse")
    assert final.tasks[-1].result == "REFUSE"


def test_start_refuses_unknown_originator_with_dingtalk_error(
    emulator: EmulatorHandle, sdk: Any
) -> None:
    code = save_offer_template(sdk)
    models = _token(sdk)
    request = models.StartProcessInstanceRequest(
        process_code=code,
        originator_user_id="nobody",
        form_component_values=[
            models.StartProcessInstanceRequestFormComponentValues(name="候选人", value="张三")
        ],
    )

    with pytest.raises(TeaException) as info:
        sdk.client("workflow_1_0").start_process_instance_with_options(
            request,
            models.StartProcessInstanceHeaders(x_acs_dingtalk_access_token=sdk.app_token()),
            sdk.runtime(),
        )

    assert info.value.code == "processInstanceInvalidParameter"
    assert info.value.statusCode == 400


def test_process_code_lookup_and_instance_listing(emulator: EmulatorHandle, sdk: Any) -> None:
    code = save_offer_template(sdk)
    instance_id = start_offer(sdk, code, [("NONE", ["mgr001"])])
    emulator.control.terminate_approval(instance_id, remark="候选人放弃")
    models = _token(sdk)
    client = sdk.client("workflow_1_0")
    token = sdk.app_token()

    by_name = client.get_process_code_by_name_with_options(
        models.GetProcessCodeByNameRequest(name="录用审批"),
        models.GetProcessCodeByNameHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )
    listed = client.list_process_instance_ids_with_options(
        models.ListProcessInstanceIdsRequest(
            process_code=code, start_time=0, max_results=20, next_token=0, statuses=["TERMINATED"]
        ),
        models.ListProcessInstanceIdsHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )

    assert by_name.body.result.process_code == code
    assert listed.body.result.list == [instance_id]
    assert get_instance(sdk, instance_id).result.status == "TERMINATED"


def test_missing_template_lookup_is_400_process_error(emulator: EmulatorHandle, sdk: Any) -> None:
    # OD:obtain-the-template-code: "模板不存在" is HTTP 400 process.error, not a not-found code.
    models = _token(sdk)
    with pytest.raises(TeaException) as info:
        sdk.client("workflow_1_0").get_process_code_by_name_with_options(
            models.GetProcessCodeByNameRequest(name="从未创建的模板"),
            models.GetProcessCodeByNameHeaders(x_acs_dingtalk_access_token=sdk.app_token()),
            sdk.runtime(),
        )

    assert info.value.code == "process.error"
    assert info.value.statusCode == 400
