"""Resume intake through DingTalk: file message in, HR card out, 淘汰 on the card, no duplicates."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.fixtures.resumes.resume_fixtures import make_text_pdf
from tests.integration.bot.harness import HR, BotHarness
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate, Resume

PDF = make_text_pdf()


async def _send_file(h: BotHarness, user: str, data: bytes, name: str) -> int:
    seq = await asyncio.to_thread(h.control.last_seq)
    await asyncio.to_thread(h.control.send_file, user, data, name)
    return seq


async def test_pdf_resume_reaches_hr_as_card_and_reject_updates_card(bot: BotHarness) -> None:
    seq = await _send_file(bot, HR, PDF, "张伟-简历.pdf")
    cards: list[Any] = await bot.wait_sent(seq, kind="card", recipient=HR)
    summary: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    assert "简历已处理：张伟" in summary[0].text
    assert "138****5678" in summary[0].text

    track = cards[0].out_track_id
    card = await asyncio.to_thread(bot.control.card, track)
    params = card.card_param_map
    assert params["name"] == "张伟"
    assert params["masked_phone"] == "138****5678"
    assert "高级后端开发工程师" in params["matches_md"]
    assert "匹配度" in params["matches_md"]
    assert "13812345678" not in str(params)  # the card only shows the masked phone
    assert params["city"] == "现居杭州"
    assert params["intent"] == "期望：高级后端工程师 · 杭州/上海"
    history = params["history_md"].splitlines()
    assert history[0] == "- 2016.03-至今 杭州云栖科技有限公司 · 高级Java开发工程师"
    assert "- 2008.09-2012.06 浙江大学 · 计算机科学与技术 · 本科" in history

    app = await Application.get(id=int(params["application_id"]))
    assert app.stage is Stage.SCREENED
    assert app.match_score is not None and app.match_score >= 60
    assert app.hr_card_track_id == track

    result = await asyncio.to_thread(
        bot.control.click_card,
        track,
        HR,
        params={"action": "reject", "application_id": params["application_id"]},
    )
    assert result["card"]["card_param_map"]["status"] == "已淘汰"
    updated = await asyncio.to_thread(bot.control.card, track)
    assert updated.card_param_map["status"] == "已淘汰"
    assert updated.card_param_map["status_by"] == "王芳"
    app = await Application.get(id=app.id)
    assert app.stage is Stage.REJECTED
    last = await StageHistory.filter(application_id=app.id).order_by("-id").first()
    assert last is not None
    assert (last.actor, last.from_stage, last.to_stage) == (
        f"staff:{HR}",
        Stage.SCREENED,
        Stage.REJECTED,
    )


async def test_same_resume_twice_creates_no_duplicate_and_tells_hr(bot: BotHarness) -> None:
    seq = await _send_file(bot, HR, PDF, "张伟.pdf")
    await bot.wait_sent(seq, kind="card", recipient=HR)
    counts = (
        await Candidate.all().count(),
        await Application.all().count(),
        await Resume.all().count(),
    )

    seq2 = await _send_file(bot, HR, PDF, "张伟（再次）.pdf")
    again: list[Any] = await bot.wait_sent(
        seq2,
        recipient=HR,
        where=lambda m: "再次投递" in m.text,  # type: ignore[arg-type]
    )
    assert "未重复创建" in again[0].text
    await bot.container.drain_jobs(10)
    assert (
        await Candidate.all().count(),
        await Application.all().count(),
        await Resume.all().count(),
    ) == counts
    assert counts[0] == 1
    all_cards = await asyncio.to_thread(bot.control.sent, seq, kind="card")
    assert len(all_cards) == 1


async def test_candidate_sending_own_resume_gets_acknowledgement_not_scores(
    bot: BotHarness,
) -> None:
    seq = await _send_file(bot, "emp001", PDF, "我的简历.pdf")
    replies: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    assert "您的简历《我的简历.pdf》已收到" in replies[0].text
    assert "匹配" not in replies[0].text
    cards: list[Any] = await bot.wait_sent(seq, kind="card", recipient=HR)
    assert cards
    cand = await Candidate.get()
    assert cand.dingtalk_user_id == "emp001"
