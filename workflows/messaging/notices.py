"""The candidate's notices as the mini-app shows them: decrypted, marked read, audited."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from workflows.actors import Actor
from workflows.messaging.models import CandidateNotice
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import DecryptionError, PiiVault

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NoticeView:
    """One notice, decrypted for its reader."""

    title: str
    body: str
    created_at: datetime


def _body(vault: PiiVault, enc: str) -> str:
    try:
        return vault.decrypt(enc, context=contexts.NOTICE_BODY)
    except DecryptionError:
        # One unreadable notice must not hide the offer page; the title still shows.
        log.warning("a candidate notice could not be decrypted")
        return ""


async def notices_for(application_id: int, *, vault: PiiVault, reader: Actor) -> list[NoticeView]:
    """An application's notices, newest first; marks them read and records the read."""
    notices = await CandidateNotice.filter(application_id=application_id).order_by(
        "-created_at", "-id"
    )
    await CandidateNotice.filter(application_id=application_id, read_at=None).update(
        read_at=datetime.now(UTC)
    )
    if notices:
        # Notices name the candidate: reading them is recorded like any personal data.
        await record_access(reader, "read", "candidate_notices", application_id, count=len(notices))
    await vault.unlock_tokens(n.body_enc for n in notices)
    return [NoticeView(n.title, _body(vault, n.body_enc), n.created_at) for n in notices]
