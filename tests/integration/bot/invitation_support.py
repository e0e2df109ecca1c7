"""Builders and look-ups shared by the invitation tests."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from integrations.dingtalk.emulator.models import SentMessage
from tests.integration.bot.harness import BotHarness
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.interviews.tokens import verify_invite_token
from workflows.invitations.delivery import invite_secret
from workflows.invitations.models import Invitation
from workflows.jobs.models import Job

BACKEND_JOB = "高级后端开发工程师"


async def backend_job() -> Job:
    """The seeded backend job (owner hr_wangfang)."""
    return await Job.get(title=BACKEND_JOB)


async def make_application(
    h: BotHarness,
    name: str,
    *,
    user_id: str | None = None,
    conversation_id: str | None = None,
    stage: Stage = Stage.SCREENED,
    job: Job | None = None,
    phone: str = "139****0000",
) -> Application:
    """A candidate (name encrypted) with an application moved to `stage` through transition."""
    cand = await Candidate.create(
        name_enc=h.container.vault.encrypt(name, context="candidate.name"),
        masked_phone=phone,
        dingtalk_user_id=user_id,
        source_conversation_id=conversation_id,
    )
    job = job or await backend_job()
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("test"), bus=h.container.bus
    )
    if stage is not Stage.RECEIVED:
        path = [Stage.SCREENED] if stage is Stage.SCREENED else [Stage.SCREENED, stage]
        for step in path:
            await applications.transition(
                app.id, step, actor=Actor.system("test"), reason="测试准备", bus=h.container.bus
            )
    return await Application.get(id=app.id)


async def say(h: BotHarness, user: str, text: str, **extra: Any) -> list[SentMessage]:
    """Send a text to the bot and wait for its reply in that conversation."""
    seq = await asyncio.to_thread(h.control.last_seq)
    await asyncio.to_thread(h.control.send_text, user, text, **extra)
    replies: list[SentMessage] = await h.wait_sent(seq, channel="session_webhook")  # type: ignore[assignment]
    return replies


async def sent_since(h: BotHarness, seq: int, **filters: Any) -> list[SentMessage]:
    """What the bot sent after `seq` (after letting queued jobs finish)."""
    await h.container.drain_jobs(30)
    return await asyncio.to_thread(h.control.sent, seq, **filters)


async def last_seq(h: BotHarness) -> int:
    """The emulator's newest sent-message sequence number."""
    return await asyncio.to_thread(h.control.last_seq)


def link_of(message: SentMessage) -> str:
    """The single 开始面试 button's URL."""
    assert [b.title for b in message.buttons] == ["开始面试"]
    return str(message.buttons[0].url)


def check_link(h: BotHarness, link: str, invitation: Invitation, now: datetime) -> None:
    """The link is public_base_url/i/<token> and the token names this invitation and deadline."""
    base = h.container.settings.server.public_base_url.rstrip("/") + "/i/"
    assert link.startswith(base)
    claims = verify_invite_token(link[len(base) :], invite_secret(h.container.settings), now)
    assert claims.invitation_id == invitation.id
    assert claims.application_id == invitation.application_id  # type: ignore[attr-defined]
    assert int(claims.expires_at.timestamp()) == int(invitation.deadline_at.timestamp())
