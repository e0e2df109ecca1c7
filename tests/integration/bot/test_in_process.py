"""Bot handlers fed in-process through the dispatcher, the way aiogram tests feed updates.

Real database and use cases, fake DingTalk ports (tests/fakes.py): a reply goes through the outbox,
the test runs the outbox dry with the fake messenger, then reads what was sent.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis.resume.pipeline import ResumeParse, parse_resume
from bot.app import build_dispatcher
from bot.context import BotContext
from bot.presenters.outbound import outbound_presenters
from integrations.dingtalk.inbound import ConversationType, InboundMessage
from integrations.dingtalk.messages import ActionCard, Markdown, RecipientKind
from settings import DatabaseSettings, Settings
from tests.fakes import FakeDingTalk, RecordingQueue
from workflows.background.names import JobName
from workflows.events import EventBus
from workflows.jobs.models import Job
from workflows.messaging.outbox import dispatch_outbox
from workflows.privacy.vault import PiiVault
from workflows.seed.service import seed_demo
from workflows.services import Services
from workflows.storage.local import LocalEncryptedStore

HR = "hr_wangfang"
BACKEND = "高级后端开发工程师"
_ids = itertools.count(1)


@dataclass
class Chat:
    """A bot context on fakes, and a way to say something to it."""

    ctx: BotContext
    dingtalk: FakeDingTalk
    queue: RecordingQueue

    async def say(self, text: str, *, sender: str = HR) -> list[str]:
        """Feed one message through the dispatcher; returns the texts the bot sent back."""
        n = next(_ids)
        message = InboundMessage(
            msg_id=f"msg-{n}",
            msg_type="text",
            conversation_id="cid-single",
            conversation_type=ConversationType.SINGLE,
            sender_id=f"$:{sender}",
            sender_staff_id=sender,
            sender_nick=sender,
            session_webhook=f"https://oapi.example/robot/session/{n}",
            session_webhook_expires_at_ms=2**41,
            text=text,
        )
        before = len(self.dingtalk.messenger.sent)
        await build_dispatcher().feed_message(message, self.ctx)
        # Drain, then read: run the outbox dry with the fake messenger.
        await dispatch_outbox(self.dingtalk.messenger, 50)
        return self.dingtalk.messenger.texts()[before:]


@pytest.fixture
async def chat(db: DatabaseSettings, settings: Settings, tmp_path: Path) -> Chat:
    """The seeded demo org, and a bot context on fakes."""
    await seed_demo()
    vault = PiiVault(settings.security.master_key_bytes(), b"test-hash-key")
    store = LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes())
    bus, queue, dingtalk = EventBus(), RecordingQueue(), FakeDingTalk()

    def parse(data: bytes, filename: str) -> ResumeParse:
        return parse_resume(data, filename)

    services = Services(
        settings,
        vault,
        bus,
        queue,
        store,
        dingtalk,
        resume_parser=parse,
        presenters=outbound_presenters(),
    )
    ctx = BotContext(services)
    return Chat(ctx, dingtalk, queue)


async def test_help_reaches_hr_as_one_card_through_the_outbox(chat: Chat) -> None:

    await chat.say("帮助")

    (sent,) = chat.dingtalk.messenger.sent
    assert isinstance(sent.content, ActionCard) and sent.content.title == "钉聘使用帮助"
    assert sent.recipient.kind is RecipientKind.SESSION_WEBHOOK
    # The reply was queued durably, and the dispatcher was asked to send it at once.
    assert [fn for fn, _ in chat.queue.jobs.values()] == [JobName.DISPATCH_OUTBOX]


async def test_setting_the_pass_line_changes_the_job_and_says_what_follows(chat: Chat) -> None:
    job = await Job.get(title=BACKEND)

    (reply,) = await chat.say(f"及格线 {job.id} 65")

    assert f"的及格线已由 {job.pass_line:g} 改为 65 分" in reply
    assert (await Job.get(id=job.id)).pass_line == 65
    (shown,) = await chat.say(f"及格线 {job.id}")
    assert f"岗位 #{job.id} {job.title} 的及格线是 65 分" in shown


async def test_recommendations_for_a_job_without_scored_candidates_send_no_card(chat: Chat) -> None:
    job = await Job.get(title=BACKEND)

    (reply,) = await chat.say(f"建议 {job.id}")

    assert "该岗位目前没有待决定的「已评分」候选人" in reply
    assert isinstance(chat.dingtalk.messenger.sent[-1].content, Markdown)
    assert chat.dingtalk.cards.cards == {}


async def test_a_colleague_who_is_not_hr_cannot_change_the_pass_line(chat: Chat) -> None:
    job = await Job.get(title=BACKEND)

    await chat.say(f"及格线 {job.id} 90", sender="mgr_chengang")

    assert (await Job.get(id=job.id)).pass_line == job.pass_line
