"""A judge's verdict on one dimension: parsed strictly, its quotes checked against the transcript.

The model's word is never taken for evidence: a quote counts only when it is a verbatim,
contiguous part of what the candidate said (whitespace aside, since ASR and models space
Chinese text differently). A level left without a surviving quote is "not assessed".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from analysis.scoring.calibration import level_to_score
from analysis.scoring.llm.prompt import MAX_QUOTES, NO_EVIDENCE_LEVEL
from analysis.scoring.types import Contribution, DimensionScore, DimensionSpec, Evidence
from analysis.types import Transcript

# Shorter "quotes" (a word or two) are found in almost any answer and prove nothing.
MIN_QUOTE_CHARS = 4
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)
_WRAPPERS = ("“”", '""', "「」", "『』", "‘’", "''")


class InvalidVerdict(ValueError):
    """The judge's reply is not a verdict of the expected shape."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the judge said about one dimension, before any checking."""

    level: int  # 1..5, or 0 for "no evidence of this dimension"
    quotes: tuple[str, ...]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (what the verdict cache stores)."""
        return {"level": self.level, "quotes": list(self.quotes), "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        """Inverse of to_dict; InvalidVerdict when the data is not a verdict."""
        return _validate(data)


def parse_verdict(content: str | None) -> Verdict:
    """The verdict in a chat reply: a JSON object, bare or in a code fence, checked field by
    field; InvalidVerdict names what is wrong."""
    if not content or not content.strip():
        raise InvalidVerdict("empty reply")
    text = _FENCE.sub("", content.strip())
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # Servers without structured output may wrap the object in prose: take the outermost one.
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise InvalidVerdict("no JSON object in the reply") from None
        try:
            data = json.loads(text[start : end + 1])
        except json.JSONDecodeError as exc:
            raise InvalidVerdict(f"reply is not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise InvalidVerdict("reply is not a JSON object")
    return _validate(data)


def _validate(data: dict[str, Any]) -> Verdict:
    level = data.get("level")
    if isinstance(level, str) and level.strip().isdigit():
        level = int(level.strip())
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 5:
        raise InvalidVerdict(f"level must be an integer 0-5, got {data.get('level')!r}")
    quotes = data.get("quotes", [])
    if not isinstance(quotes, list) or not all(isinstance(q, str) for q in quotes):
        raise InvalidVerdict("quotes must be a list of strings")
    reason = data.get("reason", "")
    if not isinstance(reason, str):
        raise InvalidVerdict("reason must be a string")
    return Verdict(level, tuple(quotes), reason.strip())


def _squeeze(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace, and for each kept character its index in `text`."""
    kept: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if not ch.isspace():
            kept.append(ch)
            where.append(i)
    return "".join(kept), where


def verbatim_span(transcript_text: str, quote: str) -> str | None:
    """The transcript's own words for `quote` when it is a verbatim part of it (whitespace
    ignored, one pair of quotation marks the model added tolerated); otherwise None."""
    squeezed, where = _squeeze(transcript_text)
    candidates = [quote.strip()]
    inner = candidates[0]
    if len(inner) >= 2 and any(inner[0] == w[0] and inner[-1] == w[1] for w in _WRAPPERS):
        candidates.append(inner[1:-1].strip())
    for cand in candidates:
        needle, _ = _squeeze(cand)
        if len(needle) < MIN_QUOTE_CHARS:
            continue
        pos = squeezed.find(needle)
        if pos >= 0:
            return transcript_text[where[pos] : where[pos + len(needle) - 1] + 1]
    return None


def _locate(transcript: Transcript, span: str) -> tuple[float, float, int]:
    """Start, end and first segment of `span` in the transcript's segments (whole answer when
    the segments do not contain it, e.g. after text normalisation)."""
    needle, _ = _squeeze(span)
    joined = ""
    bounds: list[tuple[int, int]] = []
    for seg in transcript.segments:
        squeezed, _ = _squeeze(seg.text)
        bounds.append((len(joined), len(joined) + len(squeezed)))
        joined += squeezed
    pos = joined.find(needle) if needle else -1
    if pos < 0 or not transcript.segments:
        return 0.0, float(transcript.duration_s), 0
    end_pos = pos + len(needle)
    hit = [i for i, (a, b) in enumerate(bounds) if a < end_pos and b > pos]
    first, last = transcript.segments[hit[0]], transcript.segments[hit[-1]]
    return first.start, last.end, hit[0]


def verified_evidence(transcript: Transcript, quotes: tuple[str, ...]) -> tuple[Evidence, ...]:
    """The quotes that are verbatim parts of the transcript, as Evidence in the transcript's own
    words (deduplicated, at most MAX_QUOTES); invented or paraphrased quotes are dropped."""
    out: list[Evidence] = []
    seen: set[str] = set()
    for quote in quotes:
        span = verbatim_span(transcript.text, quote)
        if span is None or span in seen:
            continue
        seen.add(span)
        start, end, seg = _locate(transcript, span)
        out.append(Evidence(span, start, end, seg, ("llm",), "模型引用的原文"))
        if len(out) == MAX_QUOTES:
            break
    return tuple(out)


def dimension_score(
    spec: DimensionSpec, verdict: Verdict, transcript: Transcript, asr_confidence: float
) -> DimensionScore:
    """The verdict as a calibrated DimensionScore, or "not assessed" with the reason."""
    reason = verdict.reason or "（模型未给出理由）"
    if verdict.level == NO_EVIDENCE_LEVEL:
        return DimensionScore(
            spec.code,
            spec.name,
            None,
            0.0,
            not_assessed_reason=f"回答未体现该维度的行为表现（模型判断：{reason}）",
        )
    evidence = verified_evidence(transcript, verdict.quotes)
    if not evidence:
        given = len(verdict.quotes)
        why = "模型未给出原文摘录" if not given else f"模型给出的{given}段摘录都不是回答原文"
        return DimensionScore(
            spec.code,
            spec.name,
            None,
            0.0,
            not_assessed_reason=f"{why}，等级{verdict.level}缺少可核实的证据，未评估",
        )
    score = level_to_score(verdict.level)
    # Not a model probability: how much verified evidence backs the level, times ASR trust.
    confidence = asr_confidence * (0.6 + 0.4 * min(1.0, len(evidence) / 2))
    contribution = Contribution(
        signal="llm_level",
        value=round((verdict.level - 1) / 4, 4),
        weight=1.0,
        points=score,
        detail=f"模型评定等级 {verdict.level}：{reason}",
    )
    return DimensionScore(
        code=spec.code,
        name=spec.name,
        score=score,
        confidence=round(confidence, 3),
        level=float(verdict.level),
        evidence=evidence,
        contributions=(contribution,),
    )
