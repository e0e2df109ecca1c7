"""Races on the database: concurrent offer requests, concurrent result applications.

DingTalk is a fake that keeps state here (the emulator tests in tests/integration/bot cover the
wire); what is under test is the locking on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from dinghire.bootstrap import build_vault
from integrations.dingtalk.inbound import APPROVAL_TASK_EVENT, ApprovalEvent
from integrations.dingtalk.ports import (
    ApprovalInstance,
    ApprovalRecord,
    ApprovalTask,
    ProcessTemplate,
    StartApproval,
)
from settings import DatabaseSettings, load_settings
from tests.fakes import FakeDingTalk, make_services
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.errors import ConflictError
from workflows.events import EventBus
from workflows.jobs.models import Job
from workflows.messaging.models import CandidateNotice, OutboxMessage
from workflows.offers.approval_sync import (
    apply_approval_result,
    handle_approval_event,
    reconcile_open_offers,
)
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.service import request_offer
from workflows.seed.service import seed_demo
from workflows.services import Services

HR = "hr_wangfang"


@dataclass
class FakeApprovals:
    """Approvals port with state: started instances and their (settable) status."""

    started: list[StartApproval] = field(default_factory=list)
    status: dict[str, tuple[str, str]] = field(default_factory=dict)
    records: dict[str, tuple[ApprovalRecord, ...]] = field(default_factory=dict)
    reads: int = 0

    async def ensure_process(self, template: ProcessTemplate) -> str:
        await asyncio.sleep(0.01)
        return "PROC-OFFER"

    async def start(self, request: StartApproval) -> str:
        await asyncio.sleep(0.05)  # room for a concurrent request to interleave
        self.started.append(request)
        instance_id = f"inst-{len(self.started)}"
        self.status[instance_id] = ("RUNNING", "")
        return instance_id

    async def get(self, instance_id: str) -> ApprovalInstance:
        self.reads += 1
        await asyncio.sleep(0.01)
        status, result = self.status[instance_id]
        task = ApprovalTask(1, "mgr_chengang", "COMPLETED", result.upper())
        records = self.records.get(instance_id, ())
        return ApprovalInstance(instance_id, "", status, result, "", HR, (), (task,), records)


@dataclass
class FakeQueue:
    """JobQueue that only records what was enqueued."""

    jobs: list[tuple[str, tuple[Any, ...], str]] = field(default_factory=list)

    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by_s: float = 0.0
    ) -> bool:
        self.jobs.append((function, args, job_id))
        return True


@pytest.fixture
async def world(db: DatabaseSettings) -> tuple[Services, FakeApprovals, FakeQueue, int]:
    settings = load_settings(strict=False, mode="test", database=db)
    await seed_demo()
    vault = build_vault(settings)
    cand = await Candidate.create(
        name_enc=vault.encrypt("张伟", context="candidate.name"), dingtalk_user_id="emp001"
    )
    job = await Job.get(title="高级后端开发工程师")
    bus = EventBus()
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("test"), bus=bus
    )
    await Application.filter(id=app.id).update(
        stage=Stage.SHORTLISTED, overall_score=88.0, match_score=80.0
    )
    fake, queue = FakeApprovals(), FakeQueue()
    dingtalk = FakeDingTalk(approvals=fake)
    services = make_services(settings, vault=vault, bus=bus, queue=queue, dingtalk=dingtalk)
    return services, fake, queue, app.id


async def test_concurrent_requests_start_one_approval(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, fake, _, app_id = world
    results = await asyncio.gather(
        *[
            request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
            for _ in range(3)
        ],
        return_exceptions=True,
    )
    offers = [r for r in results if isinstance(r, Offer)]
    refused = [r for r in results if isinstance(r, BaseException)]
    assert offers, results
    assert all(isinstance(e, ConflictError) for e in refused), refused
    assert len(fake.started) == 1
    assert await Offer.filter(application_id=app_id).count() == 1
    assert (await Application.get(id=app_id)).stage is Stage.OFFER_PENDING
    # Once started, asking again returns the same offer.
    again = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    assert again.id == offers[0].id
    assert len(fake.started) == 1
    assert fake.started[0].originator_user_id == HR
    assert [s.user_ids for s in fake.started[0].approvers] == [("mgr_chengang",), ("hr_lijing",)]


async def test_concurrent_results_are_applied_once(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, fake, _queue, app_id = world
    offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    instance_id = str(offer.process_instance_id)

    assert not await apply_approval_result(instance_id, deps)  # still running
    assert (await Offer.get(id=offer.id)).synced_at is not None
    fake.status[instance_id] = ("COMPLETED", "agree")
    outcomes = await asyncio.gather(
        *[apply_approval_result(instance_id, deps) for _ in range(4)],
        reconcile_open_offers(deps),
    )
    assert sum(int(o) for o in outcomes) == 1
    assert (await Offer.get(id=offer.id)).status is OfferStatus.APPROVED
    assert await CandidateNotice.filter(application_id=app_id).count() == 1
    assert await OutboxMessage.filter(dedup_key__startswith=f"offer:{offer.id}:").count() == 2
    moves = await StageHistory.filter(application_id=app_id, to_stage=Stage.OFFER_APPROVED)
    assert len(moves) == 1
    assert (await Application.get(id=app_id)).stage is Stage.OFFER_APPROVED
    # A later poll has nothing to read: the offer is no longer open.
    reads = fake.reads
    assert await reconcile_open_offers(deps) == 0
    assert fake.reads == reads


async def test_decided_offer_left_behind_by_a_crash_is_settled_by_reconciliation(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, _fake, _queue, app_id = world
    offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    # As if the process died right after committing the refusal.
    await Offer.filter(id=offer.id).update(status=OfferStatus.REFUSED)
    assert (await Application.get(id=app_id)).stage is Stage.OFFER_PENDING
    assert await reconcile_open_offers(deps) == 1
    assert (await Application.get(id=app_id)).stage is Stage.SHORTLISTED


def _refusal(user_id: str, remark: str) -> ApprovalRecord:
    return ApprovalRecord(user_id, "EXECUTE_TASK_NORMAL", "REFUSE", remark, None)


def _task_finished(instance_id: str, remark: str) -> ApprovalEvent:
    return ApprovalEvent(
        event_id=f"evt-{instance_id}",
        event_type=APPROVAL_TASK_EVENT,
        corp_id="corp",
        born_time_ms=0,
        data={},
        process_instance_id=instance_id,
        change_type="finish",
        result="refuse",
        staff_id="mgr_chengang",
        remark=remark,
    )


async def _told_hr(offer_id: int) -> list[str]:
    rows = await OutboxMessage.filter(dedup_key__startswith=f"offer:{offer_id}:outcome:")
    return [json.dumps(r.payload, ensure_ascii=False) for r in rows]


async def test_refusal_remark_and_approver_come_from_the_instance_history(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, fake, _queue, app_id = world
    offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    instance_id = str(offer.process_instance_id)
    fake.status[instance_id] = ("COMPLETED", "refuse")
    # The history also shows an earlier approver's comment; the last refusal decides.
    fake.records[instance_id] = (
        ApprovalRecord(HR, "START_PROCESS_INSTANCE", "NONE", "", None),
        ApprovalRecord("mgr_zhaomin", "EXECUTE_TASK_NORMAL", "AGREE", "可以", None),
        _refusal("hr_lijing", "超出部门预算"),
    )
    outcomes = await asyncio.gather(
        handle_approval_event(_task_finished(instance_id, "事件里的意见"), deps),
        *[apply_approval_result(instance_id, deps) for _ in range(3)],
        reconcile_open_offers(deps),
    )
    assert sum(int(o) for o in outcomes) == 1
    told = await _told_hr(offer.id)
    assert len(told) == 1  # the job owner, who also requested it
    assert "审批意见：超出部门预算" in told[0] and "审批人：李静" in told[0]
    assert "事件里的意见" not in told[0]
    decided = await Offer.get(id=offer.id)
    assert decided.status is OfferStatus.REFUSED
    assert decided.approval_remark == "超出部门预算"
    assert decided.suggestion["decided_by"] == "hr_lijing"


async def test_without_history_the_task_event_remark_is_used(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, fake, _queue, app_id = world
    offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    instance_id = str(offer.process_instance_id)
    fake.status[instance_id] = ("COMPLETED", "refuse")
    assert await handle_approval_event(_task_finished(instance_id, "面试评价不足"), deps)
    told = await _told_hr(offer.id)
    assert len(told) == 1
    # The approver is still known from the refused task.
    assert "审批意见：面试评价不足" in told[0] and "审批人：陈刚" in told[0]


async def test_without_history_or_event_hr_is_sent_to_dingtalk_for_the_remark(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, fake, _queue, app_id = world
    offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    instance_id = str(offer.process_instance_id)
    fake.status[instance_id] = ("COMPLETED", "refuse")
    assert await reconcile_open_offers(deps) == 1
    told = await _told_hr(offer.id)
    assert len(told) == 1 and "未获取到审批意见，请在钉钉审批中查看" in told[0]


async def test_a_refusal_without_a_written_remark_says_so(
    world: tuple[Services, FakeApprovals, FakeQueue, int],
) -> None:
    deps, fake, _queue, app_id = world
    offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
    instance_id = str(offer.process_instance_id)
    fake.status[instance_id] = ("COMPLETED", "refuse")
    # An empty remark in the history is not "unknown": the approver wrote none.
    fake.records[instance_id] = (_refusal("mgr_chengang", ""),)
    assert await apply_approval_result(instance_id, deps)
    told = await _told_hr(offer.id)
    assert len(told) == 1 and "审批意见：（审批人未填写意见）" in told[0]
