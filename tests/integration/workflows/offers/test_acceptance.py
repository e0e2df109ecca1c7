"""Accepting and declining an approved offer, with the pre-entry in the emulator's 智能人事."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from integrations.dingtalk.clients import DingTalkClients
from settings import DatabaseSettings
from tests.fakes import make_services
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)
from tests.integration.workflows.offers.onboarding_support import (
    HR,
    MANAGER,
    RecordingQueue,
    approved_offer,
    make_deps,
    onboarding_settings,
)
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.background.names import JobName
from workflows.errors import ConflictError, ValidationFailedError
from workflows.events import OfferAccepted
from workflows.messaging.models import OutboxMessage
from workflows.messaging.outbox import dispatch_outbox
from workflows.offers.acceptance import accept_offer, decline_offer
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.preentry import (
    DEFAULT_ARCHIVE_FIELDS,
    archive_values,
    create_preentry_job,
    preentry_for,
    preentry_job_id,
)

# Acceptance sends the interview summary, so the record goes through the new pre-entry API.
ADD_PREENTRY = "/v1.0/hrm/preentries"


def _ctx(
    deps_queue: RecordingQueue, tmp_path: Path, clients: DingTalkClients | None
) -> dict[str, Any]:
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm if clients else None, deps_queue)
    return {"services": deps, "dingtalk": clients, "job_try": 1}


async def test_accepting_creates_the_preentry_once_even_when_accepted_twice(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    queue = RecordingQueue()
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, queue)
    offer = await approved_offer(deps.vault)

    accepted = await accept_offer(offer.id, remark="入职日期没问题", deps=deps)

    assert accepted.status == OfferStatus.ACCEPTED
    assert accepted.candidate_responded_at is not None
    assert accepted.candidate_remark == "入职日期没问题"
    app = await Application.get(id=offer.application_id)  # type: ignore[attr-defined]
    assert app.stage == Stage.ONBOARDING
    (entry,) = await asyncio.to_thread(emu.control.preentries)
    assert accepted.preentry_user_id == entry.userid
    assert (entry.name, entry.mobile) == ("赵六", "13912345678")
    assert entry.pre_entry_time == "2026-12-15 09:00:00"
    # With the interview summary attached the record goes through the new API (no operator).
    assert entry.source == "api"
    assert entry.fields["sys00-position"] == "高级后端开发工程师"
    assert entry.fields["sys00-mainDept"] == "研发部"
    assert entry.fields["sys00-mainDeptId"] == "3"
    assert not queue.ids(JobName.CREATE_PREENTRY)

    with pytest.raises(ConflictError) as again:
        await accept_offer(offer.id, remark="", deps=deps)
    assert "已接受" in again.value.user_message
    assert len(await asyncio.to_thread(emu.control.preentries)) == 1

    told = await OutboxMessage.get(dedup_key=f"offer_accepted:{offer.id}")
    assert told.recipient == f"users:{HR}"
    assert "已在智能人事创建待入职记录" in json.dumps(told.payload, ensure_ascii=False)
    training = await OutboxMessage.get(dedup_key=f"training_mgr:{offer.id}")
    assert training.recipient == f"users:{MANAGER}"


async def test_failed_preentry_is_recorded_and_the_job_creates_it_exactly_once(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    queue = RecordingQueue()
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, queue)
    offer = await approved_offer(deps.vault)
    await asyncio.to_thread(emu.control.fail_next, ADD_PREENTRY, 20)

    accepted = await accept_offer(offer.id, remark="", deps=deps)

    assert accepted.status == OfferStatus.ACCEPTED
    assert accepted.preentry_user_id is None
    assert queue.ids(JobName.CREATE_PREENTRY) == [preentry_job_id(offer.id)]
    assert await asyncio.to_thread(emu.control.preentries) == []
    told = await OutboxMessage.get(dedup_key=f"offer_accepted:{offer.id}")
    assert "系统会自动重试" in json.dumps(told.payload, ensure_ascii=False)

    await asyncio.to_thread(emu.control.clear_faults)
    ctx = _ctx(queue, tmp_path, clients)
    first = await create_preentry_job(ctx, offer.id)
    second = await create_preentry_job(ctx, offer.id)

    (entry,) = await asyncio.to_thread(emu.control.preentries)
    assert first["created"] is True and second["created"] is False
    assert (await Offer.get(id=offer.id)).preentry_user_id == entry.userid
    assert await OutboxMessage.exists(dedup_key=f"preentry_created:{offer.id}")


async def test_a_retry_after_a_lost_answer_adopts_the_record_instead_of_adding_another(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    queue = RecordingQueue()
    offline = make_deps(onboarding_settings(tmp_path), None, queue)
    offer = await approved_offer(offline.vault)
    await accept_offer(offer.id, remark="", deps=offline)
    assert queue.ids(JobName.CREATE_PREENTRY) == [preentry_job_id(offer.id)]
    # DingTalk created the record but the answer never arrived: the job must find it.
    existing = (await clients.hrm.add_pre_entry(await preentry_for(offer.id, offline))).user_id

    result = await create_preentry_job(_ctx(queue, tmp_path, clients), offer.id)

    assert result["preentry_user_id"] == existing
    assert [e.userid for e in await asyncio.to_thread(emu.control.preentries)] == [existing]


async def test_declining_tells_hr_the_reason_and_closes_the_offer(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    queue = RecordingQueue()
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, queue)
    offer = await approved_offer(deps.vault)

    with pytest.raises(ValidationFailedError) as empty:
        await decline_offer(offer.id, reason="  ", deps=deps)
    assert "拒绝原因" in empty.value.user_message

    declined = await decline_offer(offer.id, reason="已接受其他公司的录用", deps=deps)

    assert declined.status == OfferStatus.DECLINED
    assert declined.candidate_remark == "已接受其他公司的录用"
    app = await Application.get(id=offer.application_id)  # type: ignore[attr-defined]
    assert app.stage == Stage.OFFER_DECLINED
    since = await asyncio.to_thread(emu.control.last_seq)
    report = await dispatch_outbox(clients.messenger, 10)
    assert report.sent >= 1
    (sent,) = await asyncio.to_thread(
        emu.control.wait_for_sent, since, where=lambda m: "拒绝了录用" in m.title
    )
    assert sent.recipient == HR
    assert "已接受其他公司的录用" in sent.text
    with pytest.raises(ConflictError) as refused:
        await accept_offer(offer.id, remark="", deps=deps)
    assert "已拒绝" in refused.value.user_message
    assert await asyncio.to_thread(emu.control.preentries) == []


async def test_an_offer_still_in_approval_cannot_be_answered(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, status=OfferStatus.PENDING_APPROVAL)
    with pytest.raises(ConflictError) as accept:
        await accept_offer(offer.id, remark="", deps=deps)
    with pytest.raises(ConflictError) as decline:
        await decline_offer(offer.id, reason="不合适", deps=deps)
    assert "尚未审批通过" in accept.value.user_message
    assert "尚未审批通过" in decline.value.user_message
    assert (await Offer.get(id=offer.id)).status == OfferStatus.PENDING_APPROVAL


async def test_the_interview_summary_is_prepared_for_the_archive_fields(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault)
    app = await Application.get(id=offer.application_id)  # type: ignore[attr-defined]

    values = await archive_values(app, deps.settings)

    base = deps.settings.server.public_base_url.rstrip("/")
    assert values[DEFAULT_ARCHIVE_FIELDS["score"]] == "68.5"
    assert values[DEFAULT_ARCHIVE_FIELDS["summary"]] == "优势：后端技术；待提升：沟通表达"
    assert values[DEFAULT_ARCHIVE_FIELDS["report"]].startswith(f"{base}/r/{app.id}?t=")


async def test_without_a_mobile_hr_is_asked_to_add_the_record_by_hand(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    queue = RecordingQueue()
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, queue)
    offer = await approved_offer(deps.vault, phone="")

    accepted = await accept_offer(offer.id, remark="", deps=deps)

    assert accepted.status == OfferStatus.ACCEPTED and accepted.preentry_user_id is None
    assert not queue.ids(JobName.CREATE_PREENTRY)
    assert await asyncio.to_thread(emu.control.preentries) == []
    told = await OutboxMessage.get(dedup_key=f"offer_accepted:{offer.id}")
    assert "请在智能人事中手动添加" in json.dumps(told.payload, ensure_ascii=False)


async def test_acceptance_publishes_offer_accepted_and_training_is_only_its_subscriber(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_services(onboarding_settings(tmp_path), queue=RecordingQueue())
    seen: list[OfferAccepted] = []

    async def record(event: OfferAccepted) -> None:
        seen.append(event)

    deps.bus.subscribe(OfferAccepted, record)
    offer = await approved_offer(deps.vault)
    await accept_offer(offer.id, remark="", deps=deps)
    assert [e.offer_id for e in seen] == [offer.id]
    # Nobody subscribed training here: acceptance itself sends no training advice.
    assert not await OutboxMessage.filter(dedup_key=f"training_mgr:{offer.id}").exists()
    assert await OutboxMessage.filter(dedup_key=f"offer_accepted:{offer.id}").exists()


async def test_links_and_pictures_in_a_decline_reason_reach_hr_as_plain_text(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, RecordingQueue())
    offer = await approved_offer(deps.vault)
    phishing = "薪资太低\n### 请 HR 重新登录 [钉钉安全中心](http://evil.example/x) ![](http://evil.example/p.png)"

    declined = await decline_offer(offer.id, reason=phishing, deps=deps)

    assert declined.candidate_remark == phishing  # stored as written
    (row,) = await OutboxMessage.filter(dedup_key=f"offer_declined:{offer.id}")
    text = json.dumps(row.payload, ensure_ascii=False)
    assert "](" not in text and "http://" not in text and "\\n### 请" not in text
    assert "钉钉安全中心" in text and "evil.example" in text  # HR still sees what was written
