"""HR commands, group @bot resumes, help for unknown input, and a returning candidate."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.fixtures.resumes.resume_fixtures import engineer_text
from tests.integration.bot.harness import HR, BotHarness
from workflows.applications.models import Application
from workflows.candidates.models import Candidate, Resume

UPDATED_RESUME = (
    engineer_text().replace("期望薪资：25-35K", "期望薪资：30-38K") + "\n新增：主导交易系统重构"
)


async def _say(h: BotHarness, user: str, text: str, **extra: Any) -> list[Any]:
    seq = await asyncio.to_thread(h.control.last_seq)
    await asyncio.to_thread(h.control.send_text, user, text, **extra)
    return await h.wait_sent(seq, channel="session_webhook")


async def test_help_command_and_unknown_input_get_help(bot: BotHarness) -> None:
    help_reply = await _say(bot, HR, "帮助")
    assert "钉聘 DingHire 使用帮助" in help_reply[0].text
    assert "/jobs" in help_reply[0].text
    unknown = await _say(bot, HR, "今天天气怎么样")
    assert "钉聘 DingHire 使用帮助" in unknown[0].text
    candidate = await _say(bot, "emp001", "你好")
    assert "投递简历" in candidate[0].text
    assert "/jobs" not in candidate[0].text


async def test_jobs_command_lists_open_jobs_with_counts(bot: BotHarness) -> None:
    reply = await _say(bot, HR, "/jobs")
    text = reply[0].text
    for title in ("高级后端开发工程师", "大客户销售经理", "客户服务专员"):
        assert title in text
    assert "共 0 人" in text


async def test_non_hr_cannot_list_jobs(bot: BotHarness) -> None:
    reply = await _say(bot, "emp001", "岗位")
    assert "高级后端开发工程师" not in reply[0].text


async def test_candidates_command_after_a_resume_in_an_hr_group(bot: BotHarness) -> None:
    group = await asyncio.to_thread(bot.control.add_group, "招聘群", [HR, "emp001"])
    cid = group["conversation_id"]
    seq = await asyncio.to_thread(bot.control.last_seq)
    await asyncio.to_thread(
        bot.control.send_text,
        HR,
        engineer_text(),
        chat="group",
        conversation_id=cid,
        wait_ack_s=15,
    )
    # Acknowledged at once in the group; the parse result goes to the HR one-to-one and the
    # group only hears where it went (names, phones and scores stay out of the group).
    await bot.container.drain_jobs(30)
    replies: list[Any] = await asyncio.to_thread(bot.control.sent, seq, channel="session_webhook")
    assert [r.conversation_id for r in replies] == [cid, cid]
    assert replies[0].text == "收到，正在解析简历《粘贴的简历.txt》，请稍候…"
    assert replies[1].text == "结果含候选人信息，已私聊发送给你。"
    private: list[Any] = await asyncio.to_thread(bot.control.sent, seq, recipient=HR)
    assert any("简历已处理：张伟" in m.text for m in private)
    assert await asyncio.to_thread(bot.control.sent, seq, kind="card", recipient=HR)
    apps = await Application.all()
    assert apps
    assert {a.source_channel for a in apps} == {"dingtalk_group"}

    listing = await _say(bot, HR, "候选人 后端")
    assert "高级后端开发工程师 的候选人（共 1 人）" in listing[0].text
    assert "张伟（138****5678）已筛选" in listing[0].text
    missing = await _say(bot, HR, "候选人 飞行员")
    assert "找不到岗位“飞行员”" in missing[0].text


async def test_returning_candidate_with_new_resume_is_updated_not_duplicated(
    bot: BotHarness,
) -> None:
    seq = await asyncio.to_thread(bot.control.last_seq)
    await asyncio.to_thread(bot.control.send_text, HR, engineer_text())
    await bot.wait_sent(seq, kind="card", recipient=HR)

    seq2 = await asyncio.to_thread(bot.control.last_seq)
    await asyncio.to_thread(bot.control.send_text, HR, UPDATED_RESUME, wait_ack_s=15)
    await bot.container.drain_jobs(30)
    replies: list[Any] = await asyncio.to_thread(bot.control.sent, seq2, channel="session_webhook")
    assert "识别为已有候选人，资料已更新" in replies[-1].text
    cards: list[Any] = await asyncio.to_thread(bot.control.sent, seq2, kind="card", recipient=HR)
    card = await asyncio.to_thread(bot.control.card, cards[0].out_track_id)
    assert card.card_param_map["note"] == "重复投递：已更新该候选人的资料"

    assert await Candidate.all().count() == 1
    assert await Resume.all().count() == 2
    job_ids = [a.job_id for a in await Application.all()]  # type: ignore[attr-defined]
    assert len(job_ids) == len(set(job_ids))
