"""The offer link reaches an external candidate by e-mail once the approval passes; HR is told
how it went out, and the candidate's notice records the channel."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from dinghire.bootstrap import build_vault
from integrations.dingtalk.ports import (
    ApprovalInstance,
    ApprovalTask,
    ProcessTemplate,
    StartApproval,
)
from integrations.mail.smtp import SmtpMailer
from settings import DatabaseSettings, MailSettings, load_settings
from tests.fakes import FakeDingTalk, RecordingQueue, make_services
from tests.integration.channels.conftest import Inbox
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.jobs.models import Job
from workflows.messaging.external import ExternalSenders
from workflows.messaging.models import CandidateNotice, OutboxMessage
from workflows.messaging.outbox import dispatch_outbox
from workflows.offers.approval_sync import apply_approval_result
from workflows.offers.service import request_offer
from workflows.privacy import contexts
from workflows.seed.service import seed_demo
from workflows.services import Services

HR = "hr_wangfang"
EMAIL = "zhang.wei@example.com"


@dataclass
class ApprovingApprovals:
    """An approvals port whose instances are approved as soon as they are read."""

    started: list[StartApproval] = field(default_factory=list)

    async def ensure_process(self, template: ProcessTemplate) -> str:
        return "PROC-OFFER"

    async def start(self, request: StartApproval) -> str:
        self.started.append(request)
        return f"inst-{len(self.started)}"

    async def get(self, instance_id: str) -> ApprovalInstance:
        task = ApprovalTask(1, "mgr_chengang", "COMPLETED", "AGREE")
        return ApprovalInstance(instance_id, "", "COMPLETED", "agree", "", HR, (), (task,), ())


async def test_the_offer_link_goes_by_email_to_a_candidate_outside_the_org(
    db: DatabaseSettings, smtp_server: tuple[Inbox, MailSettings]
) -> None:
    inbox, mail = smtp_server
    settings = load_settings(strict=False, mode="test", database=db, mail=mail)
    await seed_demo()
    vault = build_vault(settings)
    cand = await Candidate.create()
    # Sealed under the candidate's own key, as registration does.
    cand.name_enc = await vault.seal("张伟", context=contexts.CANDIDATE_NAME, owner=cand.id)
    cand.email_enc = await vault.seal(EMAIL, context=contexts.CANDIDATE_EMAIL, owner=cand.id)
    await cand.save()
    job = await Job.get(title="高级后端开发工程师")
    base = make_services(
        settings,
        vault=vault,
        queue=RecordingQueue(),
        dingtalk=FakeDingTalk(approvals=ApprovingApprovals()),
    )
    deps = Services(
        base.settings,
        base.vault,
        base.bus,
        base.queue,
        base.store,
        base.dingtalk,
        mailer=SmtpMailer(mail),
        presenters=base.presenters,
    )
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("test"), bus=deps.bus
    )
    await Application.filter(id=app.id).update(
        stage=Stage.SHORTLISTED, overall_score=88.0, match_score=80.0
    )

    offer = await request_offer(app.id, actor=Actor.staff(HR), start_date=None, deps=deps)
    assert await apply_approval_result(str(offer.process_instance_id), deps)
    report = await dispatch_outbox(None, 50, others=ExternalSenders(vault, deps.mailer, None))

    assert report.sent == 1
    [email] = inbox.to(EMAIL)
    assert email["Subject"] == "录用通知：高级后端开发工程师"
    body = email.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    link = next(line for line in text.splitlines() if "/o/" in line)
    assert link.startswith(settings.server.public_base_url.rstrip("/") + "/o/")
    notice = await CandidateNotice.get(application_id=app.id, kind="offer")
    assert notice.channel == "email"
    hr_rows = await OutboxMessage.filter(dedup_key__startswith=f"offer:{offer.id}:hr:")
    assert any(
        "已通过邮件发送给候选人" in json.dumps(r.payload, ensure_ascii=False) for r in hr_rows
    )
    forward = await OutboxMessage.filter(dedup_key=f"offer:{offer.id}:forward").count()
    assert forward == 0  # HR does not have to forward anything
