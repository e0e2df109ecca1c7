"""What the parse job says when a resume is done: summary to the sender, cards to the HR owners."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from bot import texts
from bot.cards import resume_card_data, resume_card_id
from integrations.dingtalk.messages import (
    InteractiveCard,
    Markdown,
    MessageContent,
    OutgoingMessage,
    Recipient,
    Text,
)
from workflows.applications import service as applications
from workflows.background.queue import JobQueue
from workflows.candidates.intake import IntakeOutcome, ResumeRejectedError
from workflows.candidates.intake_job import PendingResume
from workflows.messaging.markdown import inert
from workflows.messaging.notify import notify
from workflows.staff.service import find_staff


def acknowledgement(filename: str) -> Text:
    """The immediate answer to a received resume (nothing parsed yet, so nothing personal)."""
    return Text(texts.RESUME_ACK.format(file=filename))


async def _send(queue: JobQueue, message: OutgoingMessage, dedup_key: str) -> None:
    await notify(message, dedup_key=dedup_key[:128], queue=queue)


async def _reply(
    queue: JobQueue, pending: PendingResume, content: MessageContent, part: str
) -> None:
    # Same dedup keys as BotContext.reply, so a reply is sent once whoever queues it.
    recipient = Recipient.webhook(pending.reply_webhook, pending.reply_webhook_expires_at_ms)
    await _send(queue, OutgoingMessage(recipient, content), f"reply:{pending.msg_id}:{part}")


@dataclass(frozen=True)
class ResumeDelivery:
    """The intake reporter of the bot (the parse job's `IntakeReporter`)."""

    card_template_id: str

    async def parsed(self, pending: PendingResume, outcome: IntakeOutcome, queue: JobQueue) -> None:
        """HR gets the summary (privately when sent in a group), anyone else the same thanks
        whatever the file matched, so the reply never tells whether someone is already known;
        each responsible HR gets a card."""
        if not pending.sender_is_hr:
            text = Text(texts.CANDIDATE_RECEIVED.format(file=pending.filename))
            await _reply(queue, pending, text, "summary")
        elif pending.single_chat:
            await _reply(queue, pending, hr_summary(outcome, pending.filename), "summary")
        else:
            private = OutgoingMessage(
                Recipient.users(pending.sender_staff_id), hr_summary(outcome, pending.filename)
            )
            await _send(queue, private, f"reply:{pending.msg_id}:summary-private")
            await _reply(queue, pending, Text(texts.SENT_PRIVATELY), "summary")
        await self._notify_owners(pending, outcome, queue)

    async def rejected(
        self, pending: PendingResume, error: ResumeRejectedError, queue: JobQueue
    ) -> None:
        """Say exactly what is wrong and that the original is kept."""
        text = f"{error.user_message}\n{texts.RESUME_KEPT_NOTE}"
        await _reply(queue, pending, Text(text), "error")

    async def failed(self, pending: PendingResume, queue: JobQueue) -> None:
        """The parse job gave up: the file is kept and will be looked at."""
        await _reply(
            queue, pending, Text(texts.RESUME_FAILED.format(file=pending.filename)), "error"
        )

    async def _notify_owners(
        self, pending: PendingResume, outcome: IntakeOutcome, queue: JobQueue
    ) -> None:
        owners: dict[str, list[int]] = defaultdict(list)
        for match in outcome.matches:
            if match.owner_user_id:
                owners[match.owner_user_id].append(match.application_id)
        if not owners and pending.sender_is_hr:
            owners[pending.sender_staff_id] = [m.application_id for m in outcome.matches]
        sender = await find_staff(pending.sender_staff_id)
        nick = sender.name if sender else pending.sender_nick
        for owner, app_ids in owners.items():
            if outcome.possible_duplicate_of is not None and outcome.status == "created":
                notice = Markdown("疑似重复候选人", possible_duplicate_text(outcome))
                await _send(
                    queue,
                    OutgoingMessage(Recipient.users(owner), notice),
                    f"pdup:{pending.msg_id}:{owner}",
                )
            if outcome.status == "unchanged":
                who = f"{outcome.display_name or ''}（{outcome.masked_phone}）"
                text = f"候选人{who}再次投递了相同的简历，未重复创建。"
                message = OutgoingMessage(Recipient.users(owner), Text(text))
                await _send(queue, message, f"dup:{pending.msg_id}:{owner}")
                continue
            track_id = f"{resume_card_id(outcome.candidate_id, outcome.resume_id)}-{owner}"[:96]
            card = InteractiveCard(
                template_id=self.card_template_id,
                out_track_id=track_id,
                card_data=resume_card_data(
                    replace(
                        outcome,
                        matches=tuple(m for m in outcome.matches if m.application_id in app_ids),
                    ),
                    sender_nick=nick,
                ),
            )
            for app_id in app_ids:
                await applications.attach_card(app_id, track_id)
            await _send(queue, OutgoingMessage(Recipient.users(owner), card), f"card:{track_id}")


def possible_duplicate_text(outcome: IntakeOutcome) -> str:
    """What HR is told when a resume from someone other than HR matched an existing record."""
    evidence = texts.DUPLICATE_EVIDENCE.get(outcome.duplicate_by or "", "资料")
    return texts.POSSIBLE_DUPLICATE.format(
        new=outcome.candidate_id, old=outcome.possible_duplicate_of, evidence=evidence
    )


def hr_summary(outcome: IntakeOutcome, filename: str) -> Markdown:
    """The summary HR (or a group) gets once the resume is parsed."""
    status = {
        "created": "已创建新候选人",
        "updated": "识别为已有候选人，资料已更新",
        "unchanged": "与已有简历完全相同，未重复创建",
    }[outcome.status]
    # The name comes from the resume and the file name from the sender: plain text only.
    lines = [
        f"#### 简历已处理：{inert(outcome.display_name) or '未识别姓名'}",
        f"- 文件：{inert(filename)}",
        f"- 手机：{outcome.masked_phone or '未识别'}",
        f"- 结果：{status}",
    ]
    for m in outcome.matches[:3]:
        score = "未评分" if m.score is None else f"{m.score:.0f}分"
        flag = "（不符合硬性要求）" if m.disqualified else ""
        lines.append(f"- 匹配：{m.job_title} {score}{flag}")
    if not outcome.matches:
        lines.append("- 匹配：暂无在招岗位可匹配")
    for warning in outcome.warnings:
        lines.append(f"- 提示：{warning}")
    return Markdown(title="简历已处理", text="\n".join(lines))
