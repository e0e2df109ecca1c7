"""The ranking key stored on each application (`Application.rank_score`).

Rule:
- interviewed (overall score known): 0.8 x interview overall + 0.2 x resume match, both 0..100,
  so the key lies in 0..100; with no match score the interview score counts alone;
- not interviewed, match known: match - 101, i.e. in -101..-1, so such applications rank by
  match among themselves but always below every interviewed one;
- neither score: NULL, listed last (by newest application first).
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from workflows.applications.models import Application

INTERVIEW_WEIGHT = 0.8
MATCH_WEIGHT = 0.2
# Every match-only key lies strictly below 0, the lowest possible interviewed key.
UNSCORED_OFFSET = 101.0


def rank_score(overall: float | None, match: float | None) -> float | None:
    """The weighted ranking key; see the module docstring for the rule."""
    if overall is not None:
        if match is None:
            return round(float(overall), 4)
        return round(INTERVIEW_WEIGHT * float(overall) + MATCH_WEIGHT * float(match), 4)
    if match is not None:
        return round(float(match) - UNSCORED_OFFSET, 4)
    return None


def is_interviewed_key(key: float | None) -> bool:
    """True when a stored key comes from an interview score (not from the match alone)."""
    return key is not None and key >= 0


async def refresh_rank_score(application_id: int, *, conn: BaseDBAsyncClient | None = None) -> None:
    """Recompute and store one application's ranking key from its current scores."""
    query = Application.filter(id=application_id)
    if conn is not None:
        query = query.using_db(conn)
    rows = await query.values("overall_score", "match_score")
    if not rows:
        return
    key = rank_score(rows[0]["overall_score"], rows[0]["match_score"])
    update = Application.filter(id=application_id)
    if conn is not None:
        update = update.using_db(conn)
    await update.update(rank_score=key)


async def backfill_rank_scores(batch_size: int = 1000) -> int:
    """Set the key on applications scored before it existed (idempotent); returns how many."""
    fixed = 0
    last_id = 0
    while True:
        rows = (
            await Application.filter(id__gt=last_id, rank_score__isnull=True)
            .order_by("id")
            .limit(batch_size)
            .values("id", "overall_score", "match_score")
        )
        if not rows:
            return fixed
        for row in rows:
            key = rank_score(row["overall_score"], row["match_score"])
            if key is not None:
                await Application.filter(id=row["id"]).update(rank_score=key)
                fixed += 1
        last_id = int(rows[-1]["id"])
