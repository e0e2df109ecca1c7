"""The offline scoring engine: behaviour evidence, specifics and relevance -> rubric level 1-5.

No model server: features (analysis.scoring.offline.features), e5 relevance (embed) and the
committed learned weights (model) give the answer's level; each tagged dimension then gets its
own level from the sentences that show that dimension, quoted verbatim with their timestamps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analysis.scoring.calibration import level_to_score
from analysis.scoring.offline.embed import MODEL_NAME, Embedder, relevance
from analysis.scoring.offline.features import (
    SentenceFacts,
    answer_features,
    competency_ratio,
    restatement,
    sentence_facts,
)
from analysis.scoring.offline.model import LevelModel, load_model
from analysis.scoring.scorer import BLOCKING, answer_flags
from analysis.scoring.text import sentences
from analysis.scoring.types import (
    AnswerScore,
    Contribution,
    DimensionScore,
    DimensionSpec,
    Evidence,
    QuestionSpec,
)
from analysis.types import Transcript

ENGINE = "offline"
MAX_EVIDENCE = 3
# Bad practice told as the candidate's own conduct caps the answer at this level.
BAD_PRACTICE_CAP = 1.4
# Off-topic: no closer to the question's exemplar than everyday talk is (z below OFF_TOPIC_Z), or
# barely closer while sharing almost no words with it. Chosen on the training corpus, where it
# catches about three in four off-topic answers and marks few genuine ones; a penalty, not a cap,
# so a misjudged genuine answer still ranks above the weak ones.
OFF_TOPIC_Z = 1.0
OFF_TOPIC_NEAR_Z = 1.8
OFF_TOPIC_LEX = 0.03
OFF_TOPIC_PENALTY = 1.0
# Another kind of episode: few of its clauses speak to the asked competencies compared with the
# question's exemplar (feature competency_ratio) AND it sits closer to another kind of episode's
# anchors than to the question's own (feature demand: cosine margin x10). Two independent weak
# signals must agree; chosen on the training corpus.
# With both signals agreeing (no genuine corpus answer does) the answer is capped like rambling:
# it does not answer what was asked, however concrete it is.
OFF_KIND_RATIO = 0.25
OFF_KIND_DEMAND = -0.1
OFF_KIND_CAP = 2.0
# Rubric phrases listed outside any concrete behaviour: three or more with at most one concrete
# sentence is keyword stuffing, capped at this level.
STUFFING_PHRASES = 3
STUFFING_CAP = 1.3
# Rambling: a quarter or more of the content words restate earlier ones (genuine answers in the
# training corpus stay below, rambling ones mostly above); it cannot rank above level 2.
RAMBLING_RESTATEMENT = 0.25
RAMBLING_CAP = 2.0
# A dimension's own evidence moves its level at most this far from the answer's level.
DIMENSION_SPREAD = 0.5
EXPLAINED = {
    "behaviour": "具体行动",
    "specifics": "数字与时间",
    "named": "具体系统/工具",
    "outcome": "结果",
    "reflection": "复盘反思",
    "situation": "情境",
    "rel_ex": "与参考回答的相关度",
    "vague_share": "泛泛而谈",
    "repetition": "重复",
    "filler_rate": "口头语",
    "indicator_rate": "堆砌评分标准用语",
    "buzz_rate": "空泛术语",
    "bad_practice": "不当做法",
    "dim_cue_share": "与题目考察点相关",
}


@dataclass(frozen=True, slots=True)
class Measured:
    """What the engine read from one answer."""

    facts: tuple[SentenceFacts, ...]
    features: dict[str, float]


def measure(
    transcript: Transcript,
    question: QuestionSpec,
    dimensions: Sequence[DimensionSpec],
    embedder: Embedder,
    *,
    min_asr_confidence: float = 0.45,
) -> Measured:
    """Sentence facts and answer features (shared by scoring and training)."""
    sents = sentences(transcript)
    if transcript.engine != "text":
        sents = tuple(s for s in sents if s.confidence >= min_asr_confidence)
    tagged = [d for d in dimensions if d.code in question.dimension_codes]
    indicators = [p for d in tagged for lv in d.levels for p in lv.indicators]
    facts = tuple(sentence_facts(s, indicators, question.dimension_codes) for s in sents)
    text = "".join(s.text for s in sents)
    rel = relevance(embedder, text, question.text, question.exemplar_answers)
    ratio = competency_ratio(text, question.exemplar_answers, question.dimension_codes)
    return Measured(facts, answer_features(text, facts, rel, ratio))


class OfflineScorer:
    """The embedded default engine behind the AnswerScorer port."""

    engine = ENGINE

    def __init__(self, *, cpu_threads: int = 1, model: LevelModel | None = None) -> None:
        self._embedder = Embedder(threads=min(cpu_threads, 2))
        self._model = model or load_model()

    @property
    def model(self) -> str:
        """Weights version and the sentence-embedding model."""
        return f"{self._model.version} + {MODEL_NAME}"

    def warm_up(self) -> None:
        """Load the embedding model now instead of on the first answer."""
        self._embedder.warm_up()

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """Each tagged dimension's level from evidence, or not assessed with the reason."""
        all_flags = answer_flags(transcript, flags, min_asr_confidence=min_asr_confidence)
        by_code = {d.code: d for d in dimensions}
        tagged = list(dict.fromkeys(question.dimension_codes))
        blocking = [f for f in all_flags if f in BLOCKING]
        if blocking:
            reason = BLOCKING[blocking[0]]
            dims = tuple(_not_assessed(c, by_code, reason) for c in tagged)
            return AnswerScore(dims, all_flags, reason, self.engine, {}, self.model)
        measured = measure(
            transcript, question, dimensions, self._embedder, min_asr_confidence=min_asr_confidence
        )
        if not measured.facts:
            reason = BLOCKING["low_asr_confidence"]
            dims = tuple(_not_assessed(c, by_code, reason) for c in tagged)
            return AnswerScore(dims, all_flags, reason, self.engine, {}, self.model)
        level, p = self._model.level(measured.features)
        off_topic = _off_topic(measured.features)
        other_kind = _other_kind(measured.features)
        if off_topic:
            level = max(1.0, level - OFF_TOPIC_PENALTY)
        if other_kind:
            level = min(level, OFF_KIND_CAP)
        text = "".join(f.sentence.text for f in measured.facts)
        if restatement(text) >= RAMBLING_RESTATEMENT:
            level = min(level, RAMBLING_CAP)
        if _stuffed(measured.facts):
            level = min(level, STUFFING_CAP)
        bad = [f for f in measured.facts if f.bad]
        if bad:
            level = min(level, BAD_PRACTICE_CAP)
        asr = 1.0 if transcript.engine == "text" else max(0.0, min(1.0, transcript.confidence))
        contributions = self._contributions(measured.features)
        strengths = {code: _strength(measured.facts, code) for code in tagged}
        mean_strength = sum(strengths.values()) / max(1, len(strengths))
        dims_out = []
        for code in tagged:
            spec = by_code.get(code)
            if spec is None:
                dims_out.append(_not_assessed(code, by_code, "岗位能力模型中没有该维度，未评估"))
                continue
            dim_level = level + DIMENSION_SPREAD * (strengths[code] - mean_strength)
            dim_level = max(1.0, min(5.0, dim_level)) if not bad else level
            evidence = _evidence(
                measured.facts, code, level, off_topic=off_topic, other_kind=other_kind
            )
            if not evidence:
                reason = "回答中没有体现该维度的具体行为或表述，证据不足，未评估"
                dims_out.append(_not_assessed(code, by_code, reason))
                continue
            certainty = abs(2.0 * p - 1.0)
            confidence = asr * (0.45 + 0.3 * min(1.0, len(evidence) / 2) + 0.25 * certainty)
            dims_out.append(
                DimensionScore(
                    code=code,
                    name=spec.name,
                    score=level_to_score(dim_level),
                    confidence=round(confidence, 3),
                    level=round(dim_level, 2),
                    evidence=evidence,
                    contributions=contributions,
                )
            )
        signals = {k: round(v, 4) for k, v in measured.features.items()}
        signals["genuine_probability"] = round(p, 4)
        signals["level"] = round(level, 3)
        return AnswerScore(tuple(dims_out), all_flags, "", self.engine, signals, self.model)

    def _contributions(self, values: dict[str, float]) -> tuple[Contribution, ...]:
        """The features that moved the level most, in level points (for the explanation)."""
        z = self._model.standardise(values)
        names = self._model.features
        coef = self._model.genuine
        parts = [
            (names[i], values[names[i]], coef[i], coef[i] * z[i])
            for i in range(len(names))
            if names[i] in EXPLAINED
        ]
        parts.sort(key=lambda t: (-abs(t[3]), t[0]))
        return tuple(
            Contribution(
                signal=name,
                value=round(value, 4),
                weight=round(weight, 4),
                points=round(points * 2.5, 3),  # one level is 2.5 points of 10
                detail=EXPLAINED[name],
            )
            for name, value, weight, points in parts[:6]
        )


def _stuffed(facts: Sequence[SentenceFacts]) -> bool:
    bare = sum(len(f.indicators) for f in facts if not (f.behaviour and f.specifics))
    concrete = sum(1 for f in facts if f.behaviour and f.specifics)
    return bare >= STUFFING_PHRASES and concrete <= 1


def _off_topic(features: dict[str, float]) -> bool:
    z = features["rel_ex_z"]
    if z < OFF_TOPIC_Z or (z < OFF_TOPIC_NEAR_Z and features["lex_rel"] < OFF_TOPIC_LEX):
        return True
    return _other_kind(features)


def _other_kind(features: dict[str, float]) -> bool:
    """Tells another kind of episode than the one asked for (module comment at OFF_KIND_*)."""
    return features["competency_ratio"] < OFF_KIND_RATIO and features["demand"] < OFF_KIND_DEMAND


def _strength(facts: Sequence[SentenceFacts], code: str) -> float:
    """How much concrete behaviour the answer shows for one dimension, 0..1."""
    mine = sorted((f.weight for f in facts if code in f.dims), reverse=True)[:MAX_EVIDENCE]
    return min(1.0, sum(mine) / 9.0)


def _evidence(
    facts: Sequence[SentenceFacts],
    code: str,
    level: float,
    *,
    off_topic: bool = False,
    other_kind: bool = False,
) -> tuple[Evidence, ...]:
    """Verbatim sentences the dimension's level rests on."""
    bad = [f for f in facts if f.bad]
    if bad:
        chosen = bad[:MAX_EVIDENCE]
    else:
        concrete = [f for f in facts if f.behaviour or f.specifics]
        # The dimension's own sentences first; a question tagged with it makes the answer's
        # concrete sentences its evidence when none speaks to it alone (e.g. 沟通表达 in an intro).
        mine = [f for f in concrete if code in f.dims] or concrete
        if mine:
            chosen = sorted(mine, key=lambda f: (-f.weight, f.sentence.index))[:MAX_EVIDENCE]
        elif level < 2.5:
            # A weak answer's own words are the evidence of its level: generic or off-topic.
            chosen = list(facts[:2])
        else:
            return ()
    ordered = sorted(chosen, key=lambda f: f.sentence.index)
    return tuple(_as_evidence(f, off_topic=off_topic, other_kind=other_kind) for f in ordered)


def _as_evidence(
    f: SentenceFacts, *, off_topic: bool = False, other_kind: bool = False
) -> Evidence:
    signals: list[str] = []
    notes: list[str] = []
    if other_kind:
        signals.extend(("off_topic", "other_kind"))
        notes.append("讲的是另一类经历，没有回答题目所问的情境和做法")
    elif off_topic:
        signals.append("off_topic")
        notes.append("与题目关联度低，像是在回答别的问题")
    if f.bad:
        signals.append("bad_practice")
        notes.append("不当做法：" + "、".join(dict.fromkeys(f.bad)))
    if f.behaviour:
        signals.append("behaviour")
    if f.specifics:
        signals.append("specifics")
        notes.append("细节：" + "、".join(f.specifics[:4]))
    if f.outcome:
        signals.append("outcome")
    if f.reflection:
        signals.append("reflection")
    if f.indicators and not (f.behaviour and f.specifics):
        signals.append("listed_indicators")
        notes.append("只列出评分用语，没有具体行为")
    if f.vague:
        signals.append("vague")
        notes.append("泛泛而谈，没有具体事例")
    if not signals:
        signals.append("context")
    s = f.sentence
    return Evidence(s.text, s.start, s.end, s.segment_index, tuple(signals), "；".join(notes))


def _not_assessed(code: str, by_code: dict[str, DimensionSpec], reason: str) -> DimensionScore:
    spec = by_code.get(code)
    return DimensionScore(code, spec.name if spec else code, None, 0.0, not_assessed_reason=reason)
