"""Offer approval end to end: 录用 / 发起录用 -> DingTalk OA approval in the emulator -> results."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from integrations.dingtalk.messages import InteractiveCard
from tests.integration.bot.harness import HR, BotHarness
from tests.integration.bot.invitation_support import last_seq, say, sent_since
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.background.names import JobName
from workflows.candidates.models import Candidate
from workflows.jobs.models import Job
from workflows.links import verify_offer_token
from workflows.messaging.models import CandidateNotice
from workflows.offers.approval_sync import apply_approval_result
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.service import request_offer
from workflows.privacy.contexts import NOTICE_BODY
from workflows.services import Services

BACKEND = "高级后端开发工程师"
MANAGER = "mgr_chengang"
HR_HEAD = "hr_lijing"
MEMBER = "emp001"  # an org member of the emulator's seeded org


async def _until(check: Callable[[], Awaitable[bool]], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.1)


async def _shortlisted(
    h: BotHarness, name: str, *, user_id: str | None = None, overall: float = 80.0
) -> Application:
    """A candidate on the backend job, interviewed and shortlisted (scores set directly)."""
    cand = await Candidate.create(
        name_enc=h.container.vault.encrypt(name, context="candidate.name"),
        masked_phone="139****0000",
        dingtalk_user_id=user_id,
    )
    job = await Job.get(title=BACKEND)
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("test"), bus=h.container.bus
    )
    # Quiet set-up: walking the stages would trigger scoring jobs and cards unrelated here.
    await Application.filter(id=app.id).update(
        stage=Stage.SHORTLISTED, overall_score=overall, match_score=70.0
    )
    return await Application.get(id=app.id)


def _deps(h: BotHarness) -> Services:
    assert h.container.dingtalk is not None
    c = h.container
    return c.services


async def _offer(app: Application) -> Offer:
    return await Offer.get(application_id=app.id)


async def _status_is(app: Application, status: OfferStatus) -> bool:
    offer = await Offer.get_or_none(application_id=app.id)
    return offer is not None and offer.status is status


async def _approval(h: BotHarness, instance_id: str) -> dict[str, Any]:
    return await asyncio.to_thread(h.control.approval, instance_id)


def _form(instance: dict[str, Any]) -> dict[str, str]:
    return {v["name"]: v["value"] for v in instance["formComponentValues"]}


async def test_offer_command_starts_the_approval_with_the_right_form_values(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "张伟", user_id=MEMBER, overall=80.0)
    job = await Job.get(title=BACKEND)
    start = (datetime.now(UTC) + timedelta(days=30)).date()
    replies = await say(bot, HR, f"录用 {job.id} 张伟 入职 {start.isoformat()}")
    text = replies[-1].text
    assert "已发起录用审批：张伟" in text
    offer = await _offer(app)
    assert offer.status is OfferStatus.PENDING_APPROVAL
    assert offer.monthly_salary is not None
    assert f"建议月薪：{offer.monthly_salary:,} 元" in text
    assert "综合得分" in text and "陈刚 → 李静" in text

    instance = await _approval(bot, str(offer.process_instance_id))
    form = _form(instance)
    assert form["候选人"] == "张伟"
    assert form["应聘岗位"] == BACKEND
    assert form["部门"] == "技术研发部"
    assert form["职级"] == offer.level == "中级"  # 80 x 0.7 + 70 x 0.3 = 77
    assert form["建议月薪"] == str(offer.monthly_salary)
    assert "22000-30000" in form["薪资范围"]
    assert form["预计入职日期"] == start.isoformat()
    assert form["面试得分"] == "80.0"
    base = bot.container.settings.server.public_base_url.rstrip("/")
    assert form["面试报告"].startswith(f"{base}/r/{app.id}?t=")
    assert "综合得分 77.0" in form["推荐理由"]
    assert instance["originatorUserId"] == HR
    assert [t["userId"] for t in instance["tasks"]] == [MANAGER]  # the manager goes first
    assert instance["approverUserIds"] == sorted([MANAGER, HR_HEAD])
    assert offer.approvers == [
        {"user_ids": [MANAGER], "mode": "NONE"},
        {"user_ids": [HR_HEAD], "mode": "NONE"},
    ]
    assert (await Application.get(id=app.id)).stage is Stage.OFFER_PENDING

    # Asking again returns the running approval instead of starting a second one.
    again = await say(bot, HR, f"/offer {app.id}")
    assert "录用审批已在进行中" in again[-1].text
    assert len(await asyncio.to_thread(bot.control.approvals)) == 1


async def test_approval_by_manager_and_hr_head_sends_the_candidate_the_offer_notice(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "李娜", user_id=MEMBER, overall=90.0)
    await say(bot, HR, f"录用 {app.id}")
    offer = await _offer(app)
    instance_id = str(offer.process_instance_id)
    seq = await last_seq(bot)
    await asyncio.to_thread(bot.control.approve, instance_id, MANAGER, "同意")
    await bot.settle()
    assert (await _offer(app)).status is OfferStatus.PENDING_APPROVAL  # HR head still to sign
    await asyncio.to_thread(bot.control.approve, instance_id, HR_HEAD, "同意录用")
    await _until(lambda: _status_is(app, OfferStatus.APPROVED))
    await bot.settle()  # the stage follows the offer's status just after its commit

    offer = await _offer(app)
    assert offer.decided_at is not None
    assert (await Application.get(id=app.id)).stage is Stage.OFFER_APPROVED
    to_candidate = await sent_since(bot, seq, recipient=MEMBER)
    assert len(to_candidate) == 1
    msg = to_candidate[0]
    assert msg.kind == "action_card"
    assert f"{offer.monthly_salary:,} 元" in msg.text
    assert "身份证" in msg.text and "离职证明" in msg.text and "体检报告" in msg.text
    link = msg.buttons[0].url
    base = bot.container.settings.server.public_base_url.rstrip("/") + "/o/"
    assert link.startswith(base)
    secret = bot.container.settings.security.secret_key.get_secret_value().encode()
    assert verify_offer_token(link[len(base) :], secret, datetime.now(UTC)).offer_id == offer.id
    notice = await CandidateNotice.get(application_id=app.id, kind="offer")
    body = bot.container.vault.decrypt(notice.body_enc, context=NOTICE_BODY)
    assert "李娜" in body and link in body
    assert notice.channel == "dingtalk_user"
    to_hr = await sent_since(bot, seq, recipient=HR)
    assert any("录用审批已通过：李娜" in m.text for m in to_hr)


async def test_refusal_from_the_card_button_tells_hr_the_remark(bot: BotHarness) -> None:
    app = await _shortlisted(bot, "王强", user_id=MEMBER, overall=75.0)
    assert bot.container.dingtalk is not None
    track = f"scored-{app.id}"
    await bot.container.dingtalk.cards.create_and_deliver(
        InteractiveCard(
            bot.container.settings.dingtalk.card_template_id,
            track,
            {"title": "王强", "status": "进入下一轮"},
        ),
        user_ids=(HR,),
    )
    seq = await last_seq(bot)
    clicked = await asyncio.to_thread(
        bot.control.click_card,
        track,
        HR,
        params={"action": "offer", "application_id": str(app.id)},
    )
    assert clicked["card"]["card_param_map"]["notice"] == "正在处理，请稍候…"
    await bot.settle()  # the click's job starts the approval, then updates the card
    card = await asyncio.to_thread(bot.control.card, track)
    assert card.card_param_map["status"] == "录用审批中"
    summary = await sent_since(bot, seq, recipient=HR)
    assert any("已发起录用审批：王强" in m.text and "建议理由" in m.text for m in summary)

    offer = await _offer(app)
    seq = await last_seq(bot)
    remark = "薪资高于团队预算，建议按初级重新评估"
    await asyncio.to_thread(bot.control.refuse, str(offer.process_instance_id), MANAGER, remark)
    await _until(lambda: _status_is(app, OfferStatus.REFUSED))

    async def told() -> bool:
        return any(remark in m.text for m in await sent_since(bot, seq, recipient=HR))

    await _until(told)
    msgs = [m for m in await sent_since(bot, seq, recipient=HR) if remark in m.text]
    assert len(msgs) == 1
    assert "录用审批未通过：王强" in msgs[0].text and "陈刚" in msgs[0].text
    assert (await Application.get(id=app.id)).stage is Stage.SHORTLISTED
    assert await sent_since(bot, seq, recipient=MEMBER) == []
    assert not await CandidateNotice.filter(application_id=app.id).exists()


async def test_withdrawn_approval_tells_hr_it_was_revoked(bot: BotHarness) -> None:
    app = await _shortlisted(bot, "赵磊", user_id=MEMBER)
    await say(bot, HR, f"录用 {app.id}")
    offer = await _offer(app)
    seq = await last_seq(bot)
    await asyncio.to_thread(
        bot.control.terminate_approval, str(offer.process_instance_id), HR, "候选人另有安排"
    )
    await _until(lambda: _status_is(app, OfferStatus.TERMINATED))

    async def told() -> bool:
        return any("已撤销" in m.text for m in await sent_since(bot, seq, recipient=HR))

    await _until(told)
    msgs = [m for m in await sent_since(bot, seq, recipient=HR) if "已撤销" in m.text]
    assert len(msgs) == 1
    assert "撤销原因：候选人另有安排" in msgs[0].text and "操作人：王芳" in msgs[0].text
    assert (await Application.get(id=app.id)).stage is Stage.SHORTLISTED


async def test_lost_event_is_recovered_by_one_reconciliation_cycle(bot: BotHarness) -> None:
    app = await _shortlisted(bot, "孙丽", user_id=MEMBER)
    await say(bot, HR, f"录用 {app.id}")
    offer = await _offer(app)
    instance_id = str(offer.process_instance_id)
    await asyncio.to_thread(bot.control.approve, instance_id, MANAGER)
    await bot.settle()
    # Every event of the final approval is lost.
    await asyncio.to_thread(bot.control.drop_next_events, "bpms_task_change", 10)
    await asyncio.to_thread(bot.control.drop_next_events, "bpms_instance_change", 1)
    seq = await last_seq(bot)
    await asyncio.to_thread(bot.control.approve, instance_id, HR_HEAD)
    await bot.settle()
    dropped = await asyncio.to_thread(bot.control.events, 0, "bpms_instance_change")
    assert any(e.status == "dropped" for e in dropped)
    assert (await _offer(app)).status is OfferStatus.PENDING_APPROVAL

    await bot.container.queue.enqueue(JobName.RECONCILE_OFFERS, job_id="reconcile-test-1")
    await bot.container.drain_jobs(30)
    offer = await _offer(app)
    assert offer.status is OfferStatus.APPROVED
    assert offer.synced_at is not None
    assert (await Application.get(id=app.id)).stage is Stage.OFFER_APPROVED
    assert len(await sent_since(bot, seq, recipient=MEMBER)) == 1


async def _decided_by_reconciliation(
    bot: BotHarness, app: Application, status: OfferStatus, finish: Callable[[str], object]
) -> list[str]:
    """Finish the approval with all its events lost, run one reconciliation cycle twice.

    Returns the texts HR was sent meanwhile.
    """
    offer = await _offer(app)
    instance_id = str(offer.process_instance_id)
    await asyncio.to_thread(bot.control.drop_next_events, "bpms_task_change", 10)
    await asyncio.to_thread(bot.control.drop_next_events, "bpms_instance_change", 1)
    seq = await last_seq(bot)
    await asyncio.to_thread(finish, instance_id)
    await bot.settle()
    dropped = await asyncio.to_thread(bot.control.events, 0, "bpms_instance_change")
    assert any(e.status == "dropped" for e in dropped)
    # No event came through: nothing is known yet, not even the task event's remark.
    offer = await _offer(app)
    assert offer.status is OfferStatus.PENDING_APPROVAL and offer.approval_remark == ""

    await bot.container.queue.enqueue(JobName.RECONCILE_OFFERS, job_id=f"reconcile-{app.id}-1")
    await bot.container.drain_jobs(30)
    assert (await _offer(app)).status is status
    assert (await Application.get(id=app.id)).stage is Stage.SHORTLISTED
    # A second cycle, and a late duplicate read, tell HR nothing more.
    await bot.container.queue.enqueue(JobName.RECONCILE_OFFERS, job_id=f"reconcile-{app.id}-2")
    await bot.container.drain_jobs(30)
    assert not await apply_approval_result(instance_id, _deps(bot))
    return [m.text for m in await sent_since(bot, seq, recipient=HR)]


async def test_refusal_whose_events_are_lost_tells_hr_the_remark_after_one_poll(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "陶然", user_id=MEMBER)
    await say(bot, HR, f"录用 {app.id}")
    remark = "期望薪资超出预算 20%，请与候选人沟通后重新发起"

    def refuse(instance_id: str) -> object:
        return bot.control.refuse(instance_id, MANAGER, remark)

    texts = await _decided_by_reconciliation(bot, app, OfferStatus.REFUSED, refuse)
    told = [t for t in texts if "录用审批未通过：陶然" in t]
    assert len(told) == 1, texts
    assert f"审批意见：{remark}" in told[0]
    assert "审批人：陈刚" in told[0]
    assert "未获取到审批意见" not in told[0]
    offer = await _offer(app)
    assert offer.approval_remark == remark
    assert offer.suggestion["decided_by"] == MANAGER
    assert await sent_since(bot, 0, recipient=MEMBER) == []


async def test_withdrawal_whose_events_are_lost_tells_hr_who_and_why_after_one_poll(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "柏青", user_id=MEMBER)
    await say(bot, HR, f"录用 {app.id}")
    remark = "岗位编制冻结，本轮录用暂停"

    def terminate(instance_id: str) -> object:
        return bot.control.terminate_approval(instance_id, HR_HEAD, remark)

    texts = await _decided_by_reconciliation(bot, app, OfferStatus.TERMINATED, terminate)
    told = [t for t in texts if "录用审批已撤销：柏青" in t]
    assert len(told) == 1, texts
    assert f"撤销原因：{remark}" in told[0]
    assert "操作人：李静" in told[0]
    assert (await _offer(app)).suggestion["decided_by"] == HR_HEAD


async def test_duplicate_event_and_later_poll_change_nothing(bot: BotHarness) -> None:
    app = await _shortlisted(bot, "周杰", user_id=MEMBER)
    await say(bot, HR, f"录用 {app.id}")
    offer = await _offer(app)
    instance_id = str(offer.process_instance_id)
    await asyncio.to_thread(bot.control.approve, instance_id, MANAGER)
    await asyncio.to_thread(bot.control.approve, instance_id, HR_HEAD)
    await _until(lambda: _status_is(app, OfferStatus.APPROVED))
    await bot.container.drain_jobs(30)
    history = await StageHistory.filter(application_id=app.id).count()
    decided_at = (await _offer(app)).decided_at

    seq = await last_seq(bot)
    events = await asyncio.to_thread(bot.control.events, 0, "bpms_instance_change")
    finish = next(e for e in events if e.data.get("type") == "finish")
    await asyncio.to_thread(bot.control.emit_event, "bpms_instance_change", dict(finish.data))

    async def acked() -> bool:
        records = await asyncio.to_thread(bot.control.events, 0, "bpms_instance_change")
        return len(records) > len(events) and records[-1].status == "acked"

    await _until(acked)
    assert not await apply_approval_result(instance_id, _deps(bot))
    await bot.container.queue.enqueue(JobName.RECONCILE_OFFERS, job_id="reconcile-test-2")
    await bot.container.drain_jobs(30)

    assert await sent_since(bot, seq) == []
    assert await CandidateNotice.filter(application_id=app.id).count() == 1
    assert await StageHistory.filter(application_id=app.id).count() == history
    assert (await _offer(app)).decided_at == decided_at


async def test_offer_for_a_candidate_not_shortlisted_is_refused_in_chinese(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "吴昊", user_id=MEMBER)
    await Application.filter(id=app.id).update(stage=Stage.SCORED)
    replies = await say(bot, HR, f"录用 {app.id}")
    assert "只有处于「进入下一轮」阶段的候选人才能发起录用" in replies[-1].text
    assert "已评分" in replies[-1].text
    assert not await Offer.filter(application_id=app.id).exists()
    assert await asyncio.to_thread(bot.control.approvals) == []


async def test_candidate_outside_the_org_gets_the_offer_through_hr(bot: BotHarness) -> None:
    app = await _shortlisted(bot, "郑爽", user_id=None)
    await say(bot, HR, f"录用 {app.id} 入职 {(date.today() + timedelta(days=20)).isoformat()}")
    offer = await _offer(app)
    seq = await last_seq(bot)
    await asyncio.to_thread(bot.control.approve, str(offer.process_instance_id), MANAGER)
    await asyncio.to_thread(bot.control.approve, str(offer.process_instance_id), HR_HEAD)
    await _until(lambda: _status_is(app, OfferStatus.APPROVED))
    to_hr = await sent_since(bot, seq, recipient=HR)
    forward = [m for m in to_hr if "请转发录用通知：郑爽" in m.text]
    assert len(forward) == 1 and "/o/" in forward[0].text
    notice = await CandidateNotice.get(application_id=app.id)
    assert notice.channel == "hr_forward"


async def test_configured_chain_with_countersign_and_either_sign(bot: BotHarness) -> None:
    job = await Job.get(title=BACKEND)
    job.offer_approvers = [
        {"user_ids": [MANAGER, "mgr_zhaomin"], "mode": "AND"},  # 会签: both must approve
        {"user_ids": [HR_HEAD, HR], "mode": "OR"},  # 或签: either one is enough
    ]
    await job.save(update_fields=["offer_approvers"])
    app = await _shortlisted(bot, "钱多", user_id=MEMBER)
    offer = await request_offer(app.id, actor=Actor.staff(HR), start_date=None, deps=_deps(bot))
    instance_id = str(offer.process_instance_id)
    assert offer.approvers[0] == {"user_ids": [MANAGER, "mgr_zhaomin"], "mode": "AND"}
    assert offer.approvers[1]["mode"] == "OR"
    await asyncio.to_thread(bot.control.approve, instance_id, MANAGER)
    running = [t["userId"] for t in (await _approval(bot, instance_id))["tasks"]]
    assert running == [MANAGER, "mgr_zhaomin"]  # the countersign still waits for 赵敏
    await asyncio.to_thread(bot.control.approve, instance_id, "mgr_zhaomin")
    await asyncio.to_thread(bot.control.approve, instance_id, HR)
    await _until(lambda: _status_is(app, OfferStatus.APPROVED))
    tasks = {t["userId"]: t["status"] for t in (await _approval(bot, instance_id))["tasks"]}
    assert tasks[HR_HEAD] == "CANCELED"


async def test_failed_approval_start_gives_the_candidate_back_to_hr(bot: BotHarness) -> None:
    app = await _shortlisted(bot, "冯雪", user_id=MEMBER)
    await asyncio.to_thread(
        bot.control.fail_next,
        "/v1.0/workflow/processInstances",
        1,
        status=400,
        code="processInstanceInvalidParameter",
        message="审批人不在组织中",
    )
    replies = await say(bot, HR, f"录用 {app.id}")
    assert "钉钉录用审批发起失败：审批人不在组织中" in replies[-1].text
    assert (await Application.get(id=app.id)).stage is Stage.SHORTLISTED
    assert not await Offer.filter(application_id=app.id).exists()

    again = await say(bot, HR, f"录用 {app.id}")
    assert "已发起录用审批：冯雪" in again[-1].text
    assert (await _offer(app)).status is OfferStatus.PENDING_APPROVAL


async def test_reconciliation_releases_a_draft_whose_start_never_happened(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "蒋文", user_id=MEMBER)
    await Application.filter(id=app.id).update(stage=Stage.OFFER_PENDING)
    draft = await Offer.create(application_id=app.id, status=OfferStatus.DRAFT)
    await Offer.filter(id=draft.id).update(created_at=datetime.now(UTC) - timedelta(hours=1))
    replies = await say(bot, HR, f"录用 {app.id}")
    assert "正在发起中" in replies[-1].text

    await bot.container.queue.enqueue(JobName.RECONCILE_OFFERS, job_id="reconcile-test-3")
    await bot.container.drain_jobs(30)
    assert not await Offer.filter(id=draft.id).exists()
    assert (await Application.get(id=app.id)).stage is Stage.SHORTLISTED


async def test_long_waiting_approval_reminds_the_current_approver_once_a_day(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "韩梅", user_id=MEMBER)
    await say(bot, HR, f"录用 {app.id}")
    offer = await _offer(app)
    await Offer.filter(id=offer.id).update(created_at=datetime.now(UTC) - timedelta(hours=30))
    seq = await last_seq(bot)
    for n in (1, 2):  # the second cycle on the same day sends nothing new
        await bot.container.queue.enqueue(JobName.RECONCILE_OFFERS, job_id=f"reconcile-remind-{n}")
        await bot.container.drain_jobs(30)
    reminders = await sent_since(bot, seq, recipient=MANAGER)
    assert len(reminders) == 1
    assert "录用审批待您处理：韩梅" in reminders[0].text and "30 小时" in reminders[0].text
    assert await sent_since(bot, seq, recipient=HR_HEAD) == []  # not their turn yet
    assert (await _offer(app)).status is OfferStatus.PENDING_APPROVAL


async def test_offer_button_is_answered_within_two_seconds_when_dingtalk_is_slow(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # OD:event-callback-card: "请在 2 秒内完成业务处理并响应"; a later ACK is not applied.
    assert bot.container.dingtalk is not None
    monkeypatch.setattr(bot.container.dingtalk.settings, "card_ack_budget_s", 1.5)
    before = await asyncio.to_thread(bot.control.configure)
    await asyncio.to_thread(bot.control.configure, callback_ack_timeout_s=2.0)
    try:
        app = await _shortlisted(bot, "王强", user_id=MEMBER, overall=75.0)
        track = f"scored-{app.id}"
        await bot.container.dingtalk.cards.create_and_deliver(
            InteractiveCard(
                bot.container.settings.dingtalk.card_template_id,
                track,
                {"title": "王强", "status": "进入下一轮"},
            ),
            user_ids=(HR,),
        )
        # Starting the OA approval takes longer than the whole callback deadline.
        await asyncio.to_thread(bot.control.slow_next, "/v1.0/workflow/processInstances", 1)

        clicked = await asyncio.to_thread(
            bot.control.click_card,
            track,
            HR,
            params={"action": "offer", "application_id": str(app.id)},
        )

        assert clicked["acked"] and clicked["ack_code"] == 200
        assert clicked["card"]["card_param_map"]["notice"] == "正在处理，请稍候…"

        async def pending() -> bool:
            card = await asyncio.to_thread(bot.control.card, track)
            return card.card_param_map.get("status") == "录用审批中"

        await _until(pending)
        assert (await _offer(app)).process_instance_id
    finally:
        timeout_s = before.callback_ack_timeout_s
        await asyncio.to_thread(bot.control.configure, callback_ack_timeout_s=timeout_s)


async def test_offer_command_in_a_group_sends_the_salary_to_the_hr_privately(
    bot: BotHarness,
) -> None:
    app = await _shortlisted(bot, "张伟", user_id=MEMBER)
    group = await asyncio.to_thread(bot.control.add_group, "招聘群", [HR, MEMBER])
    seq = await last_seq(bot)

    in_group = await say(
        bot, HR, f"录用 {app.id}", chat="group", conversation_id=group["conversation_id"]
    )

    assert [m.text for m in in_group] == ["结果含候选人信息，已私聊发送给你。"]
    private = [m.text for m in await sent_since(bot, seq, recipient=HR)]
    assert any("已发起录用审批：张伟" in t and "建议月薪" in t for t in private)
    group_texts = await sent_since(bot, seq, channel="session_webhook")
    assert all("建议月薪" not in m.text for m in group_texts)
