"""HR ranking commands through the emulator: 排名, 对比, 报告, 相似, and the scored-card buttons."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from integrations.dingtalk.messages import InteractiveCard, OutgoingMessage, Recipient
from tests.integration.bot.harness import HR, BotHarness
from tests.integration.workflows.ranking.support import Person, add_application
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.jobs.models import Job
from workflows.links import verify_report_token
from workflows.privacy.models import AuditLog
from workflows.staff.models import Staff

BACKEND = ["Python", "Redis", "Kafka"]


async def _say(h: BotHarness, user: str, text: str) -> Any:
    seq = await asyncio.to_thread(h.control.last_seq)
    await asyncio.to_thread(h.control.send_text, user, text)
    sent: list[Any] = await h.wait_sent(seq, channel="session_webhook")
    return sent[0]


async def _job_with_pool(h: BotHarness) -> tuple[Job, dict[str, Application]]:
    job = await Job.get(title="高级后端开发工程师")
    vault = h.container.vault
    people = [
        Person(
            "张伟",
            match=80,
            overall=86,
            dims={"communication": 8.5, "teamwork": 7.0},
            stage=Stage.SCORED,
            skills=BACKEND,
            phone="138****5678",
        ),
        Person(
            "李娜",
            match=90,
            overall=72,
            dims={"communication": 6.0, "teamwork": None},
            stage=Stage.SCORED,
            skills=BACKEND,
            flags=["multiple_faces"],
        ),
        Person(
            "王强",
            match=60,
            overall=64,
            dims={"communication": 7.0, "teamwork": 5.5},
            stage=Stage.SCORED,
            skills=["Java"],
        ),
        Person("赵敏", match=95, stage=Stage.SCREENED, skills=BACKEND),
    ]
    return job, {p.name: await add_application(job, p, vault) for p in people}


async def test_rank_command_lists_by_weighted_score_with_filters(bot: BotHarness) -> None:
    job, apps = await _job_with_pool(bot)
    reply = await _say(bot, HR, f"排名 {job.id}")
    text = reply.text
    assert f"排名 · #{job.id} 高级后端开发工程师" in text
    assert "共 4 人" in text
    order = [text.index(n) for n in ("张伟", "李娜", "王强", "赵敏")]
    assert order == sorted(order)
    assert f"**张伟**（编号 {apps['张伟'].id}，138****5678）已评分 · 综合 84.8" in text
    assert "团队协作 未评估" in text
    assert "⚠️ 画面中出现多人" in text
    assert "未面试 · 匹配 95" in text

    filtered = await _say(bot, HR, f"/rank {job.id} 分数>=70 无异常")
    assert "筛选：面试分≥70，无诚信异常" in filtered.text
    assert "张伟" in filtered.text
    assert "李娜" not in filtered.text and "王强" not in filtered.text

    bad = await _say(bot, HR, f"排名 {job.id} 分数很高")
    assert "看不懂筛选条件“分数很高”" in bad.text
    assert await AuditLog.filter(action="job.ranking.viewed", actor=f"staff:{HR}").count() == 2


async def test_compare_command_side_by_side(bot: BotHarness) -> None:
    job, apps = await _job_with_pool(bot)
    reply = await _say(bot, HR, f"对比 {job.id} 张伟 {apps['李娜'].id} 赵敏")
    text = reply.text
    assert "候选人对比 · #" in text
    assert f"张伟({apps['张伟'].id}) 8.5（置信 0.80） 🏆" in text
    assert f"李娜({apps['李娜'].id}) 未评估" in text
    assert f"赵敏({apps['赵敏'].id}) 未面试" in text
    assert "尚无面试报告" in text
    assert "⚠️ 异常：画面中出现多人" in text

    other = await Job.get(title="大客户销售经理")
    stranger = await add_application(other, Person("孙丽", match=70), bot.container.vault)
    refused = await _say(bot, HR, f"对比 {job.id} 张伟 {stranger.id}")
    assert f"岗位 #{job.id} 下没有申请编号 #{stranger.id}" in refused.text
    usage = await _say(bot, HR, "对比")
    assert "用法" in usage.text


async def test_report_command_gives_summary_and_signed_link(bot: BotHarness) -> None:
    job, apps = await _job_with_pool(bot)
    reply = await _say(bot, HR, f"报告 {apps['李娜'].id}")
    text = reply.text
    assert f"面试报告 · 李娜（编号 {apps['李娜'].id}）" in text
    assert "面试总分：72" in text
    assert "团队协作：未评估" in text
    assert "沟通表达：6.0/10（置信 0.80）" in text
    assert "异常提示**：画面中出现多人" in text
    link = text[text.index("](") + 2 : text.rindex(")")]
    parts = urlsplit(link)
    assert parts.path == f"/r/{apps['李娜'].id}"
    staff = await Staff.get(dingtalk_user_id=HR)
    secret = bot.container.settings.security.secret_key.get_secret_value().encode()
    claims = verify_report_token(parse_qs(parts.query)["t"][0], secret, datetime.now(UTC))
    assert (claims.application_id, claims.staff_id) == (apps["李娜"].id, staff.id)

    by_name = await _say(bot, HR, f"/report {job.id} 赵敏")
    assert "还没有面试评估报告" in by_name.text
    assert "简历匹配：95" in by_name.text
    missing = await _say(bot, HR, "报告 99999")
    assert "找不到申请编号 #99999" in missing.text


async def test_similar_command(bot: BotHarness) -> None:
    _, apps = await _job_with_pool(bot)
    reply = await _say(bot, HR, f"相似 {apps['张伟'].id} 本岗位")
    assert "相似候选人 · 张伟" in reply.text
    assert "范围：本岗位" in reply.text
    assert "共同技能：" in reply.text and "Python" in reply.text


async def test_scored_card_buttons_send_report_and_compare_privately(bot: BotHarness) -> None:
    _, apps = await _job_with_pool(bot)
    wang = apps["王强"].id
    track = f"scored-{wang}"
    seq = await asyncio.to_thread(bot.control.last_seq)
    # A stand-in for the scored card (its content is another module's): only the buttons matter.
    await bot.runtime.context.send(
        OutgoingMessage(
            Recipient.users(HR),
            InteractiveCard(
                template_id=bot.container.settings.dingtalk.card_template_id,
                out_track_id=track,
                card_data={"application_id": str(wang)},
            ),
        ),
        dedup_key=f"test-card:{track}",
    )
    await bot.wait_sent(seq, kind="card", recipient=HR)

    seq = await asyncio.to_thread(bot.control.last_seq)
    await asyncio.to_thread(
        bot.control.click_card, track, HR, params={"action": "compare", "application_id": str(wang)}
    )
    sent: list[Any] = await bot.wait_sent(
        seq,
        recipient=HR,
        where=lambda m: "候选人对比" in m.text,
    )
    text = sent[0].text
    # This candidate against the two best other interviewed candidates of the job.
    for name in ("王强", "张伟", "李娜"):
        assert name in text
    assert "赵敏" not in text

    seq = await asyncio.to_thread(bot.control.last_seq)
    await asyncio.to_thread(
        bot.control.click_card, track, HR, params={"action": "report", "application_id": str(wang)}
    )
    reported: list[Any] = await bot.wait_sent(
        seq,
        recipient=HR,
        where=lambda m: "面试报告" in m.text,
    )
    assert f"面试报告 · 王强（编号 {wang}）" in reported[0].text
    assert f"/r/{wang}?t=" in reported[0].text


async def test_help_card_lists_every_command(bot: BotHarness) -> None:
    reply = await _say(bot, HR, "/help")
    for cmd in (
        "/jobs",
        "/rank",
        "/compare",
        "/report",
        "/similar",
        "/invite",
        "/advance",
        "/reject",
        "/recommend",
        "/passline",
        "/autoadvance",
        "/autoreject",
        "/feedbacknote",
        "/export",
        "/import",
        "/offer",
        "/help",
    ):
        assert cmd in reply.text, cmd
    assert reply.kind == "action_card"
    assert [b.title for b in reply.buttons] == ["查看在招岗位", "Excel 导入说明"]


async def test_jobs_command_shows_counts_per_stage(bot: BotHarness) -> None:
    job, _ = await _job_with_pool(bot)
    reply = await _say(bot, HR, "岗位")
    line = next(ln for ln in reply.text.splitlines() if f"#{job.id} 高级后端开发工程师" in ln)
    assert "共 4 人：已筛选 1 · 已评分 3" in line
    assert f"及格线 {job.pass_line:g}" in line
