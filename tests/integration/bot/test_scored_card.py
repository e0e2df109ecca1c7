"""The scored card: it reaches the job owner when an application is scored, shows the evidence,
is sent once however often the job runs, and its 进入下一轮 / 淘汰 buttons decide."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from tests.integration.bot.harness import HR, BotHarness
from tests.integration.bot.invitation_support import backend_job, last_seq, sent_since
from tests.integration.workflows.decisions.support import scored_application
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.decisions.jobs import notify_scored_job
from workflows.jobs.models import Job
from workflows.messaging.models import OutboxMessage


async def _job() -> Job:
    job = await backend_job()
    job.pass_line = 60.0
    job.auto_advance = job.auto_reject = job.feedback_improvement_note = False
    await job.save()
    return job


async def _member(h: BotHarness, user_id: str, name: str) -> None:
    await asyncio.to_thread(h.control.add_user, user_id=user_id, name=name, dept_ids=[3])


async def _scored(h: BotHarness, name: str, score: float | None, user_id: str) -> Application:
    await _member(h, user_id, name)
    app = await scored_application(
        h.container.bus, h.container.vault, await _job(), name, score, user_id=user_id
    )
    await h.container.drain_jobs(30)
    return await Application.get(id=app.id)


def _buttons(params: dict[str, str]) -> list[tuple[str, str]]:
    return [(b["action"], b["text"]) for b in json.loads(params["actions"])]


async def test_scored_card_reaches_the_owner_once_and_advance_moves_it(bot: BotHarness) -> None:
    seq = await last_seq(bot)
    app = await _scored(bot, "周杰", 78.0, "cand_zhou")
    track = f"scored-{app.id}"
    cards: list[Any] = await bot.wait_sent(seq, kind="card", recipient=HR)
    assert [c.out_track_id for c in cards] == [track]
    params = dict((await asyncio.to_thread(bot.control.card, track)).card_param_map)
    assert params["title"] == "面试已评分：周杰 · 高级后端开发工程师"
    assert params["score"] == "78.0 分"
    assert params["confidence"] == "置信度 76%"
    assert "✅ 沟通表达 8.4/10" in params["strengths_md"]
    assert "✅ 团队协作 7.1/10" in params["strengths_md"]
    assert "⚠️ 问题解决 4.2/10" in params["gaps_md"]
    assert "未评估：学习能力" in params["gaps_md"]
    assert "[诚信] 画面中出现多人，第2题" in params["flags_md"]
    assert "[质量] 背景噪声较大，第1题、第3题" in params["flags_md"]
    assert params["recommendation"] == "建议晋级（78.0 ≥ 及格线 60）"
    assert params["status"] == "已评分"
    assert all(isinstance(v, str) for v in params.values())
    base = bot.container.settings.server.public_base_url.rstrip("/")
    assert params["report_url"].startswith(f"{base}/r/{app.id}?t=")
    assert _buttons(params) == [
        ("advance", "进入下一轮"),
        ("reject", "淘汰"),
        ("report", "查看报告"),
        ("compare", "对比"),
    ]
    assert (await Application.get(id=app.id)).recommendation == "advance"

    # Running the job again (a retry, a duplicate event) sends no second card.
    seq = await last_seq(bot)
    await notify_scored_job(bot.container.job_ctx, app.id)
    assert await sent_since(bot, seq, kind="card") == []
    assert await OutboxMessage.filter(dedup_key=f"card:{track}").count() == 1

    seq = await last_seq(bot)
    result = await asyncio.to_thread(
        bot.control.click_card,
        track,
        HR,
        params={"action": "advance", "application_id": str(app.id)},
    )
    card = result["card"]["card_param_map"]
    assert card["status"] == "进入下一轮"
    assert card["status_by"] == "王芳"
    assert "已通过钉钉单聊通知候选人" in card["notice"]
    assert _buttons(card) == [("offer", "发起录用")]
    assert (await Application.get(id=app.id)).stage is Stage.SHORTLISTED
    to_candidate = await sent_since(bot, seq, recipient="cand_zhou")
    assert len(to_candidate) == 1
    assert to_candidate[0].title == "面试进展通知 · 高级后端开发工程师"
    assert "周杰，您好！" in to_candidate[0].text and "进入下一轮" in to_candidate[0].text

    # A second tap is refused on the card; the candidate hears nothing more.
    again = await asyncio.to_thread(
        bot.control.click_card,
        track,
        HR,
        params={"action": "advance", "application_id": str(app.id)},
    )
    assert again["card"]["card_param_map"]["notice"] == "已在「进入下一轮」，无需重复晋级"
    assert len(await sent_since(bot, seq, recipient="cand_zhou")) == 1


async def test_reject_button_on_scored_card_sends_a_kind_message(bot: BotHarness) -> None:
    app = await _scored(bot, "吴芳", 41.5, "cand_wu")
    await Job.filter(id=app.job_id).update(feedback_improvement_note=True)  # type: ignore[attr-defined]
    track = f"scored-{app.id}"
    params = (await asyncio.to_thread(bot.control.card, track)).card_param_map
    assert params["recommendation"] == "建议淘汰（41.5 < 及格线 60）"

    # Only HR may decide.
    denied = await asyncio.to_thread(
        bot.control.click_card,
        track,
        "mgr_chengang",
        params={"action": "reject", "application_id": str(app.id)},
    )
    assert denied["card"]["card_param_map"]["notice"] == "该操作仅限 HR 使用"
    assert (await Application.get(id=app.id)).stage is Stage.SCORED

    seq = await last_seq(bot)
    result = await asyncio.to_thread(
        bot.control.click_card,
        track,
        HR,
        params={"action": "reject", "application_id": str(app.id)},
    )
    card = result["card"]["card_param_map"]
    assert card["status"] == "已淘汰"
    assert _buttons(card) == [("report", "查看报告")]
    got = await sent_since(bot, seq, recipient="cand_wu")
    assert len(got) == 1
    text = got[0].text
    assert got[0].title == "面试结果通知 · 高级后端开发工程师"
    assert "感谢" in text and "很遗憾" in text
    assert "一点小建议供您参考" in text and "定位原因" in text
    # No score, no pass line; the only digits are in the explanation link's token.
    words, _, link = text.partition("如需了解本次评估的依据，或申请人工复核，请打开：")
    assert "/x/" in link and not any(ch.isdigit() for ch in words)
