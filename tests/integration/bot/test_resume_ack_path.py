"""Resumes are acknowledged before they are parsed; a redelivered message never parses twice."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from analysis.resume.pipeline import ResumeParse
from bot.app import build_dispatcher
from bot.resume_delivery import ResumeDelivery
from bot.texts import RESUME_FAILED
from integrations.dingtalk.inbound import InboundMessage, parse_message
from tests.fixtures.resumes.resume_fixtures import make_text_pdf
from tests.integration.bot.harness import HR, BotHarness
from workflows.background.models import FailedJob
from workflows.background.names import JobName
from workflows.background.queue import InProcessJobQueue, JobQueue
from workflows.candidates.intake import IntakeOutcome
from workflows.candidates.intake_job import (
    PARSE_MAX_TRIES,
    REPORTER_KEY,
    PendingResume,
    already_parsed,
    parse_job_id,
    parse_resume_job,
    pending_key,
)
from workflows.candidates.models import Candidate, Resume
from workflows.services import Parser

PDF = make_text_pdf()
ACK = "收到，正在解析简历《张伟.pdf》，请稍候…"


@dataclass
class GatedParser:
    """The real parser, held until the test opens the gate; counts how often it ran."""

    parse: Parser
    gate: threading.Event = field(default_factory=threading.Event)
    entered: threading.Event = field(default_factory=threading.Event)
    calls: int = 0

    def __call__(self, data: bytes, filename: str) -> ResumeParse:
        self.calls += 1
        self.entered.set()
        # Runs in a worker thread (intake parses off the loop); a bounded wait keeps a failing
        # test from hanging the session.
        if not self.gate.wait(timeout=60):
            raise TimeoutError("the test never released the parser")
        return self.parse(data, filename)


@pytest.fixture
async def gated(bot: BotHarness) -> AsyncIterator[GatedParser]:
    parser = GatedParser(bot.container.services.parser)
    _use_parser(bot, parser)
    try:
        yield parser
    finally:
        parser.gate.set()


def _use_parser(bot: BotHarness, parser: Parser) -> None:
    # Jobs take their services from the ctx; the handlers never parse.
    services = replace(bot.container.services, resume_parser=parser)
    bot.container.job_ctx["services"] = services


def _queue(bot: BotHarness) -> InProcessJobQueue:
    queue = bot.container.queue
    assert isinstance(queue, InProcessJobQueue)
    return queue


async def _send(bot: BotHarness) -> tuple[int, InboundMessage]:
    """Send the PDF and return once the bot has ACKed the delivery."""
    seq = await asyncio.to_thread(bot.control.last_seq)
    sent = await asyncio.to_thread(bot.control.send_file, HR, PDF, "张伟.pdf", wait_ack_s=15)
    assert sent["ack_code"] == 200
    return seq, parse_message(sent["data"])


async def _wait_parse_started(parser: GatedParser) -> None:
    # The gate holds the job inside the parser; wait until it got there.
    assert await asyncio.to_thread(parser.entered.wait, 30)


async def test_acknowledged_before_the_parse_finishes(bot: BotHarness, gated: GatedParser) -> None:
    seq, message = await _send(bot)
    job = parse_job_id(pending_key(message.msg_id))
    acks: list[Any] = await bot.wait_sent(seq, channel="session_webhook")
    assert [m.text for m in acks] == [ACK]
    await _wait_parse_started(gated)
    # The parse is still held: nothing parsed, no candidate, no card yet.
    assert _queue(bot).status(job) == "running"
    assert await Candidate.all().count() == 0
    assert await asyncio.to_thread(bot.control.sent, seq, kind="card") == []

    gated.gate.set()
    await bot.container.drain_jobs(30)
    assert _queue(bot).result(job)["status"] == "created"
    replies = await asyncio.to_thread(bot.control.sent, seq, channel="session_webhook")
    assert replies[0].text == ACK
    assert "简历已处理：张伟" in replies[1].text
    cards = await asyncio.to_thread(bot.control.sent, seq, kind="card", recipient=HR)
    assert len(cards) == 1
    assert gated.calls == 1


async def test_redelivered_message_is_parsed_and_answered_once(
    bot: BotHarness, gated: GatedParser
) -> None:
    seq, message = await _send(bot)
    job = parse_job_id(pending_key(message.msg_id))
    await _wait_parse_started(gated)
    # DingTalk delivers the same message again (e.g. its ACK was lost): straight to the handlers,
    # as a second bot process would get it, once while the parse runs and once after it finished.
    dispatcher = build_dispatcher()
    await dispatcher.feed_message(message, bot.runtime.context)
    gated.gate.set()
    await bot.container.drain_jobs(30)
    await dispatcher.feed_message(message, bot.runtime.context)
    await bot.container.drain_jobs(30)

    assert gated.calls == 1
    assert _queue(bot).result(job)["status"] == "created"
    assert await Candidate.all().count() == 1
    assert await Resume.all().count() == 1
    replies = await asyncio.to_thread(bot.control.sent, seq, channel="session_webhook")
    assert replies[0].text == ACK
    assert len(replies) == 2 and "简历已处理：张伟" in replies[1].text
    to_hr = await asyncio.to_thread(bot.control.sent, seq, recipient=HR)
    assert not [m for m in to_hr if "再次投递" in m.text]
    assert len([m for m in to_hr if m.kind == "card"]) == 1


async def test_parse_job_run_again_after_queue_forgot_it_does_nothing(
    bot: BotHarness, gated: GatedParser
) -> None:
    gated.gate.set()
    seq, message = await _send(bot)
    await bot.container.drain_jobs(30)
    key = pending_key(message.msg_id)
    # arq forgets finished job ids after a while; the done mark still stops a second parse.
    again = await parse_resume_job({**bot.container.job_ctx, "job_try": 1}, key)
    await bot.container.drain_jobs(30)
    assert again == {"key": key, "status": "already_done"}
    assert gated.calls == 1
    assert not await bot.container.store.exists(f"inbox/{key}/file")
    sent = await asyncio.to_thread(bot.control.sent, seq)
    assert len([m for m in sent if m.kind == "card"]) == 1
    assert len([m for m in sent if m.channel == "session_webhook"]) == 2


@dataclass
class BrokenParser:
    """A parser with a bug: every call fails the way no bad input does."""

    calls: int = 0

    def __call__(self, data: bytes, filename: str) -> ResumeParse:
        self.calls += 1
        raise RuntimeError("parser bug")


async def test_parse_job_that_keeps_failing_tells_the_sender_and_keeps_the_file(
    bot: BotHarness,
) -> None:
    parser = BrokenParser()
    _use_parser(bot, parser)
    seq, message = await _send(bot)
    await bot.container.drain_jobs(60)
    key = pending_key(message.msg_id)

    assert parser.calls == PARSE_MAX_TRIES
    replies = await asyncio.to_thread(bot.control.sent, seq, channel="session_webhook")
    assert [m.text for m in replies] == [ACK, RESUME_FAILED.format(file="张伟.pdf")]
    assert await asyncio.to_thread(bot.control.sent, seq, kind="card") == []
    assert await Candidate.all().count() == 0
    # Nothing lost: the copy waits in the inbox and the dead letter says which job to run again.
    assert await bot.container.store.get(f"inbox/{key}/file") == PDF
    assert not await already_parsed(bot.container.store, key)
    dead = await FailedJob.get(job_id=parse_job_id(key))
    assert dead.function == JobName.PARSE_RESUME and "parser bug" in dead.error


class ReportFailsOnce(ResumeDelivery):
    """The bot's delivery, except that the first report dies after its messages were queued."""

    failures = 0

    async def parsed(self, pending: PendingResume, outcome: IntakeOutcome, queue: JobQueue) -> None:
        await super().parsed(pending, outcome, queue)
        if not self.failures:
            self.failures += 1
            raise ConnectionError("lost the database after queueing the messages")


async def test_retry_after_a_failed_report_answers_as_the_first_try(bot: BotHarness) -> None:
    delivery = ReportFailsOnce(bot.container.settings.dingtalk.card_template_id)
    bot.container.job_ctx[REPORTER_KEY] = delivery
    seq, message = await _send(bot)
    await bot.container.drain_jobs(60)
    job = parse_job_id(pending_key(message.msg_id))

    assert delivery.failures == 1
    assert _queue(bot).result(job)["status"] == "created"
    assert await Resume.all().count() == 1
    sent = await asyncio.to_thread(bot.control.sent, seq)
    assert not [m for m in sent if "再次投递" in m.text or "未重复创建" in m.text]
    assert len([m for m in sent if m.kind == "card"]) == 1
    replies = [m.text for m in sent if m.channel == "session_webhook"]
    assert len(replies) == 2 and "已创建新候选人" in replies[1]
