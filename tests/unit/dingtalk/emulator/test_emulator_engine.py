"""Approval engine and message normalisation, without a server."""

from __future__ import annotations

from typing import Any

import pytest

from integrations.dingtalk.emulator import workflow
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.errors import ApiError
from integrations.dingtalk.emulator.messages import from_msg_key, from_webhook


def _start(emu: Emulator, approvers: list[dict[str, Any]]) -> Any:
    template = workflow.save_template(emu, {"name": "录用审批"})
    body = {
        "processCode": template.process_code,
        "originatorUserId": "hr001",
        "approvers": approvers,
        "formComponentValues": [{"name": "候选人", "value": "张三"}],
    }
    return workflow.start_instance(emu, "app", body)


def test_and_step_waits_for_every_approver() -> None:
    emu = Emulator()
    inst = _start(emu, [{"actionType": "AND", "userIds": ["mgr001", "emp001"]}])

    workflow.execute(emu, inst, inst.tasks[0], "mgr001", "agree", "")
    after_one = inst.status
    workflow.execute(emu, inst, inst.tasks[1], "emp001", "agree", "")

    assert after_one == "RUNNING"
    assert (inst.status, inst.result) == ("COMPLETED", "agree")


def test_refusal_cancels_the_other_tasks_and_finishes() -> None:
    emu = Emulator()
    inst = _start(emu, [{"actionType": "AND", "userIds": ["mgr001", "emp001"]}])

    workflow.execute(emu, inst, inst.tasks[0], "mgr001", "refuse", "不合适")

    assert (inst.status, inst.result) == ("COMPLETED", "refuse")
    assert [t.status for t in inst.tasks] == ["COMPLETED", "CANCELED"]


def test_only_the_assignee_may_execute_a_task() -> None:
    emu = Emulator()
    inst = _start(emu, [{"actionType": "NONE", "userIds": ["mgr001"]}])

    with pytest.raises(ApiError):
        workflow.execute(emu, inst, inst.tasks[0], "emp001", "agree", "")


def test_without_approvers_the_first_manager_approves() -> None:
    emu = Emulator()
    inst = _start(emu, [])

    assert [t.user_id for t in inst.tasks] == ["mgr001"]


def test_times_use_dingtalk_minute_format() -> None:
    assert workflow.dt(0) == "1970-01-01T00:00Z"


def test_action_card6_accepts_both_url_casings() -> None:
    param = {"title": "t", "text": "x", "buttonTitle1": "a", "buttonUrl1": "u1"}
    param |= {"buttonTitle2": "b", "buttonURL2": "u2"}

    result = from_msg_key("sampleActionCard6", param)

    assert [(b.title, b.url) for b in result["buttons"]] == [("a", "u1"), ("b", "u2")]


def test_msg_key_catalog_rejects_unknown_keys() -> None:
    with pytest.raises(ApiError):
        from_msg_key("sampleActionCard1", {})


def test_webhook_text_is_normalised() -> None:
    assert from_webhook({"msgtype": "text", "text": {"content": "hi"}}) == {
        "kind": "text",
        "text": "hi",
    }
