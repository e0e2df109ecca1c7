"""Per-sender limit on resumes sent to the bot, so junk files cannot burn the org's DingTalk
quota (each one costs a download, a parse and replies) or flood HR with cards.

Counted in the database in fixed windows, so every bot process shares the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from workflows.budget.models import SenderCount

WINDOW = timedelta(hours=1)
# A candidate sends a resume or two; HR forwards batches of them.
CANDIDATE_LIMIT = 10
HR_LIMIT = 300


@dataclass(frozen=True, slots=True)
class QuotaCheck:
    """One counted resume: whether it may be processed, and whether to say why not."""

    allowed: bool
    # True only for the first refused message of a window: one explanation, not one per file.
    tell_sender: bool
    retry_after: timedelta


def _window_start(now: datetime) -> int:
    size = int(WINDOW.total_seconds())
    return int(now.timestamp()) // size * size


async def count_resume(sender: str, *, is_hr: bool, now: datetime) -> QuotaCheck:
    """Count one resume from `sender` in the current window and say whether it is allowed."""
    window = _window_start(now)
    key = sender[:80] or "unknown"
    updated = await SenderCount.filter(sender=key, window=window).update(count=F("count") + 1)
    if not updated:
        try:
            await SenderCount.create(sender=key, window=window, count=1)
        except IntegrityError:  # another process created it first
            await SenderCount.filter(sender=key, window=window).update(count=F("count") + 1)
    row = await SenderCount.get(sender=key, window=window)
    limit = HR_LIMIT if is_hr else CANDIDATE_LIMIT
    ends = datetime.fromtimestamp(window + WINDOW.total_seconds(), now.tzinfo)
    return QuotaCheck(row.count <= limit, row.count == limit + 1, ends - now)


async def purge_sender_counts(now: datetime) -> int:
    """Drop windows that ended (the count only matters inside its window)."""
    return await SenderCount.filter(window__lt=_window_start(now)).delete()
