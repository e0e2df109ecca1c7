"""Bad resumes sent to the bot: a clear Chinese reply, the original kept, nothing half-written."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Any

import pytest

from integrations.dingtalk.inbound import parse_message
from tests.fixtures.resumes.resume_fixtures import (
    corrupt,
    make_blank_png,
    make_docx_bomb,
    make_text_pdf,
)
from tests.integration.bot.harness import HR, MAX_RESUME_BYTES, BotHarness
from workflows.applications.models import Application
from workflows.background.queue import InProcessJobQueue
from workflows.candidates.intake_job import parse_job_id, pending_key
from workflows.candidates.models import Candidate, Resume

CASES: list[tuple[str, Callable[[], bytes], str, str, bool]] = [
    # (file name, content, what the user is told, error code, original kept)
    (
        "简历.exe",
        lambda: b"MZ\x90\x00" + os.urandom(2000),
        "不支持的文件类型：“简历.exe”",
        "unsupported_type",
        True,
    ),
    (
        "加密简历.pdf",
        lambda: make_text_pdf(password="secret"),
        "文件已加密：“加密简历.pdf”设置了打开密码",
        "encrypted",
        True,
    ),
    (
        "损坏简历.pdf",
        lambda: corrupt(make_text_pdf()),
        "文件已损坏：“损坏简历.pdf”无法打开",
        "corrupt",
        True,
    ),
    ("空白.png", make_blank_png, "图片中未识别到文字：“空白.png”", "no_text", True),
    ("炸弹.docx", make_docx_bomb, "压缩包异常（疑似压缩炸弹）：“炸弹.docx”", "zip_bomb", True),
    (
        "超大简历.pdf",
        lambda: b"%PDF-1.7\n" + os.urandom(MAX_RESUME_BYTES + 1024),
        "文件超过大小限制：“超大简历.pdf”",
        "too_large",
        False,
    ),
]


@pytest.mark.parametrize(("name", "make", "told", "code", "kept"), CASES, ids=[c[3] for c in CASES])
async def test_bad_resume_gets_specific_reply_and_nothing_half_written(
    bot: BotHarness, name: str, make: Callable[[], bytes], told: str, code: str, kept: bool
) -> None:
    data = make()
    seq = await asyncio.to_thread(bot.control.last_seq)
    sent = await asyncio.to_thread(bot.control.send_file, HR, data, name, wait_ack_s=15)
    assert sent["ack_code"] == 200
    await bot.container.drain_jobs(30)
    replies: list[Any] = await asyncio.to_thread(bot.control.sent, seq, channel="session_webhook")
    texts = [r.text for r in replies]
    job = parse_job_id(pending_key(parse_message(sent["data"]).msg_id))
    queue = bot.container.queue
    assert isinstance(queue, InProcessJobQueue)
    if kept:
        assert queue.result(job) == {"key": job.split(":")[1], "status": "rejected", "code": code}
        # Read in full, then refused by the parse job: acknowledged first, then told why.
        assert texts[0] == f"收到，正在解析简历《{name}》，请稍候…"
        assert told in texts[1] and "原文件已保存" in texts[1]
        assert len(texts) == 2
    else:
        # The download stops at the limit, before anything is acknowledged or queued.
        assert len(texts) == 1 and told in texts[0]
        assert queue.status(job) is None
    assert await Candidate.all().count() == 0
    assert await Application.all().count() == 0
    rows = await Resume.all()
    assert [(r.status, r.error_code) for r in rows] == [("rejected", code)]
    if kept:
        assert rows[0].storage_key.startswith("quarantine/")
        assert await bot.container.store.get(rows[0].storage_key) == data
    else:
        # Oversize downloads stop at the limit: the refusal is recorded, the bytes are not kept.
        assert rows[0].storage_key == ""
