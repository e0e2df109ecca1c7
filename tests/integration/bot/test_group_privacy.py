"""HR output never lands in a group: 排名, 候选人, 对比, 报告, 相似 and the rest go one-to-one to
the HR who asked, the group only hears where it went; a stranger's resume gets the same reply
whether or not its phone number is already known. In-process through the dispatcher on fakes."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.app import build_dispatcher
from bot.context import BotContext
from bot.presenters.outbound import outbound_presenters
from bot.resume_delivery import ResumeDelivery
from integrations.dingtalk.inbound import ConversationType, InboundMessage
from integrations.dingtalk.messages import Markdown, OutgoingMessage, RecipientKind, Text
from settings import DatabaseSettings, Settings
from tests.fakes import FakeDingTalk, RecordingQueue
from tests.fixtures.resumes.resume_fixtures import engineer_text
from tests.integration.workflows.ranking.support import Person, add_application
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.intake_job import REPORTER_KEY, parse_resume_job, pending_key
from workflows.candidates.models import Candidate
from workflows.events import EventBus
from workflows.jobs.models import Job
from workflows.links import verify_report_token
from workflows.messaging.outbox import dispatch_outbox
from workflows.privacy.vault import PiiVault
from workflows.seed.service import seed_demo
from workflows.services import Services
from workflows.storage.local import LocalEncryptedStore

HR = "hr_wangfang"
NOTE = "结果含候选人信息，已私聊发送给你。"
_ids = itertools.count(1)


@dataclass
class Chat:
    """A bot context on fakes; messages can come from a 1:1 chat or a group."""

    ctx: BotContext
    dingtalk: FakeDingTalk

    def message(self, text: str, *, sender: str, group: bool) -> InboundMessage:
        n = next(_ids)
        return InboundMessage(
            msg_id=f"msg-{n}",
            msg_type="text",
            conversation_id="cid-group" if group else f"cid-{sender}",
            conversation_type=ConversationType.GROUP if group else ConversationType.SINGLE,
            sender_id=f"$:{sender}",
            sender_staff_id=sender if not sender.startswith("ext") else "",
            sender_nick=sender,
            session_webhook=f"https://oapi.example/robot/session/{n}",
            session_webhook_expires_at_ms=2**41,
            is_in_at_list=group,
            text=text,
        )

    async def say(
        self, text: str, *, sender: str = HR, group: bool = True
    ) -> list[OutgoingMessage]:
        """Feed one message, run queued resume parses and the outbox; what was sent."""
        message = self.message(text, sender=sender, group=group)
        before = len(self.dingtalk.messenger.sent)
        await build_dispatcher().feed_message(message, self.ctx)
        queue = self.ctx.queue
        assert isinstance(queue, RecordingQueue)
        key = pending_key(message.msg_id)
        if any(args == (key,) for _, args in queue.jobs.values()):
            job_ctx = {
                "services": self.ctx.services,
                "queue": queue,
                REPORTER_KEY: ResumeDelivery("tpl"),
                "job_try": 1,
            }
            await parse_resume_job(job_ctx, key)
        await dispatch_outbox(self.dingtalk.messenger, 50)
        return self.dingtalk.messenger.sent[before:]


def _text(m: OutgoingMessage) -> str:
    c = m.content
    return c.content if isinstance(c, Text) else c.text if isinstance(c, Markdown) else ""


def _in_conversation(sent: list[OutgoingMessage]) -> list[str]:
    return [_text(m) for m in sent if m.recipient.kind is RecipientKind.SESSION_WEBHOOK]


def _to(sent: list[OutgoingMessage], user: str) -> list[str]:
    return [
        _text(m)
        for m in sent
        if m.recipient.kind is RecipientKind.USERS and user in m.recipient.user_ids
    ]


@pytest.fixture
async def chat(db: DatabaseSettings, settings: Settings, tmp_path: Path) -> Chat:
    await seed_demo()
    vault = PiiVault(settings.security.master_key_bytes(), b"test-hash-key")
    store = LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes())
    dingtalk = FakeDingTalk()
    services = Services(
        settings,
        vault,
        EventBus(),
        RecordingQueue(),
        store,
        dingtalk,
        presenters=outbound_presenters(),
    )
    return Chat(BotContext(services), dingtalk)


async def _pool(chat: Chat) -> tuple[Job, dict[str, Application]]:
    job = await Job.get(title="高级后端开发工程师")
    vault = chat.ctx.vault
    people = [
        Person("张伟", match=80, overall=86, dims={"communication": 8.5}, stage=Stage.SCORED),
        Person("李娜", match=90, overall=72, dims={"communication": 6.0}, stage=Stage.SCORED),
    ]
    return job, {p.name: await add_application(job, p, vault) for p in people}


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("排名 {job}", "张伟"),
        ("候选人 {job}", "张伟"),
        ("对比 {job} 张伟 李娜", "候选人对比"),
        ("报告 {app}", "面试报告 · 张伟"),
        ("相似 {app}", "相似候选人"),
    ],
)
async def test_hr_commands_typed_in_a_group_answer_the_hr_privately(
    chat: Chat, command: str, expected: str
) -> None:
    job, apps = await _pool(chat)

    sent = await chat.say(command.format(job=job.id, app=apps["张伟"].id))

    assert _in_conversation(sent) == [NOTE]
    (private,) = _to(sent, HR)
    assert expected in private


async def test_the_report_link_goes_only_to_its_staff_member_never_into_the_group(
    chat: Chat,
) -> None:
    _, apps = await _pool(chat)

    sent = await chat.say(f"报告 {apps['李娜'].id}")

    assert all("/r/" not in text for text in _in_conversation(sent))
    (private,) = _to(sent, HR)
    link = private[private.index("](") + 2 : private.rindex(")")]
    secret = chat.ctx.settings.security.secret_key.get_secret_value().encode()
    token = parse_qs(urlsplit(link).query)["t"][0]
    claims = verify_report_token(token, secret, chat.ctx.services.clock())
    assert claims.staff_id != 0
    # Short-lived: an hour, not the two weeks a link without a staff member keeps.
    assert (claims.expires_at - chat.ctx.services.clock()).total_seconds() <= 3600


async def test_in_a_one_to_one_chat_the_answer_stays_where_it_was_asked(chat: Chat) -> None:
    job, _ = await _pool(chat)

    sent = await chat.say(f"排名 {job.id}", group=False)

    (reply,) = _in_conversation(sent)
    assert "张伟" in reply and not _to(sent, HR)


async def test_a_strangers_resume_gets_the_same_reply_whether_or_not_the_phone_is_known(
    chat: Chat,
) -> None:
    await chat.say(engineer_text(), group=False)  # HR enters 张伟
    known = engineer_text().replace("张伟", "李冒")
    unknown = known.replace("138-1234-5678", "139-8765-4321").replace(
        "zhangwei.dev@example.com", "limao@example.com"
    )

    to_known = _in_conversation(await chat.say(known, sender="ext_a", group=True))
    to_unknown = _in_conversation(await chat.say(unknown, sender="ext_b", group=True))

    assert to_known == to_unknown
    assert "已收到" in to_known[-1] and "匹配" not in to_known[-1]
    original = await Candidate.filter(duplicate_of_id=None).order_by("id").first()
    assert original is not None and original.source_conversation_id is None


async def test_merge_in_a_group_is_answered_privately_and_binds_the_sender(chat: Chat) -> None:
    await chat.say(engineer_text(), group=False)
    await chat.say(engineer_text(), sender="emp_zw", group=False)
    dup = await Candidate.get(duplicate_of_id__isnull=False)

    sent = await chat.say(f"合并 {dup.id}")

    assert _in_conversation(sent) == [NOTE]
    (private,) = _to(sent, HR)
    assert "已并入" in private
    (kept,) = await Candidate.all()
    assert kept.dingtalk_user_id == "emp_zw"


async def test_a_sender_flooding_the_bot_with_resumes_is_cut_off_after_the_hourly_limit(
    chat: Chat,
) -> None:
    junk = "简历 教育 毕业 本科 工作经历 " * 5
    answers = [await chat.say(f"{junk}{n}", sender="ext_spam", group=False) for n in range(12)]

    queue = chat.ctx.queue
    assert isinstance(queue, RecordingQueue)
    parses = [jid for jid in queue.jobs if jid.startswith("parse_resume")]
    assert len(parses) == 10  # the limit: nothing more is parsed
    (told,) = _in_conversation(answers[10])
    assert "发送简历过于频繁" in told
    assert answers[11] == []  # later ones cost no message at all
