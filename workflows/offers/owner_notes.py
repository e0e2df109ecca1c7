"""What the job owner is told about an offer's answer and its pre-entry (HR Markdown)."""

from __future__ import annotations

import logging
from datetime import date

from tortoise.backends.base.client import BaseDBAsyncClient

from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from workflows.applications.models import Application
from workflows.messaging.markdown import inert
from workflows.messaging.notify import candidate_name as notify_candidate_name
from workflows.messaging.outbox import enqueue_message
from workflows.privacy.vault import PiiVault

log = logging.getLogger(__name__)


async def candidate_name(app: Application, vault: PiiVault) -> str:
    """The candidate's name for HR's Markdown ("候选人" when unknown; taken from a resume, so
    made inert)."""
    return inert(await notify_candidate_name(app.candidate, vault)) or "候选人"


async def tell_owner(
    app: Application, title: str, text: str, dedup_key: str, conn: BaseDBAsyncClient | None
) -> int | None:
    """Queue a Markdown note to the job's owner (None when the job has no owner)."""
    owner = app.job.owner
    if owner is None:
        log.warning("job %s has no owner to tell: %s", app.job.id, dedup_key)
        return None
    message = OutgoingMessage(Recipient.users(owner.dingtalk_user_id), Markdown(title, text))
    row = await enqueue_message(message, dedup_key=dedup_key[:128], using_db=conn)
    return int(row.id)


def fmt_date(day: date | None) -> str:
    """A day as HR reads it (`待定` when not set)."""
    return day.strftime("%Y-%m-%d") if day else "待定"
