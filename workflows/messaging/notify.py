"""Notify a person through the outbox, deduplicated, and name a candidate in a message.

The one place that queues outgoing messages and asks a dispatcher to send them now: a message is
queued in the caller's transaction, and the dispatch is kicked once the rows are committed.
"""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.backends.base.client import BaseDBAsyncClient

from integrations.dingtalk.messages import MessageContent, OutgoingMessage, Recipient
from workflows.background.names import JobName
from workflows.background.queue import JobQueue
from workflows.candidates.models import Candidate
from workflows.messaging.outbox import enqueue_message
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault


async def queue_message(
    recipient: Recipient,
    content: MessageContent,
    *,
    dedup_key: str,
    using_db: BaseDBAsyncClient | None = None,
) -> int:
    """Put one message in the outbox (once per key); returns the outbox row id."""
    row = await enqueue_message(
        OutgoingMessage(recipient, content), dedup_key=dedup_key[:128], using_db=using_db
    )
    return int(row.id)


async def kick_dispatch(
    queue: JobQueue, row_ids: Iterable[int], *, defer_by_s: float = 0.0
) -> None:
    """Ask a dispatcher to send these outbox rows now, or once they are due (after commit)."""
    for row_id in row_ids:
        await queue.enqueue(
            JobName.DISPATCH_OUTBOX,
            job_id=f"{JobName.DISPATCH_OUTBOX}:{row_id}",
            defer_by_s=defer_by_s,
        )


async def notify(message: OutgoingMessage, *, dedup_key: str, queue: JobQueue) -> int:
    """Queue `message` once per dedup_key and have it sent now; returns the outbox row id."""
    row = await enqueue_message(message, dedup_key=dedup_key)
    await kick_dispatch(queue, [int(row.id)])
    return int(row.id)


async def candidate_name(candidate: Candidate, vault: PiiVault) -> str:
    """The candidate's name for a message ("" when unknown)."""
    if not candidate.name_enc:
        return ""
    await vault.unlock(candidate.id)
    return vault.decrypt(candidate.name_enc, context=contexts.CANDIDATE_NAME, owner=candidate.id)


async def candidate_name_by_id(candidate_id: int, vault: PiiVault) -> str:
    """The name of the candidate with this id for a message ("" when unknown)."""
    return await candidate_name(await Candidate.get(id=candidate_id), vault)
