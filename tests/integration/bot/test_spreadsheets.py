"""Excel through DingTalk: 导出 sends the workbook as a file, .xlsx from HR is imported."""

from __future__ import annotations

import asyncio
import io
from typing import Any

from openpyxl import load_workbook

from tests.integration.bot.harness import HR, BotHarness
from tests.integration.workflows.spreadsheets.support import Person, add, backend_job
from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate, Resume

HEADER = ["姓名", "手机", "邮箱", "岗位编号", "学历", "工作年限"]


async def _send_text(h: BotHarness, user: str, text: str) -> int:
    seq = await asyncio.to_thread(h.control.last_seq)
    await asyncio.to_thread(h.control.send_text, user, text)
    return seq


async def _send_file(h: BotHarness, user: str, data: bytes, name: str) -> int:
    seq = await asyncio.to_thread(h.control.last_seq)
    await asyncio.to_thread(h.control.send_file, user, data, name)
    return seq


async def _counts() -> tuple[int, int, int]:
    return (
        await Candidate.all().count(),
        await Application.all().count(),
        await Resume.all().count(),
    )


async def test_export_command_sends_the_workbook_to_hr_as_a_file(bot: BotHarness) -> None:
    job, dims = await backend_job()
    vault = bot.container.vault
    scores: dict[str, float | None] = {code: 7.5 for code, _ in dims}
    app = await add(
        job,
        Person(
            "张伟", "13812345678", "zw@example.com", Stage.SCORED, 81.0, 0.7, scores, match=70.0
        ),
        vault,
    )

    seq = await _send_text(bot, HR, f"导出 {job.id}")
    files: list[Any] = await bot.wait_sent(seq, kind="file", recipient=HR)
    summary: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    sent = files[0]
    assert sent.channel == "oto" and sent.msg_key == "sampleFile"
    assert sent.file_name.startswith("高级后端开发工程师-候选人-") and sent.file_name.endswith(
        ".xlsx"
    )
    assert "已导出" in summary[0].text and "候选人：1 人" in summary[0].text

    content = await asyncio.to_thread(bot.control.media, sent.media_id)
    wb = load_workbook(io.BytesIO(content))
    ws = wb["候选人"]
    row = {ws.cell(1, c).value: ws.cell(2, c).value for c in range(1, ws.max_column + 1)}
    assert row["编号"] == app.id
    assert row["姓名"] == "张伟"
    assert row["手机"] == "13812345678"  # 王芳 owns the job
    assert row["阶段"] == "已评分"
    assert row["综合得分"] == 81.0
    assert row[dims[0][1]] == 7.5
    assert row["推荐"] == "进入下一轮"
    assert ws.freeze_panes == "C2"


async def test_export_without_job_asks_which_job(bot: BotHarness) -> None:
    seq = await _send_text(bot, HR, "导出")
    replies: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    assert "请指定岗位" in replies[0].text


async def test_import_command_sends_usage_and_three_templates(bot: BotHarness) -> None:
    seq = await _send_text(bot, HR, "/import")
    usage: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    assert "Excel 导入" in usage[0].text
    files: list[Any] = await bot.wait_sent(seq, kind="file", recipient=HR, count=3)
    names = sorted(f.file_name for f in files)
    assert names == sorted(
        ["钉聘-候选人导入模板.xlsx", "钉聘-题库导入模板.xlsx", "钉聘-薪资带宽导入模板.xlsx"]
    )
    template = await asyncio.to_thread(bot.control.media, files[0].media_id)
    assert load_workbook(io.BytesIO(template)).sheetnames[1] == "填写说明"


async def test_bad_xlsx_from_hr_reports_each_bad_cell_and_imports_nothing(bot: BotHarness) -> None:
    job, _ = await backend_job()
    before = await _counts()
    data = workbook_bytes(
        [
            HEADER,
            ["刘洋", "13911112222", None, job.id, "硕士", 4],
            ["孙丽", "1391111", "sunli@", job.id, "本科", None],
            ["周杰", "13700001111", None, 9999, "博士后", None],
        ]
    )
    seq = await _send_file(bot, HR, data, "候选人导入.xlsx")
    replies: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    text = replies[0].text
    assert "未导入" in text and "4 处错误" in text
    assert "第3行 B列（手机）：手机号应为11位中国大陆手机号" in text
    assert "第3行 C列（邮箱）：邮箱格式不正确" in text
    assert "第4行 D列（岗位编号）：岗位编号 9999 不存在" in text
    assert "第4行 E列（学历）：学历应为" in text
    await bot.container.drain_jobs(10)
    assert await _counts() == before


async def test_good_xlsx_from_hr_is_imported(bot: BotHarness) -> None:
    job, _ = await backend_job()
    data = workbook_bytes(
        [HEADER, ["刘洋", "13911112222", "liuyang@example.com", job.id, "硕士", 4]]
    )
    seq = await _send_file(bot, HR, data, "候选人导入.xlsx")
    replies: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    assert "已导入（候选人）" in replies[0].text
    assert "新建候选人：1" in replies[0].text
    cand = await Candidate.get(phone_hash=bot.container.vault.keyed_hash("phone", "13911112222"))
    app = await Application.get(candidate_id=cand.id)
    assert app.job_id == job.id  # type: ignore[attr-defined]
    assert app.stage is Stage.SCREENED


async def test_xlsx_from_non_hr_is_not_imported(bot: BotHarness) -> None:
    job, _ = await backend_job()
    data = workbook_bytes([HEADER, ["刘洋", "13911112222", None, job.id, "硕士", 4]])
    seq = await asyncio.to_thread(bot.control.last_seq)
    await asyncio.to_thread(bot.control.send_file, "emp001", data, "名单.xlsx", wait_ack_s=15)
    await bot.container.drain_jobs(30)
    replies: list[Any] = await asyncio.to_thread(bot.control.sent, seq, channel="session_webhook")
    # A candidate's .xlsx goes to resume handling (acknowledged, then parsed by its job), which
    # says clearly what it accepts.
    assert len(replies) == 2
    assert "不支持的文件类型" in replies[1].text
    assert not any("导入" in r.text for r in replies)
    assert not await Candidate.exists(
        phone_hash=bot.container.vault.keyed_hash("phone", "13911112222")
    )
