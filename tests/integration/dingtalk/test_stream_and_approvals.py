"""Stream bridge (reconnect, duplicates, stop), approvals, HR and login against the emulator."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime

import pytest

from integrations.dingtalk.approvals import OFFER_TEMPLATE_NAME
from integrations.dingtalk.clients import DingTalkClients, build_dingtalk_clients
from integrations.dingtalk.ports import (
    ApprovalEvent,
    ApproverActionType,
    ApproverStep,
    Event,
    FormComponent,
    FormValue,
    PreEntry,
    ProcessTemplate,
    StartApproval,
)
from settings import DatabaseSettings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
    fast_policy,
)
from workflows.messaging.deliveries import OrmDeliveryLog
from workflows.messaging.models import InboundDelivery

OFFER = ProcessTemplate(
    OFFER_TEMPLATE_NAME,
    "候选人录用审批",
    (FormComponent("候选人", required=True), FormComponent("薪资", "NumberField")),
)


async def _wait_for(predicate: Callable[[], bool], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


@pytest.fixture
async def orm_clients(emu: Emu, db: DatabaseSettings) -> AsyncIterator[DingTalkClients]:
    """DingTalkClients whose stream dedup uses the InboundDelivery table."""
    built = build_dingtalk_clients(
        emu.settings, delivery_log=OrmDeliveryLog(), retry_policy=fast_policy()
    )
    try:
        yield built
    finally:
        await built.aclose()


async def test_approved_offer_produces_one_finish_agree_event(
    emu: Emu, orm_clients: DingTalkClients
) -> None:
    events: list[ApprovalEvent] = []

    async def on_approval(event: Event) -> None:
        assert isinstance(event, ApprovalEvent)
        events.append(event)

    orm_clients.stream.on_approval(on_approval)
    await orm_clients.stream.start()
    assert await orm_clients.stream.wait_connected()
    code = await orm_clients.approvals.ensure_process(OFFER)
    assert await orm_clients.approvals.ensure_process(OFFER) == code
    instance_id = await orm_clients.approvals.start(
        StartApproval(
            process_code=code,
            originator_user_id="hr001",
            form=(FormValue("候选人", "张三"), FormValue("薪资", "30000")),
            approvers=(ApproverStep(("mgr001",), ApproverActionType.NONE),),
        )
    )
    assert (await orm_clients.approvals.get(instance_id)).status == "RUNNING"
    await asyncio.to_thread(emu.control.approve, instance_id, "mgr001")

    def finished() -> list[ApprovalEvent]:
        return [e for e in events if e.is_instance_change and e.change_type == "finish"]

    await _wait_for(lambda: bool(finished()))
    assert finished()[0].result == "agree"
    assert finished()[0].process_instance_id == instance_id
    instance = await orm_clients.approvals.get(instance_id)
    assert instance.approved
    assert ("候选人", "张三") in [(v.name, v.value) for v in instance.form]
    # Drain, then count: once DingTalk holds every event as ACKed it re-pushes none of them.
    await _wait_for(lambda: all(r.status == "acked" for r in emu.control.events()))
    assert len(finished()) == 1
    keys = [k for k in await InboundDelivery.all().values_list("key", flat=True)]
    assert f"event:{finished()[0].event_id}" in keys


async def test_dropped_connection_reconnects_and_a_redelivered_event_is_handled_once(
    emu: Emu, orm_clients: DingTalkClients
) -> None:
    entered, release = asyncio.Event(), asyncio.Event()
    handled: list[str] = []

    async def on_event(event: Event) -> None:
        handled.append(event.event_id)
        entered.set()
        await release.wait()

    orm_clients.stream.on_event(on_event)
    await orm_clients.stream.start()
    assert await orm_clients.stream.wait_connected()
    await asyncio.to_thread(emu.control.emit_event, "hrm_mdm_user_change", {"staffId": "emp001"})
    await asyncio.wait_for(entered.wait(), 10)
    # The ACK cannot be sent on the dropped socket, so DingTalk re-pushes the same event.
    await asyncio.to_thread(emu.control.drop_connections)
    release.set()
    await _wait_for(lambda: orm_clients.stream.connections_opened >= 2)
    records = await asyncio.to_thread(emu.control.events, 0, "hrm_mdm_user_change")
    await _wait_for(
        lambda: all(r.status == "acked" for r in emu.control.events(0, "hrm_mdm_user_change"))
    )
    assert records
    assert len(handled) == 1


async def test_events_sent_while_disconnected_arrive_after_reconnect(
    emu: Emu, orm_clients: DingTalkClients
) -> None:
    handled: list[Event] = []

    async def on_event(event: Event) -> None:
        handled.append(event)

    orm_clients.stream.on_event(on_event)
    await orm_clients.stream.start()
    assert await orm_clients.stream.wait_connected()
    await asyncio.to_thread(emu.control.drop_connections)
    await asyncio.to_thread(emu.control.emit_event, "user_add_org", {"userId": ["emp001"]})
    await _wait_for(lambda: len(handled) == 1)
    assert handled[0].event_type == "user_add_org"
    assert orm_clients.stream.connections_opened >= 2


async def test_a_failing_handler_is_retried_by_redelivery(
    emu: Emu, orm_clients: DingTalkClients
) -> None:
    calls: list[str] = []

    async def on_event(event: Event) -> None:
        calls.append(event.event_id)
        if len(calls) == 1:
            raise RuntimeError("temporary failure")

    orm_clients.stream.on_event(on_event)
    await orm_clients.stream.start()
    assert await orm_clients.stream.wait_connected()
    await asyncio.to_thread(emu.control.emit_event, "user_add_org", {"userId": ["emp001"]})
    await _wait_for(lambda: len(calls) == 2)
    assert calls[0] == calls[1]


async def test_stop_closes_the_websocket_and_ends_the_thread(
    emu: Emu, clients: DingTalkClients
) -> None:
    await clients.stream.start()
    assert await clients.stream.wait_connected()
    await _wait_for(lambda: len(emu.control.connections()) == 1)
    await clients.stream.stop()
    assert not clients.stream.running
    await _wait_for(lambda: len(emu.control.connections()) == 0)


async def test_pre_entry_is_created_and_read_back(emu: Emu, clients: DingTalkClients) -> None:
    entry = PreEntry(
        name="赵六",
        mobile="13912345678",
        pre_entry_time=datetime(2026, 12, 1, 9, 0),
        op_user_id="hr001",
        position="后端工程师",
        main_dept_id=3,
        main_dept_name="研发部",
    )
    user_id = await clients.hrm.add_pre_entry(entry)
    assert user_id in await clients.hrm.list_pre_entries()
    (roster,) = await clients.hrm.read_roster((user_id,), ("sys00-name", "sys00-position"))
    assert roster.fields == {"sys00-name": "赵六", "sys00-position": "后端工程师"}


async def test_org_member_and_external_candidate_logins(emu: Emu, clients: DingTalkClients) -> None:
    code = await asyncio.to_thread(emu.control.auth_code, "hr001")
    member = await clients.login.org_user_from_auth_code(code)
    assert (member.user_id, member.name) == ("hr001", "王芳")
    code = await asyncio.to_thread(emu.control.auth_code, "uidcandidate0001")
    outsider = await clients.login.external_user_from_oauth_code(code)
    assert outsider.union_id == "uidcandidate0001"
    assert outsider.nick == "陈晨"
