"""Invite -> 24 h reminder -> 2 h reminder -> missed -> new slot -> final miss, on a moved clock.

The scan runs as the job function with ctx["clock"] set; what the candidate and HR receive is
read back from the DingTalk emulator.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from tests.integration.bot.harness import HR, BotHarness
from tests.integration.bot.invitation_support import (
    backend_job,
    check_link,
    last_seq,
    link_of,
    make_application,
    say,
    sent_since,
)
from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.clock import ManualClock, format_deadline
from workflows.invitations.jobs import scan_invitations_job
from workflows.invitations.models import Invitation, InvitationStatus

CANDIDATE = "emp001"
MINUTE = timedelta(minutes=1)


async def _scan_twice_at_once(h: BotHarness) -> None:
    ctx = h.container.job_ctx
    await asyncio.gather(scan_invitations_job(ctx), scan_invitations_job(ctx))
    await h.container.drain_jobs(30)


async def test_invite_reminders_miss_and_new_slot_reach_the_candidate_once_each(
    bot: BotHarness,
) -> None:
    clock = ManualClock(datetime.now(UTC))
    bot.container.job_ctx["clock"] = clock
    app = await make_application(bot, "张伟", user_id=CANDIDATE)
    job = await backend_job()

    seq = await last_seq(bot)
    reply = await say(bot, HR, f"邀请 {job.id} 张伟")
    assert "已邀请 1 人" in reply[0].text
    assert "张伟（#" in reply[0].text and "钉钉单聊" in reply[0].text
    first = await Invitation.get(application_id=app.id)
    invite = (await sent_since(bot, seq, recipient=CANDIDATE))[0]
    assert invite.channel == "oto" and invite.kind == "action_card"
    assert invite.title == f"面试邀请：{job.title}"
    assert "张伟，您好" in invite.text
    assert format_deadline(first.deadline_at) in invite.text
    assert "约 20–30 分钟" in invite.text
    link1 = link_of(invite)
    check_link(bot, link1, first, clock.now())
    assert (await Application.get(id=app.id)).stage is Stage.INVITED
    # 72 h default TTL from settings.
    ttl = bot.container.settings.security.invite_ttl_hours
    assert abs((first.deadline_at - clock.now()) - timedelta(hours=ttl)) < MINUTE

    # Nothing is due yet: a scan sends nothing.
    seq = await last_seq(bot)
    clock.set(first.deadline_at - timedelta(hours=25))
    await _scan_twice_at_once(bot)
    assert await sent_since(bot, seq) == []

    # 24 h before: one reminder, even with two scans at once and a third one later.
    clock.set(first.deadline_at - timedelta(hours=24) + MINUTE)
    await _scan_twice_at_once(bot)
    await _scan_twice_at_once(bot)
    got = await sent_since(bot, seq, recipient=CANDIDATE)
    assert len(got) == 1
    assert got[0].title == f"面试提醒：{job.title}"
    assert "距离截止还有约 24 小时" in got[0].text
    assert format_deadline(first.deadline_at) in got[0].text
    assert link_of(got[0]) == link1
    assert (await Invitation.get(id=first.id)).reminders_sent == ["24h"]

    # 2 h before: the second reminder, once.
    seq = await last_seq(bot)
    clock.set(first.deadline_at - timedelta(hours=2) + MINUTE)
    await _scan_twice_at_once(bot)
    await _scan_twice_at_once(bot)
    got = await sent_since(bot, seq, recipient=CANDIDATE)
    assert len(got) == 1
    assert "距离截止还有约 2 小时" in got[0].text
    assert link_of(got[0]) == link1
    assert (await Invitation.get(id=first.id)).reminders_sent == ["24h", "2h"]

    # Deadline passed: missed, application expired, then one new slot with a new link.
    seq = await last_seq(bot)
    clock.set(first.deadline_at + MINUTE)
    await _scan_twice_at_once(bot)
    await _scan_twice_at_once(bot)
    got = await sent_since(bot, seq, recipient=CANDIDATE)
    assert len(got) == 1
    missed = await Invitation.get(id=first.id)
    assert missed.status is InvitationStatus.MISSED
    assert missed.followed_up_at is not None
    second = await Invitation.get(id=missed.replaced_by_id)
    assert (second.attempt, second.previous_id) == (2, first.id)
    assert second.status is InvitationStatus.SENT
    assert abs((second.deadline_at - clock.now()) - timedelta(hours=48)) < MINUTE
    assert got[0].title == f"新的面试时间：{job.title}"
    assert f"已于 {format_deadline(first.deadline_at)} 截止" in got[0].text
    assert f"新的截止时间**：{format_deadline(second.deadline_at)}" in got[0].text
    link2 = link_of(got[0])
    assert link2 != link1
    check_link(bot, link2, second, clock.now())
    history = await StageHistory.filter(application_id=app.id).order_by("id")
    assert [(h.from_stage, h.to_stage, h.actor) for h in history[-2:]] == [
        (Stage.INVITED, Stage.EXPIRED, "system:invitations"),
        (Stage.EXPIRED, Stage.INVITED, "system:invitations"),
    ]
    assert (await Application.get(id=app.id)).stage is Stage.INVITED
    assert await Invitation.filter(application_id=app.id).count() == 2

    # The new slot gets its own reminders (24 h before its deadline).
    seq = await last_seq(bot)
    clock.set(second.deadline_at - timedelta(hours=24) + MINUTE)
    await _scan_twice_at_once(bot)
    got = await sent_since(bot, seq, recipient=CANDIDATE)
    assert len(got) == 1 and link_of(got[0]) == link2

    # Second miss is final: no third invitation, application stays expired, HR is told once.
    seq = await last_seq(bot)
    clock.set(second.deadline_at + MINUTE)
    await _scan_twice_at_once(bot)
    await _scan_twice_at_once(bot)
    assert await sent_since(bot, seq, recipient=CANDIDATE) == []
    to_hr = await sent_since(bot, seq, recipient=HR)
    assert len(to_hr) == 1
    assert "候选人再次错过面试：张伟" in to_hr[0].text
    assert f"邀请 {job.id} {app.id}" in to_hr[0].text
    assert (await Invitation.get(id=second.id)).status is InvitationStatus.MISSED
    assert await Invitation.filter(application_id=app.id).count() == 2
    assert (await Application.get(id=app.id)).stage is Stage.EXPIRED


async def test_submitted_candidate_gets_no_reminder_and_no_miss(bot: BotHarness) -> None:
    clock = ManualClock(datetime.now(UTC))
    bot.container.job_ctx["clock"] = clock
    app = await make_application(bot, "李娜", user_id=CANDIDATE)
    job = await backend_job()
    await say(bot, HR, f"/invite {job.id} {app.id}")
    inv = await Invitation.get(application_id=app.id)
    for step in (Stage.INTERVIEWING, Stage.SUBMITTED):
        await transition(
            app.id, step, actor=Actor.candidate(1), reason="测试", bus=bot.container.bus
        )
    seq = await last_seq(bot)
    for moment in (
        inv.deadline_at - timedelta(hours=24) + MINUTE,
        inv.deadline_at - timedelta(hours=2) + MINUTE,
        inv.deadline_at + MINUTE,
    ):
        clock.set(moment)
        await _scan_twice_at_once(bot)
    assert await sent_since(bot, seq) == []
    closed = await Invitation.get(id=inv.id)
    assert closed.status is InvitationStatus.COMPLETED
    assert closed.reminders_sent == []
    assert (await Application.get(id=app.id)).stage is Stage.SUBMITTED
