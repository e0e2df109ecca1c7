"""HR decisions in chat: batch 晋级 / 淘汰 with what candidates receive, the pass line and its
switches, auto-advance on and off, auto-reject only with its flag, 建议 + 一键确认."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from tests.integration.bot.harness import HR, BotHarness
from tests.integration.bot.invitation_support import backend_job, last_seq, say, sent_since
from tests.integration.workflows.decisions.support import (
    scored_application,
    submitted_application,
)
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.jobs.models import Job
from workflows.messaging.models import CandidateNotice


async def _job() -> Job:
    job = await backend_job()
    job.pass_line = 60.0
    job.auto_advance = job.auto_reject = job.feedback_improvement_note = False
    await job.save()
    return job


async def _scored(h: BotHarness, job: Job, name: str, score: float | None, user: str) -> int:
    await asyncio.to_thread(h.control.add_user, user_id=user, name=name, dept_ids=[3])
    app = await scored_application(
        h.container.bus, h.container.vault, job, name, score, user_id=user
    )
    await h.container.drain_jobs(30)
    return app.id


async def _stage(app_id: int) -> Stage:
    return Stage((await Application.get(id=app_id)).stage)


async def test_batch_advance_and_reject_with_the_messages_candidates_receive(
    bot: BotHarness,
) -> None:
    job = await _job()
    a = await _scored(bot, job, "周杰", 82.0, "cand_a")
    b = await _scored(bot, job, "吴芳", 71.0, "cand_b")
    c = await _scored(bot, job, "郑浩", 38.0, "cand_c")
    early = await submitted_application(bot.container.bus, bot.container.vault, job, "孙丽")

    seq = await last_seq(bot)
    reply = await say(bot, HR, f"晋级 {job.id} 周杰 {b} {early.id} 王五")
    text = reply[0].text
    assert f"#### 晋级 · #{job.id} 高级后端开发工程师" in text
    assert "已晋级 2 人" in text
    assert f"周杰（编号 {a}）：已通过钉钉单聊通知候选人" in text
    assert f"吴芳（编号 {b}）：已通过钉钉单聊通知候选人" in text
    assert "未晋级 2 人" in text
    assert f"孙丽（编号 {early.id}）：当前阶段为「已提交」，只有「已评分」的候选人可以晋级" in text
    assert "找不到候选人“王五”" in text
    assert await _stage(a) is Stage.SHORTLISTED and await _stage(b) is Stage.SHORTLISTED
    assert await _stage(early.id) is Stage.SUBMITTED
    for user, name in (("cand_a", "周杰"), ("cand_b", "吴芳")):
        got = await sent_since(bot, seq, recipient=user)
        assert len(got) == 1 and got[0].kind == "markdown"
        assert got[0].title == "面试进展通知 · 高级后端开发工程师"
        assert f"{name}，您好！" in got[0].text and "进入下一轮" in got[0].text
    # The owner's scored card follows the decision made in chat.
    card = (await asyncio.to_thread(bot.control.card, f"scored-{a}")).card_param_map
    assert card["status"] == "进入下一轮" and card["status_by"] == "王芳"
    assert [x["action"] for x in json.loads(card["actions"])] == ["offer"]

    seq = await last_seq(bot)
    reply = await say(bot, HR, f"/reject {job.id} 郑浩 {a} 原因 岗位已招满")
    text = reply[0].text
    assert "已淘汰 2 人" in text and "原因：岗位已招满" in text
    assert await _stage(c) is Stage.REJECTED and await _stage(a) is Stage.REJECTED
    got = await sent_since(bot, seq, recipient="cand_c")
    assert len(got) == 1 and got[0].title == "面试结果通知 · 高级后端开发工程师"
    assert "郑浩，您好！" in got[0].text and "很遗憾" in got[0].text
    assert "岗位已招满" not in got[0].text  # HR's reason is for the record, not the candidate
    # No score anywhere; the only digits are in the explanation link's token (PIPL Art. 24).
    words, _, link = got[0].text.partition("如需了解本次评估的依据，或申请人工复核，请打开：")
    assert "/x/" in link and not any(ch.isdigit() for ch in words)
    assert (await applications.history(c))[-1].reason == "岗位已招满"

    usage = await say(bot, HR, "淘汰")
    assert "用法：`淘汰 岗位编号 候选人…`" in usage[0].text
    # A manager is not HR: the command is not theirs.
    seq = await last_seq(bot)
    await asyncio.to_thread(bot.control.send_text, "mgr_chengang", f"淘汰 {job.id} {b}")
    await bot.wait_sent(seq, channel="session_webhook")
    assert await _stage(b) is Stage.SHORTLISTED


async def test_pass_line_and_switches_drive_the_automatic_policy(bot: BotHarness) -> None:
    job = await _job()
    reply = await say(bot, HR, f"及格线 {job.id} 120")
    assert "及格线必须在 0 到 100 之间" in reply[0].text
    reply = await say(bot, HR, f"/passline {job.id} 70")
    assert "的及格线已由 60 改为 70 分" in reply[0].text
    reply = await say(bot, HR, f"自动晋级 {job.id} 开")
    assert "已开启" in reply[0].text and "自动晋级" in reply[0].text

    seq = await last_seq(bot)
    high = await _scored(bot, job, "甲一", 75.0, "cand_h")
    assert await _stage(high) is Stage.SHORTLISTED
    history = (await applications.history(high))[-1]
    assert history.actor == "system:pass_line" and "及格线 70" in history.reason
    card = (await asyncio.to_thread(bot.control.card, f"scored-{high}")).card_param_map
    assert card["status"] == "进入下一轮"
    assert card["notice"] == "已按及格线 70 自动晋级，候选人已收到通知"
    assert [x["action"] for x in json.loads(card["actions"])] == ["offer"]
    assert len(await sent_since(bot, seq, recipient="cand_h")) == 1

    # Below the line: recommended for rejection, but nobody is rejected without the flag.
    low = await _scored(bot, job, "乙二", 50.0, "cand_l")
    assert await _stage(low) is Stage.SCORED
    assert (await Application.get(id=low)).recommendation == "reject"
    assert await sent_since(bot, seq, recipient="cand_l") == []
    assert await CandidateNotice.filter(application_id=low).count() == 0

    reply = await say(bot, HR, f"/autoreject {job.id} on")
    assert "将不经人工确认直接淘汰" in reply[0].text
    low2 = await _scored(bot, job, "丙三", 50.0, "cand_l2")
    assert await _stage(low2) is Stage.REJECTED
    assert len(await sent_since(bot, seq, recipient="cand_l2")) == 1

    reply = await say(bot, HR, f"自动晋级 {job.id} 关")
    assert "已关闭" in reply[0].text
    reply = await say(bot, HR, f"自动淘汰 {job.id} 关")
    high2 = await _scored(bot, job, "丁四", 90.0, "cand_h2")
    low3 = await _scored(bot, job, "戊五", 20.0, "cand_l3")
    assert await _stage(high2) is Stage.SCORED and await _stage(low3) is Stage.SCORED
    stored = await Job.get(id=job.id)
    assert (stored.pass_line, stored.auto_advance, stored.auto_reject) == (70.0, False, False)
    state = await say(bot, HR, f"改进建议 {job.id}")
    assert "目前为关闭" in state[0].text


async def test_recommendations_card_confirms_all_in_one_tap(bot: BotHarness) -> None:
    job = await _job()
    a = await _scored(bot, job, "周杰", 88.0, "cand_a")
    b = await _scored(bot, job, "吴芳", 45.0, "cand_b")
    c = await _scored(bot, job, "郑浩", 66.0, "cand_c")
    d = await _scored(bot, job, "孙丽", None, "cand_d")

    seq = await last_seq(bot)
    reply = await say(bot, HR, f"建议 {job.id}")
    text = reply[0].text
    assert "及格线 60" in text
    assert f"周杰（编号 {a}）88.0 分 · 建议晋级" in text
    assert f"吴芳（编号 {b}）45.0 分 · 建议淘汰" in text
    assert f"孙丽（编号 {d}）未评分 · 未评估" in text
    assert text.index("周杰") < text.index("郑浩") < text.index("吴芳") < text.index("孙丽")
    cards: list[Any] = await bot.wait_sent(seq, kind="card", recipient=HR)
    track = next(x.out_track_id for x in cards if x.out_track_id.startswith("recommend-"))
    params = (await asyncio.to_thread(bot.control.card, track)).card_param_map
    [button] = json.loads(params["actions"])
    assert button["text"] == "一键确认"

    # Between listing and tapping, HR rejects 郑浩 by hand: the tap must not touch him again.
    await say(bot, HR, f"淘汰 {job.id} {c}")
    await bot.settle()  # the rejection's own message to 郑浩 is out before counting from here
    seq = await last_seq(bot)
    result = await asyncio.to_thread(bot.control.click_card, track, HR, params=button)
    # Answered at once; the job applies the plan and then updates the card (card_clicks).
    assert result["card"]["card_param_map"]["notice"] == "正在处理，请稍候…"
    await bot.settle()
    card = (await asyncio.to_thread(bot.control.card, track)).card_param_map
    assert card["status"] == "已确认"
    assert card["notice"] == "已晋级 1 人，已淘汰 1 人，未处理 1 人"
    assert card["actions"] == "[]"
    assert await _stage(a) is Stage.SHORTLISTED
    assert await _stage(b) is Stage.REJECTED
    assert await _stage(d) is Stage.SCORED  # no score, no recommendation: HR decides
    summary = [m for m in await sent_since(bot, seq, recipient=HR) if m.title == "一键确认结果"]
    assert len(summary) == 1
    assert f"编号 {c}：状态已变化" in summary[0].text
    assert len(await sent_since(bot, seq, recipient="cand_a")) == 1
    assert len(await sent_since(bot, seq, recipient="cand_b")) == 1
    assert await sent_since(bot, seq, recipient="cand_c") == []

    # 晋级 岗位 全部建议: everyone at or above the line, in one command.
    e = await _scored(bot, job, "钱多", 91.0, "cand_e")
    f = await _scored(bot, job, "李娜", 30.0, "cand_f")
    reply = await say(bot, HR, f"晋级 {job.id} 全部建议")
    assert "已晋级 1 人" in reply[0].text and f"钱多（编号 {e}）" in reply[0].text
    assert await _stage(e) is Stage.SHORTLISTED and await _stage(f) is Stage.SCORED
