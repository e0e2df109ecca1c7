"""Score one answer against the dimensions its question is tagged with, from evidence only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from analysis.scoring.engine import LexicalEngine, MatchEngine
from analysis.scoring.signals import (
    SignalResult,
    coverage,
    length_adequacy,
    specificity,
    star,
)
from analysis.scoring.text import Sentence, content_chars, sentences
from analysis.scoring.types import (
    AnswerScore,
    Contribution,
    DimensionScore,
    DimensionSpec,
    Evidence,
    QuestionSpec,
)
from analysis.types import Flag, Transcript

WEIGHTS: dict[str, float] = {
    "rubric": 0.35,
    "star": 0.20,
    "specificity": 0.20,
    "relevance": 0.15,
    "length": 0.10,
}
SIGNAL_NAMES = {
    "rubric": "行为指标",
    "star": "STAR结构",
    "specificity": "具体程度",
    "relevance": "切题程度",
    "length": "回答充分度",
}
MIN_CHARS = 12
# A TF-IDF cosine of 0.35 with an exemplar answer is already a close paraphrase.
RELEVANCE_FULL = 0.35
MAX_EVIDENCE = 5

# Flags that mean there is nothing trustworthy to score; the others only inform.
BLOCKING: dict[str, str] = {
    Flag.SILENT: "未检测到有效语音或文字，无法评估",
    Flag.UNUSABLE_MEDIA: "录音或视频无法使用，无法评估",
    Flag.LOW_ASR_CONFIDENCE: "语音识别可信度过低，无法可靠评估，建议人工复核录音",
    Flag.TOO_SHORT: f"回答过短（少于{MIN_CHARS}字），证据不足，无法评估",
}


def answer_flags(
    transcript: Transcript, flags: Iterable[str] = (), *, min_asr_confidence: float = 0.45
) -> tuple[str, ...]:
    """The given flags plus what the transcript itself shows (silent, too short, unreliable)."""
    out = list(dict.fromkeys(str(f) for f in flags))

    def add(flag: Flag) -> None:
        if flag.value not in out:
            out.append(flag.value)

    if transcript.is_empty:
        add(Flag.SILENT)
    elif content_chars(transcript.text) < MIN_CHARS:
        add(Flag.TOO_SHORT)
    if (
        not transcript.is_empty
        and transcript.engine != "text"
        and transcript.confidence < min_asr_confidence
    ):
        add(Flag.LOW_ASR_CONFIDENCE)
    return tuple(out)


def score_answer(
    transcript: Transcript,
    question: QuestionSpec,
    dimensions: Sequence[DimensionSpec],
    *,
    flags: Iterable[str] = (),
    engine: MatchEngine | None = None,
    min_asr_confidence: float = 0.45,
) -> AnswerScore:
    """Score each tagged dimension 0..10 with evidence, or mark it not assessed with the reason."""
    engine = engine or LexicalEngine()
    all_flags = answer_flags(transcript, flags, min_asr_confidence=min_asr_confidence)
    by_code = {d.code: d for d in dimensions}
    tagged = list(dict.fromkeys(question.dimension_codes))
    blocking = [f for f in all_flags if f in BLOCKING]
    if blocking:
        reason = BLOCKING[blocking[0]]
        dims = tuple(_not_assessed(code, by_code, reason) for code in tagged)
        return AnswerScore(dims, all_flags, reason, engine.name)

    sents = tuple(s for s in sentences(transcript) if s.confidence >= min_asr_confidence)
    if transcript.engine == "text":
        sents = sentences(transcript)
    references = [*question.exemplar_answers, question.text]
    relevance_raw = engine.similarity(transcript.text, references)
    relevance = _relevance_signal(sents, references, relevance_raw, engine)
    shared = {
        "star": star(sents),
        "specificity": specificity(sents),
        "relevance": relevance,
        "length": length_adequacy(transcript.text, question.answer_time_s, transcript.duration_s),
    }
    asr_conf = 1.0 if transcript.engine == "text" else max(0.0, min(1.0, transcript.confidence))
    dims_out: list[DimensionScore] = []
    for code in tagged:
        spec = by_code.get(code)
        if spec is None:
            dims_out.append(_not_assessed(code, by_code, "岗位能力模型中没有该维度，未评估"))
            continue
        dims_out.append(_score_dimension(spec, sents, shared, engine, asr_conf))
    values = {name: sig.value for name, sig in shared.items()}
    values["relevance_cosine"] = relevance_raw
    return AnswerScore(tuple(dims_out), all_flags, "", engine.name, values)


def _relevance_signal(
    sents: Sequence[Sentence], references: Sequence[str], raw: float, engine: MatchEngine
) -> SignalResult:
    value = min(1.0, raw / RELEVANCE_FULL)
    ranked = sorted(
        ((engine.similarity(s.text, references), s.index) for s in sents),
        key=lambda t: (-t[0], t[1]),
    )
    ids = tuple(idx for sim, idx in ranked[:2] if sim >= 0.1)
    detail = f"与参考回答/题目的相似度 {raw:.2f}"
    return SignalResult(round(value, 4), ids, detail)


def _score_dimension(
    spec: DimensionSpec,
    sents: Sequence[Sentence],
    shared: dict[str, SignalResult],
    engine: MatchEngine,
    asr_conf: float,
) -> DimensionScore:
    rubric, level = coverage(sents, spec.levels, engine)
    if level is None and shared["relevance"].value < 0.15:
        return DimensionScore(
            spec.code,
            spec.name,
            None,
            0.0,
            not_assessed_reason="回答与题目关联度低，且未出现该维度的行为表现，证据不足",
        )
    signals = {"rubric": rubric, **shared}
    contributions = tuple(
        Contribution(
            signal=name,
            value=sig.value,
            weight=WEIGHTS[name],
            points=round(10.0 * WEIGHTS[name] * sig.value, 3),
            detail=f"{SIGNAL_NAMES[name]}：{sig.detail}",
        )
        for name, sig in signals.items()
    )
    score = round(sum(c.points for c in contributions), 2)
    evidence = _evidence(sents, signals)
    length_v = shared["length"].value
    confidence = asr_conf * (0.4 + 0.3 * min(1.0, len(evidence) / 3) + 0.3 * length_v)
    return DimensionScore(
        code=spec.code,
        name=spec.name,
        score=score,
        confidence=round(confidence, 3),
        level=level,
        evidence=evidence,
        contributions=contributions,
    )


def _evidence(sents: Sequence[Sentence], signals: dict[str, SignalResult]) -> tuple[Evidence, ...]:
    by_index = {s.index: s for s in sents}
    tags: dict[int, list[str]] = {}
    notes: dict[int, list[str]] = {}
    order: list[int] = []
    for name in ("rubric", "star", "specificity", "relevance"):
        sig = signals[name]
        for pos, idx in enumerate(sig.sentence_ids):
            if idx not in tags:
                tags[idx], notes[idx] = [], []
                order.append(idx)
            note = sig.notes[pos] if pos < len(sig.notes) else ""
            label = note if note.startswith("star:") else name
            if label not in tags[idx]:
                tags[idx].append(label)
            if name == "rubric" and note:
                notes[idx].append(note.split("·", 1)[-1])
    chosen = order[:MAX_EVIDENCE]
    return tuple(
        Evidence(
            text=by_index[i].text,
            start=by_index[i].start,
            end=by_index[i].end,
            segment_index=by_index[i].segment_index,
            signals=tuple(tags[i]),
            note="、".join(dict.fromkeys(notes[i])),
        )
        for i in sorted(chosen)
    )


def _not_assessed(code: str, by_code: dict[str, DimensionSpec], reason: str) -> DimensionScore:
    spec = by_code.get(code)
    return DimensionScore(code, spec.name if spec else code, None, 0.0, not_assessed_reason=reason)


class LexicalScorer:
    """The first, keyword-and-length scorer behind the AnswerScorer port, kept as the baseline
    that `dinghire eval scoring --engine lexical` compares the offline engine against."""

    engine = "lexical"

    def __init__(self, match: MatchEngine | None = None) -> None:
        self._match = match or LexicalEngine()

    @property
    def model(self) -> str:
        """The phrase-matching engine inside (lexical or paddlenlp)."""
        return self._match.name

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """Score with the weighted lexical signals."""
        result = score_answer(
            transcript,
            question,
            dimensions,
            flags=flags,
            engine=self._match,
            min_asr_confidence=min_asr_confidence,
        )
        return AnswerScore(
            result.dimensions,
            result.flags,
            result.not_assessed_reason,
            self.engine,
            result.signals,
            self.model,
        )
