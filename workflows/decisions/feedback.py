"""Candidate feedback for a decision: the notice (encrypted, once) and its DingTalk delivery."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from integrations.dingtalk.messages import Recipient
from workflows.applications.models import Application
from workflows.assessments.models import Report
from workflows.assessments.reports import current_report
from workflows.candidates.models import Candidate
from workflows.decisions.messages import DecisionNotice, WeakDimension
from workflows.decisions.policy import Decision
from workflows.jobs.models import Job
from workflows.messaging.candidate_message import CandidateMessage
from workflows.messaging.external import ExternalChannel, external_reach, queue_external
from workflows.messaging.models import CandidateNotice
from workflows.messaging.notify import candidate_name, queue_message
from workflows.messaging.reach import Channel, reach_candidate
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault
from workflows.services import Services

log = logging.getLogger(__name__)

NOTICE_KIND = "decision"

CHANNEL_USER = "dingtalk_user"
CHANNEL_GROUP = "group"
CHANNEL_HR_FORWARD = "hr_forward"
CHANNEL_EMAIL = ExternalChannel.EMAIL.value
CHANNEL_SMS = ExternalChannel.SMS.value

# The short result an SMS carries (the full notice is in the e-mail or with HR).
SMS_RESULT = {"advance": "已进入下一轮，HR 将与您联系", "reject": "很遗憾未能进入下一轮"}


def notice_key(application_id: int, decision: Decision) -> str:
    """One notice per application and decision, however often the decision is retried."""
    return f"decision:{application_id}:{decision.value}"


def weakest_assessed(report: Report | None) -> dict[str, Any] | None:
    """The lowest-scoring dimension that was actually assessed (never a 'not assessed' one)."""
    if report is None:
        return None
    missing = {str(d.get("code")) for d in report.not_assessed}
    pool = [w for w in report.weaknesses if w.get("score") is not None]
    if not pool:
        # No dimension fell under the weakness bar: the lowest assessed one is still the
        # most useful direction for the candidate.
        pool = [d for d in report.dimensions if d.get("score") is not None]
    pool = [d for d in pool if str(d.get("code")) not in missing]
    if not pool:
        return None
    return min(pool, key=lambda d: (float(d["score"]), str(d.get("code"))))


@dataclass(frozen=True, slots=True)
class NoticeOutcome:
    """How a candidate learns of a decision; `body` is set when HR has to pass it on."""

    channel: str
    outbox_id: int | None
    body: str = ""


async def send_decision_notice(
    app: Application,
    job: Job,
    decision: Decision,
    deps: Services,
    *,
    explain_link: str = "",
) -> NoticeOutcome:
    """Write the candidate's notice once and queue it where the candidate can read it."""
    vault = deps.vault
    candidate: Candidate = await Candidate.get(id=app.candidate_id)  # type: ignore[attr-defined]
    name = await candidate_name(candidate, vault)
    weakest: WeakDimension | None = None
    if decision is Decision.REJECT and job.feedback_improvement_note:
        weak = weakest_assessed(await current_report(app.id))
        if weak:
            weakest = WeakDimension(str(weak.get("code") or ""), str(weak.get("name") or ""))
    notice = deps.present.decisions.candidate_notice(
        DecisionNotice(decision, name, job.title, weakest, explain_link)
    )
    title, body = notice.title, notice.text
    reach = reach_candidate(candidate)
    recipient: Recipient | None = reach.recipient
    channel = CHANNEL_USER
    if reach.channel is Channel.GROUP:
        channel = CHANNEL_GROUP
        if decision is Decision.REJECT:
            # A rejection is private news: it is not posted where the whole group reads it.
            recipient, channel = None, CHANNEL_HR_FORWARD
    elif reach.channel is Channel.MANUAL:
        channel = CHANNEL_HR_FORWARD
    # Outside the org (or a rejection not for the group): e-mail or SMS reach them privately.
    external = await external_reach(candidate, "decision", deps) if recipient is None else None
    if external is not None:
        channel = external.channel.value
    key = notice_key(app.id, decision)
    outbox_id: int | None = None
    async with in_transaction() as conn:
        existing = await CandidateNotice.get_or_none(dedup_key=key, using_db=conn)
        if existing is None:
            await CandidateNotice.create(
                using_db=conn,
                application_id=app.id,
                kind=NOTICE_KIND,
                dedup_key=key,
                title=title[:128],
                body_enc=await vault.seal(
                    body,
                    context=contexts.NOTICE_BODY,
                    owner=app.candidate_id,  # type: ignore[attr-defined]
                ),
                channel=channel,
            )
        if recipient is not None:
            outbox_id = await queue_message(recipient, notice, dedup_key=key, using_db=conn)
        elif external is not None:
            message = CandidateMessage(
                "decision", name, job.title, body=body, result=SMS_RESULT[decision.value]
            )
            outbox_id = await queue_external(
                external, message, dedup_key=key, deps=deps, using_db=conn
            )
    reached = recipient is not None or external is not None
    return NoticeOutcome(channel, outbox_id, "" if reached else body)


async def read_notice(application_id: int, decision: Decision, vault: PiiVault) -> str:
    """The decrypted body of a decision notice ("" when none was written)."""
    row = await CandidateNotice.get_or_none(dedup_key=notice_key(application_id, decision))
    if row is None:
        return ""
    await vault.unlock_tokens([row.body_enc])
    return vault.decrypt(row.body_enc, context=contexts.NOTICE_BODY)
