"""Invitations through DingTalk: the 邀请面试 card button, batch invite, the pending list,
an external candidate reached in the source group, and one HR must reach another way."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fixtures.resumes.resume_fixtures import engineer_text, make_text_pdf
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
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.clock import BEIJING, format_deadline
from workflows.interviews.models import InterviewSession, SessionStatus
from workflows.invitations.models import Invitation, InvitationChannel

PDF = make_text_pdf()
EXTERNAL = "uidcandidate0001"  # 陈晨 in the emulator's seeded org: not a member


async def _card_for(h: BotHarness, user: str, name: str) -> tuple[str, dict[str, str]]:
    seq = await last_seq(h)
    await asyncio.to_thread(h.control.send_file, user, PDF, name)
    cards: list[Any] = await h.wait_sent(seq, kind="card", recipient=HR)
    card = await asyncio.to_thread(h.control.card, cards[0].out_track_id)
    return cards[0].out_track_id, dict(card.card_param_map)


async def _click_invite(h: BotHarness, track: str, app_id: str) -> dict[str, Any]:
    result: dict[str, Any] = await asyncio.to_thread(
        h.control.click_card, track, HR, params={"action": "invite", "application_id": app_id}
    )
    return result


async def test_invite_button_sends_the_invitation_to_an_org_member(bot: BotHarness) -> None:
    track, params = await _card_for(bot, "emp001", "我的简历.pdf")
    seq = await last_seq(bot)
    result = await _click_invite(bot, track, params["application_id"])

    card = result["card"]["card_param_map"]
    assert card["status"] == "已邀请"
    assert "面试邀请已通过钉钉单聊发送给候选人" in card["notice"]
    got = await sent_since(bot, seq, recipient="emp001")
    assert len(got) == 1
    assert got[0].kind == "action_card"
    assert "面试邀请 · 高级后端开发工程师" in got[0].text
    inv = await Invitation.get(application_id=int(params["application_id"]))
    assert inv.channel == InvitationChannel.DIRECT
    assert inv.invited_by == f"staff:{HR}"
    assert format_deadline(inv.deadline_at) in got[0].text
    check_link(bot, link_of(got[0]), inv, datetime.now(UTC))
    assert (await Application.get(id=inv.application_id)).stage is Stage.INVITED  # type: ignore[attr-defined]

    # A second click does not send a second invitation; HR is told why.
    seq = await last_seq(bot)
    again = await _click_invite(bot, track, params["application_id"])
    assert "无需重复邀请" in again["card"]["card_param_map"]["notice"]
    assert await sent_since(bot, seq, recipient="emp001") == []
    assert await Invitation.filter(application_id=inv.application_id).count() == 1  # type: ignore[attr-defined]


async def test_invite_button_for_unreachable_candidate_gives_hr_the_link(bot: BotHarness) -> None:
    track, params = await _card_for(bot, HR, "张伟-简历.pdf")
    seq = await last_seq(bot)
    result = await _click_invite(bot, track, params["application_id"])

    notice = result["card"]["card_param_map"]["notice"]
    assert "候选人无法通过钉钉直接联系，面试链接已私信发给您" in notice
    inv = await Invitation.get(application_id=int(params["application_id"]))
    assert inv.channel == InvitationChannel.MANUAL
    to_hr = await sent_since(bot, seq, recipient=HR)
    forward = [m for m in to_hr if "请通过其他方式联系候选人：张伟" in m.text]
    assert len(forward) == 1
    assert "不是本企业钉钉成员，也没有可用的来源群聊" in forward[0].text
    link = next(w for w in forward[0].text.split() if "/i/" in w)
    check_link(bot, link, inv, datetime.now(UTC))
    # Nobody else got anything (the candidate cannot be reached by the robot).
    assert {m.recipient for m in await sent_since(bot, seq)} == {HR}


async def test_external_candidate_is_invited_in_the_group_the_resume_came_from(
    bot: BotHarness,
) -> None:
    group = await asyncio.to_thread(bot.control.add_group, "校招交流群", [HR, EXTERNAL])
    cid = group["conversation_id"]
    seq = await last_seq(bot)
    await asyncio.to_thread(
        bot.control.send_text, EXTERNAL, engineer_text(), chat="group", conversation_id=cid
    )
    await bot.wait_sent(seq, kind="card", recipient=HR)
    cand = await Candidate.get()
    assert cand.dingtalk_user_id is None
    assert cand.source_conversation_id == cid

    job = await backend_job()
    seq = await last_seq(bot)
    reply = await say(bot, HR, f"邀请 {job.id} 张伟")
    assert "来源群聊" in reply[0].text
    in_group = await sent_since(bot, seq, recipient=cid)
    assert len(in_group) == 1
    assert in_group[0].channel == "group" and in_group[0].kind == "action_card"
    assert "此链接为张伟专属，请其他群成员不要点击" in in_group[0].text
    inv = await Invitation.get()
    assert inv.channel == InvitationChannel.GROUP
    check_link(bot, link_of(in_group[0]), inv, datetime.now(UTC))


async def test_batch_invite_all_screened_with_deadline_then_pending_list(bot: BotHarness) -> None:
    group = await asyncio.to_thread(bot.control.add_group, "候选人群", [HR, EXTERNAL])
    job = await backend_job()
    member = await make_application(bot, "周杰", user_id="emp001")
    grouped = await make_application(bot, "吴芳", conversation_id=group["conversation_id"])
    nowhere = await make_application(bot, "郑浩")
    rejected = await make_application(bot, "钱多", stage=Stage.REJECTED)
    received = await make_application(bot, "孙丽", stage=Stage.RECEIVED)
    day = (datetime.now(BEIJING) + timedelta(days=10)).date()

    seq = await last_seq(bot)
    reply = await say(bot, HR, f"邀请 {job.id} 全部已筛选 截止 {day.isoformat()}")
    text = reply[0].text
    assert "已邀请 3 人" in text
    assert f"周杰（#{member.id}）：已通过钉钉单聊发送" in text
    assert f"吴芳（#{grouped.id}）：已通过来源群聊发送" in text
    assert f"郑浩（#{nowhere.id}）：需 HR 转发链接，链接已私信发给您" in text
    assert "钱多" not in text and "孙丽" not in text
    deadline = datetime(day.year, day.month, day.day, 23, 59, tzinfo=BEIJING)
    invitations = await Invitation.all().order_by("id")
    assert len(invitations) == 3
    assert {i.deadline_at for i in invitations} == {deadline}
    assert await sent_since(bot, seq, recipient="emp001")
    assert await sent_since(bot, seq, recipient=group["conversation_id"])
    forward = [m for m in await sent_since(bot, seq, recipient=HR) if "郑浩" in m.title]
    assert len(forward) == 1 and "/i/" in forward[0].text
    for app in (member, grouped, nowhere):
        assert (await Application.get(id=app.id)).stage is Stage.INVITED

    # Ids and names that cannot be invited are listed with the reason.
    reply = await say(bot, HR, f"/invite {job.id} {rejected.id} {member.id} 99999 王五 孙丽")
    text = reply[0].text
    assert "已邀请" not in text and "未邀请 5 人" in text
    assert f"#{rejected.id}" in text and "当前阶段为「已淘汰」，不能邀请面试" in text
    assert "已发出面试邀请" in text and "无需重复邀请" in text
    assert "岗位 #" in text and "没有申请编号 #99999" in text
    assert "找不到候选人“王五”" in text
    assert f"孙丽（#{received.id}）：申请 #{received.id} 当前阶段为「已收到」" in text
    assert (await Application.get(id=received.id)).stage is Stage.RECEIVED

    # Pending: one started (not listed), one opened, two untouched.
    started = await Invitation.get(application_id=member.id)
    await InterviewSession.create(
        application_id=member.id,
        invitation_id=started.id,
        status=SessionStatus.IN_PROGRESS,
        started_at=datetime.now(UTC),
    )
    opened = await Invitation.get(application_id=grouped.id)
    # Signing in on the interview page creates the session; the interview has not started.
    await InterviewSession.create(
        application_id=grouped.id, invitation_id=opened.id, status=SessionStatus.NOT_STARTED
    )
    reply = await say(bot, HR, f"未开始 {job.id}")
    text = reply[0].text
    assert "未开始面试（2 人）" in text
    assert "周杰" not in text
    assert f"**吴芳**（#{grouped.id}" in text and "已打开未开始" in text
    assert f"**郑浩**（#{nowhere.id}" in text and "未打开" in text
    assert f"截止 {format_deadline(deadline)}" in text
    assert "提醒：待发24小时提醒、2小时提醒" in text
    assert "需 HR 转发链接" in text

    empty = await say(bot, HR, "/pending 大客户销售")
    assert "未开始面试（0 人）" in empty[0].text
    usage = await say(bot, HR, "邀请")
    assert "用法：`邀请 岗位编号 候选人…`" in usage[0].text
