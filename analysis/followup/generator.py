"""Pick one follow-up question from what the answer lacks: a result, a concrete example, or the
best-fitting template. Rules, not a model, so it runs in milliseconds and explains itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.scoring.engine import LexicalEngine, MatchEngine
from analysis.scoring.scorer import BLOCKING, answer_flags
from analysis.scoring.signals import STAR_CUES, specificity, specifics, star, star_parts
from analysis.scoring.text import Sentence, content_chars, sentences
from analysis.scoring.types import QuestionSpec
from analysis.types import Transcript

# A self-assessment ("我觉得自己…能力比较强") is the claim most in need of an example; then
# claims of having done something without saying what.
_SELF_ASSESSMENT = re.compile(r"我(?:觉得|认为|相信|自认为)|(?:擅长|善于|能力|比较强|很强|很好)")
_CLAIM = re.compile(
    r"我(?:们)?(?:很|比较|非常|一直|能够|可以|经常|总是|负责|带领|推动|解决|提升|优化|主导|"
    r"处理过|做过)"
)
_MAX_QUOTE = 24
# Specificity below this: the claims need an example before anything else is worth asking.
VAGUE_BELOW = 0.25
THIN_BELOW = 0.4


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A follow-up question with the reason it was asked (for HR) and which rule chose it."""

    text: str
    reason: str
    kind: str  # missing_result | no_example | template
    source_sentence: str = ""


def suggest_follow_up(
    transcript: Transcript,
    question: QuestionSpec,
    *,
    engine: MatchEngine | None = None,
    min_asr_confidence: float = 0.45,
) -> FollowUp | None:
    """The follow-up to offer after this answer; None when the node allows none or none fits."""
    if not question.allow_follow_up:
        return None
    flags = answer_flags(transcript, min_asr_confidence=min_asr_confidence)
    if any(f in BLOCKING for f in flags):
        # Nothing reliable was said: a follow-up would ask about words we did not hear.
        return None
    engine = engine or LexicalEngine()
    sents = sentences(transcript)
    structure = star(sents)
    parts = star_parts(structure)
    detail = specificity(sents)
    if detail.value < VAGUE_BELOW:
        return _no_example(sents)
    if "A" in parts and "R" not in parts:
        action = _sentence_with(sents, STAR_CUES["A"]) or _first(sents)
        return FollowUp(
            text=f"你提到“{_quote(action, last=True)}”，最后结果怎么样？有没有可以衡量效果的数据？",
            reason="回答描述了做法，但没有说明结果（STAR 中缺少“结果”）",
            kind="missing_result",
            source_sentence=action,
        )
    if detail.value < THIN_BELOW:
        return _no_example(sents)
    template = _best_template(transcript.text, question.follow_up_templates, engine)
    if template is not None:
        text, sim = template
        return FollowUp(
            text=text,
            reason=f"回答结构完整，选用与回答内容最相关的预设追问（相似度 {sim:.2f}）",
            kind="template",
        )
    return None


def _best_template(
    answer: str, templates: Sequence[str], engine: MatchEngine
) -> tuple[str, float] | None:
    scored = sorted(
        ((engine.similarity(answer, [t]), pos, t) for pos, t in enumerate(templates) if t.strip()),
        key=lambda x: (-x[0], x[1]),
    )
    if not scored:
        return None
    return scored[0][2], scored[0][0]


def _no_example(sents: Sequence[Sentence]) -> FollowUp:
    claim = _claim(sents)
    return FollowUp(
        text=(
            f"你提到“{_quote(claim)}”，能举一个具体的例子吗？"
            "比如当时的情况、你具体做了什么、用了多长时间、带来了什么数字上的变化。"
        ),
        reason="回答中的说法缺少具体例子和数据（数字、时间、工具或具体行动很少）",
        kind="no_example",
        source_sentence=claim,
    )


def _sentence_with(sents: Sequence[Sentence], cues: Sequence[str]) -> str:
    hits = [s.text for s in sents if any(c in s.text for c in cues)]
    return hits[-1] if hits else ""


def _claim(sents: Sequence[Sentence]) -> str:
    """The clause that most needs an example: a self-assessment, then a bare claim of action."""
    clauses = [
        c.strip()
        for sent in sents
        if not any(specifics(sent.text)[k] for k in ("numbers", "percentages"))
        for c in re.split(r"[，,、。！？!?；;]", sent.text)
        if c.strip()
    ]
    for pattern in (_SELF_ASSESSMENT, _CLAIM):
        for clause in clauses:
            if pattern.search(clause):
                return clause
    pool = clauses or [s.text for s in sents]
    return max(pool, key=lambda c: (content_chars(c), -pool.index(c))) if pool else ""


def _first(sents: Sequence[Sentence]) -> str:
    return sents[0].text if sents else ""


def _quote(text: str, *, last: bool = False) -> str:
    """A short quote of the candidate's words, cut at a clause boundary (the last one: the
    latest step they described)."""
    text = text.strip().rstrip("。！？!?；;，,")
    if len(text) <= _MAX_QUOTE:
        return text
    clauses = [c.strip() for c in re.split(r"[，,、]", text) if c.strip()]
    first = (clauses[-1] if last else clauses[0]) if clauses else text
    return first if len(first) <= _MAX_QUOTE else first[:_MAX_QUOTE] + "…"
