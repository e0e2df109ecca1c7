"""Candidates outside the organisation get the invitation, the reminder, the decision and the
offer link by e-mail (a real SMTP server here) or, with only a phone number, by SMS (the local
Alibaba Cloud SMS server, official SDK); opt-out is honoured; nothing is sent twice after a
crash or a retried use case; with no channel, HR still gets the link to forward."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dinghire.bootstrap import build_vault
from integrations.mail.smtp import SmtpMailer
from integrations.sms.aliyun import AliyunSms
from integrations.sms.emulator import SmsEmulator
from settings import DatabaseSettings, MailSettings, SmsSettings, load_settings
from tests.fakes import RecordingQueue, make_services
from tests.integration.channels.conftest import Inbox
from tests.integration.workflows.factories import make_candidate, make_job
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.clock import ManualClock
from workflows.decisions.policy import Decision
from workflows.decisions.service import decide
from workflows.invitations.followup import send_reminder
from workflows.invitations.models import InvitationChannel
from workflows.invitations.service import invite
from workflows.messaging.external import (
    ExternalChannel,
    ExternalSenders,
    opt_out_link,
    read_opt_out_token,
    record_opt_out,
)
from workflows.messaging.models import OutboxMessage, OutboxStatus
from workflows.messaging.outbox import CLAIM_LEASE_S, claim_due, dispatch_outbox
from workflows.privacy import contexts
from workflows.privacy.keys import destroy_candidate_key
from workflows.services import Services

HR = Actor.staff("hr_wangfang")
EMAIL = "li.na@example.com"
PHONE = "13912345678"


@pytest.fixture
def channels(
    smtp_server: tuple[Inbox, MailSettings], sms_server: tuple[SmsEmulator, SmsSettings]
) -> tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]:
    inbox, mail = smtp_server
    emulator, sms = sms_server
    return inbox, emulator, mail, sms


def _deps(mail: MailSettings, sms: SmsSettings, clock: ManualClock) -> Services:
    settings = load_settings(strict=False, mode="test", mail=mail, sms=sms)
    base = make_services(settings, queue=RecordingQueue(), clock=clock)
    return Services(
        base.settings,
        base.vault,
        base.bus,
        base.queue,
        base.store,
        None,
        clock,
        mailer=SmtpMailer(mail),
        sms=AliyunSms(sms),
        presenters=base.presenters,
    )


async def _dispatch(deps: Services, now: datetime | None = None) -> dict[str, int]:
    senders = ExternalSenders(deps.vault, deps.mailer, deps.sms)
    return (await dispatch_outbox(None, 50, now=now, others=senders)).as_dict()


async def _screened(deps: Services, **contact: str) -> Application:
    job, cand = await make_job(), await make_candidate()
    # Sealed under the candidate's own key, as registration does.
    vault, owner = deps.vault, cand.id
    cand.name_enc = await vault.seal("李娜", context=contexts.CANDIDATE_NAME, owner=owner)
    if "email" in contact:
        cand.email_enc = await vault.seal(
            contact["email"], context=contexts.CANDIDATE_EMAIL, owner=owner
        )
    if "phone" in contact:
        cand.phone_enc = await vault.seal(
            contact["phone"], context=contexts.CANDIDATE_PHONE, owner=owner
        )
    await cand.save()
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("t"), bus=deps.bus
    )
    await applications.transition(
        app.id, Stage.SCREENED, actor=Actor.system("t"), reason="t", bus=deps.bus
    )
    return app


def _text(msg: Any) -> str:
    body = msg.get_body(("plain",))
    return str(body.get_content()) if body is not None else ""


async def test_an_external_candidate_with_email_gets_invitation_reminder_and_decision(
    db: DatabaseSettings, channels: tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]
) -> None:
    inbox, sms, mail, sms_settings = channels
    clock = ManualClock(datetime.now(UTC))
    deps = _deps(mail, sms_settings, clock)
    app = await _screened(deps, email=EMAIL, phone=PHONE)

    result = await invite(app.id, actor=HR, deps=deps)
    assert result.channel is InvitationChannel.EMAIL
    assert (await _dispatch(deps))["sent"] == 1
    [invitation] = inbox.to(EMAIL)
    assert invitation["Subject"] == "面试邀请：高级后端开发工程师"
    text = _text(invitation)
    assert text.startswith("李娜您好：") and result.link in text
    assert "/u/" in text and invitation["List-Unsubscribe"]

    clock.set(result.deadline_at - timedelta(hours=23))
    assert await send_reminder(result.invitation_id, "24h", deps)
    await _dispatch(deps)
    reminder = inbox.to(EMAIL)[-1]
    assert reminder["Subject"] == "面试提醒：高级后端开发工程师 在线面试即将截止"
    assert result.link in _text(reminder)

    batch = await decide([app.id], Decision.REJECT, actor=HR, reason="t", deps=deps)
    assert batch.outcomes[0].ok and batch.outcomes[0].channel == "email"
    await _dispatch(deps)
    decision = inbox.to(EMAIL)[-1]
    assert decision["Subject"] == "应聘结果通知：高级后端开发工程师"
    assert "很遗憾您这次未能进入下一轮" in _text(decision)
    assert len(inbox.to(EMAIL)) == 3 and sms.sent == []
    # Once sent, the outbox keeps neither the address nor the text.
    rows = await OutboxMessage.filter(channel="email")
    assert all(r.status is OutboxStatus.SENT and r.payload == {"redacted": True} for r in rows)
    assert all(EMAIL not in r.recipient for r in rows)


async def test_with_only_a_phone_number_the_invitation_goes_by_sms(
    db: DatabaseSettings, channels: tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]
) -> None:
    inbox, sms, mail, sms_settings = channels
    deps = _deps(mail, sms_settings, ManualClock(datetime.now(UTC)))
    app = await _screened(deps, phone=PHONE)

    result = await invite(app.id, actor=HR, deps=deps)

    assert result.channel is InvitationChannel.SMS
    assert (await _dispatch(deps))["sent"] == 1
    [text] = [s.text for s in sms.sent if s.phone == PHONE]
    assert text.startswith("【钉招聘】李娜您好，诚邀您参加高级后端开发工程师岗位的在线面试")
    assert result.link in text and inbox.messages == []


async def test_opting_out_of_email_moves_to_sms_and_then_to_hr(
    db: DatabaseSettings, channels: tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]
) -> None:
    inbox, sms, mail, sms_settings = channels
    deps = _deps(mail, sms_settings, ManualClock(datetime.now(UTC)))
    app = await _screened(deps, email=EMAIL, phone=PHONE)
    cand_id = (await Application.get(id=app.id)).candidate_id  # type: ignore[attr-defined]
    token = opt_out_link(cand_id, ExternalChannel.EMAIL, deps.settings).rsplit("/u/", 1)[1]
    assert read_opt_out_token(token, deps.settings) == (cand_id, ExternalChannel.EMAIL)
    assert read_opt_out_token(token[:-1] + "0", deps.settings) is None  # forged

    await record_opt_out(cand_id, ExternalChannel.EMAIL, at=deps.clock())
    assert (await invite(app.id, actor=HR, deps=deps)).channel is InvitationChannel.SMS

    await record_opt_out(cand_id, ExternalChannel.SMS, at=deps.clock())
    app2 = await _screened(deps, email=EMAIL, phone=PHONE)
    await Application.filter(id=app2.id).update(candidate_id=cand_id)
    result = await invite(app2.id, actor=HR, deps=deps)
    assert result.channel is InvitationChannel.MANUAL  # HR forwards the link
    await _dispatch(deps)
    assert inbox.messages == [] and len(sms.sent) == 1


async def test_nothing_is_sent_twice_after_a_crash_or_a_retry(
    db: DatabaseSettings, channels: tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]
) -> None:
    inbox, _, mail, sms_settings = channels
    clock = ManualClock(datetime.now(UTC))
    deps = _deps(mail, sms_settings, clock)
    app = await _screened(deps, email=EMAIL)
    result = await invite(app.id, actor=HR, deps=deps)

    # A dispatcher claims the e-mail and dies before sending it.
    assert len(await claim_due(10, channels={"email"})) == 1
    assert (await _dispatch(deps))["claimed"] == 0  # leased to the dead one
    later = datetime.now(UTC) + timedelta(seconds=CLAIM_LEASE_S + 1)
    assert (await _dispatch(deps, later))["sent"] == 1
    assert (await _dispatch(deps, later + timedelta(hours=1)))["claimed"] == 0

    # A reminder job retried after a crash queues the same message, not a second one.
    clock.set(result.deadline_at - timedelta(hours=23))
    assert await send_reminder(result.invitation_id, "24h", deps)
    assert not await send_reminder(result.invitation_id, "24h", deps)
    # The mail server is briefly unavailable: the e-mail waits and goes once.
    inbox.refuse[EMAIL] = 451
    assert (await _dispatch(deps))["retrying"] == 1
    del inbox.refuse[EMAIL]
    assert (await _dispatch(deps, datetime.now(UTC) + timedelta(minutes=5)))["sent"] == 1
    assert len(inbox.to(EMAIL)) == 2


async def test_without_any_channel_hr_gets_the_link_as_before(
    db: DatabaseSettings, channels: tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]
) -> None:
    inbox, sms, mail, sms_settings = channels
    deps = _deps(mail, sms_settings, ManualClock(datetime.now(UTC)))
    app = await _screened(deps)
    result = await invite(app.id, actor=HR, deps=deps)
    assert result.channel is InvitationChannel.MANUAL
    assert await OutboxMessage.filter(channel__in=["email", "sms"]).count() == 0
    assert inbox.messages == [] and sms.sent == []


async def test_a_message_waiting_for_an_erased_candidate_is_never_sent(
    db: DatabaseSettings, channels: tuple[Inbox, SmsEmulator, MailSettings, SmsSettings]
) -> None:
    inbox, _, mail, sms_settings = channels
    deps = _deps(mail, sms_settings, ManualClock(datetime.now(UTC)))
    app = await _screened(deps, email=EMAIL)
    await invite(app.id, actor=HR, deps=deps)
    # Crypto-shredding (retention or a deletion request) destroys the candidate's key before
    # the dispatcher, in another process, gets to the e-mail.
    cand_id = (await Application.get(id=app.id)).candidate_id  # type: ignore[attr-defined]
    assert await destroy_candidate_key(cand_id)
    other_process = ExternalSenders(build_vault(deps.settings), deps.mailer, deps.sms)

    report = await dispatch_outbox(None, 50, others=other_process)

    assert (report.sent, report.dead) == (0, 1) and inbox.messages == []
