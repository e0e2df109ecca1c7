"""Stored analysis results: typed in and typed out, one row per answer and analyser version.

The analysis job hands over what it found as an `AnswerAnalysis` (the media outcome, the score,
a follow-up suggestion); only this module knows the `analysis_result` columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from analysis.answer_media import MediaOutcome
from analysis.followup import FollowUp
from analysis.scoring import AnswerScore
from analysis.types import Segment, Transcript
from workflows.assessments.models import AnalysisResult
from workflows.privacy import contexts
from workflows.privacy.sealed_json import open_doc, seal_doc, seal_quotes
from workflows.privacy.vault import PiiVault


@dataclass(frozen=True, slots=True)
class AnswerAnalysis:
    """What analysing one answer found, as the job hands it to storage."""

    status: str  # an AnalysisStatus value
    media: MediaOutcome  # transcript, audio and vision cues, the unusable-media reason
    score: AnswerScore
    duration_s: float | None  # the transcript's, else the answer's own
    follow_up: FollowUp | None = None


@dataclass(frozen=True, slots=True)
class StoredResult:
    """A stored result as the analysis job needs it back."""

    result_id: int
    status: str
    follow_up: FollowUp | None  # the suggestion made when the answer was analysed
    follow_up_node: int | None  # the plan node it became, once offered


@dataclass(frozen=True, slots=True)
class PriorTranscript:
    """An earlier result's words and cues, which re-scoring reuses instead of running ASR."""

    transcript_enc: str
    segments: tuple[Segment, ...]
    engine: str
    duration_s: float
    audio_cues: dict[str, Any]
    vision_cues: dict[str, Any]


async def _stored(row: AnalysisResult, vault: PiiVault | None) -> StoredResult:
    follow = row.follow_up or {}
    if vault is not None:
        follow = await open_doc(vault, follow, context=contexts.FOLLOW_UP)
    suggestion = (
        FollowUp(str(follow["text"]), str(follow.get("reason", "")), str(follow.get("kind", "")))
        if follow.get("text")
        else None
    )
    node = follow.get("node_index")
    return StoredResult(row.id, row.status, suggestion, int(node) if node is not None else None)


def _columns(
    analysis: AnswerAnalysis, analyser_version: str, vault: PiiVault, owner: int | None
) -> dict[str, Any]:
    transcript: Transcript = analysis.media.transcript
    follow = analysis.follow_up
    return {
        "status": analysis.status,
        "engine": transcript.engine,
        # The transcript is personal data: only its ciphertext is stored.
        "transcript_enc": vault.encrypt(transcript.text, context=contexts.TRANSCRIPT, owner=owner)
        if transcript.text
        else "",
        # The words of the timed segments are the candidate's too: sealed like the transcript.
        "segments": _segments(transcript, vault, owner),
        "duration_s": analysis.duration_s,
        # Cues, evidence quotes and the follow-up (it quotes the answer) are theirs too.
        "audio_cues": seal_doc(
            vault, analysis.media.audio_cues, context=contexts.AUDIO_CUES, owner=owner
        ),
        "vision_cues": seal_doc(
            vault, analysis.media.vision_cues, context=contexts.VISION_CUES, owner=owner
        ),
        "dimension_scores": seal_quotes(
            vault,
            {**analysis.score.to_dict(), "analyser_version": analyser_version},
            owner=owner,
        ),
        "flags": list(analysis.score.flags),
        "follow_up": seal_doc(
            vault,
            {"text": follow.text, "reason": follow.reason, "kind": follow.kind},
            context=contexts.FOLLOW_UP,
            owner=owner,
        )
        if follow is not None
        else {},
        "error": analysis.media.error,
    }


def _segments(transcript: Transcript, vault: PiiVault, owner: int | None) -> list[dict[str, Any]]:
    plain = [
        {"start": s.start, "end": s.end, "text": s.text, "confidence": s.confidence}
        for s in transcript.segments
    ]
    return vault.seal_segments(plain, owner=owner) if owner else plain


async def find_result(
    answer_id: int, analyser_version: str, vault: PiiVault | None = None
) -> StoredResult | None:
    """The stored result of this answer for this analyser version, if any (the vault opens its
    sealed follow-up suggestion)."""
    row = await AnalysisResult.get_or_none(answer_id=answer_id, analyser_version=analyser_version)
    return await _stored(row, vault) if row is not None else None


async def reusable_transcript(
    answer_id: int, vault: PiiVault | None = None
) -> PriorTranscript | None:
    """The newest result of any version that has a transcript (re-scoring reuses it; the vault
    opens segments sealed under the candidate's key)."""
    row = (
        await AnalysisResult.filter(answer_id=answer_id)
        .exclude(transcript_enc="")
        .order_by("-id")
        .first()
    )
    if row is None:
        return None
    segments = tuple(
        Segment(float(s["start"]), float(s["end"]), str(s["text"]), float(s["confidence"]))
        for s in (await vault.open_segments(row.segments) if vault is not None else row.segments)
    )
    audio, vision = dict(row.audio_cues), dict(row.vision_cues)
    if vault is not None:
        audio = await open_doc(vault, audio, context=contexts.AUDIO_CUES)
        vision = await open_doc(vault, vision, context=contexts.VISION_CUES)
    return PriorTranscript(
        row.transcript_enc, segments, row.engine, row.duration_s or 0, audio, vision
    )


async def record_analysis(
    answer_id: int,
    analyser_version: str,
    analysis: AnswerAnalysis,
    vault: PiiVault,
    *,
    owner: int | None = None,
) -> tuple[StoredResult, bool]:
    """Store the result once (the transcript sealed under candidate `owner`'s data key); a second
    call (retry, restarted worker) returns the first row."""
    if owner:
        await vault.unlock(owner, create=True)
    values = _columns(analysis, analyser_version, vault, owner)
    try:
        async with in_transaction():
            row, created = await AnalysisResult.get_or_create(
                answer_id=answer_id, analyser_version=analyser_version, defaults=values
            )
    except IntegrityError:
        # Two workers raced past get(); the unique constraint let exactly one insert win.
        row = await AnalysisResult.get(answer_id=answer_id, analyser_version=analyser_version)
        created = False
    return await _stored(row, vault), created


async def mark_follow_up_offered(result_id: int, node_index: int) -> None:
    """Remember that the suggested follow-up became plan node `node_index` (no second offer)."""
    async with in_transaction() as conn:
        row = await AnalysisResult.select_for_update().using_db(conn).get(id=result_id)
        row.follow_up = {**row.follow_up, "node_index": node_index}
        await row.save(using_db=conn, update_fields=["follow_up", "updated_at"])
