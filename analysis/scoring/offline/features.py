"""What the offline engine measures in an answer: behaviour, specifics, gaming signs, relevance.

Every feature is computed per sentence first (so evidence can be quoted), then summarised for
the answer. Length itself is not a feature: densities and counts of distinct details are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from analysis.scoring.offline import cues
from analysis.scoring.text import Sentence, content_chars, words

FEATURES = (
    "rel_q",
    "rel_ex",
    "rel_margin",
    "ex_minus_q",
    "rel_ex_z",
    "lex_rel",
    "dim_cue_share",
    "specifics",
    "named",
    "specific_density",
    "behaviour",
    "behaviour_share",
    "situation",
    "outcome",
    "reflection",
    "vague_share",
    "filler_rate",
    "repetition",
    "indicator_rate",
    "bare_indicators",
    "short_clauses",
    "buzz_rate",
    "bad_practice",
    "first_person",
    "content_x_rel",
    "demand",
    "actions",
    "dim_action_share",
    "demand_x_content",
    "competency_ratio",
)
_CLAUSE = re.compile(r"[，,、；;。！？!?\n]+")


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What one sentence shows."""

    sentence: Sentence
    behaviour: bool  # an own action on an object
    specifics: tuple[str, ...]  # numbers, times, named systems in it
    situation: bool
    outcome: bool
    reflection: bool
    vague: bool
    bad: tuple[str, ...]  # bad-practice phrases in it
    indicators: tuple[str, ...]  # rubric indicator phrases it contains verbatim
    dims: tuple[str, ...]  # tagged dimensions whose cues it shows
    actions: int = 0  # clauses in it that are an own action (spoken answers run clauses on)
    dim_actions: int = 0  # of those, clauses that show a tagged dimension's cue

    @property
    def dim_cue(self) -> bool:
        """Shows a cue of at least one tagged dimension."""
        return bool(self.dims)

    @property
    def weight(self) -> float:
        """How much this sentence is worth quoting as evidence of behaviour."""
        return (
            2.0 * self.behaviour
            + len(self.specifics)
            + 1.5 * self.outcome
            + 1.5 * self.reflection
            + 0.5 * self.situation
        )


def sentence_facts(
    sent: Sentence, indicators: Sequence[str], dimension_codes: Sequence[str] = ()
) -> SentenceFacts:
    """Read one sentence."""
    text = sent.text
    numbers = [n for n in cues.NUMBER.findall(text) if n.strip() not in {"一", "几", "两"}]
    # Words inside a rubric phrase are the phrase, not a named system ("比较多个方案").
    spans = [(m.start(), m.end()) for p in indicators if p for m in re.finditer(re.escape(p), text)]
    named = [
        m.group(0)
        for m in cues.NAMED.finditer(text)
        if not any(m.start() < end and start < m.end() for start, end in spans)
    ]
    specifics = tuple(dict.fromkeys(s.strip() for s in [*numbers, *named] if s.strip()))
    action = bool(cues.ACTION.search(text))
    actor = bool(cues.ACTOR.search(text) or cues.SEQUENCE.search(text))
    vague = bool(cues.VAGUE.search(text)) and not specifics
    done = bool(cues.DONE.search(text) or specifics or cues.SITUATION.search(text))
    # Behaviour: the candidate did (or concretely plans) something to something, not a maxim.
    behaviour = action and actor and done and not vague and content_chars(text) >= 8
    outcome = bool(cues.OUTCOME.search(text)) and bool(numbers or cues.RESULT_MARK.search(text))
    # Per clause: one run-on spoken sentence often holds several own actions ("我多接了晚班，
    # 还把话术发到群里"); the actor may be said once for all of them.
    acting = [
        c
        for c in _CLAUSE.split(text)
        if cues.ACTION.search(c) and content_chars(c) >= 4 and not cues.VAGUE.search(c)
    ]
    actions = acting if actor and not vague else []
    return SentenceFacts(
        sentence=sent,
        behaviour=behaviour,
        specifics=specifics,
        situation=bool(cues.SITUATION.search(text)),
        outcome=outcome,
        reflection=bool(cues.REFLECTION.search(text)),
        vague=vague,
        bad=tuple(m.group(0) for m in cues.BAD_PRACTICE.finditer(text) if _own(text, m.start())),
        indicators=tuple(p for p in indicators if p and p in text),
        dims=tuple(c for c in dimension_codes if _shows(c, text)),
        actions=len(actions),
        dim_actions=sum(1 for c in actions if any(_shows(d, c) for d in dimension_codes)),
    )


def competency_share(text: str, dimension_codes: Sequence[str]) -> float:
    """Share of the clauses (4+ content characters) that show a cue of the asked competencies."""
    clauses = [c for c in _CLAUSE.split(text) if content_chars(c) >= 4]
    if not clauses:
        return 0.0
    return sum(any(_shows(d, c) for d in dimension_codes) for c in clauses) / len(clauses)


# Below this share in its own exemplar the cue words do not describe the question (a
# self-introduction shows "communication" by how it is told, not by words about talking).
INFORMATIVE_SHARE = 0.3


@lru_cache(maxsize=512)
def exemplar_share(exemplars: tuple[str, ...], dimension_codes: tuple[str, ...]) -> float:
    """The competency share of the question's best exemplar (what an answer to it looks like)."""
    return max((competency_share(e, dimension_codes) for e in exemplars if e.strip()), default=0.0)


def competency_ratio(text: str, exemplars: Sequence[str], dimension_codes: Sequence[str]) -> float:
    """How many of the answer's clauses speak to the asked competencies, relative to the
    exemplar (1 = as many, 0 = none; 1 when the cue words do not describe the question)."""
    reference = exemplar_share(tuple(exemplars), tuple(dimension_codes))
    if reference < INFORMATIVE_SHARE:
        return 1.0
    return min(1.5, competency_share(text, dimension_codes) / reference)


def restatement(text: str) -> float:
    """Share of the answer's content words that repeat earlier ones: rambling restates the same
    words, a real account keeps bringing new ones."""
    terms = [w for w in words(text) if len(w) >= 2]
    return 1.0 - len(set(terms)) / len(terms) if terms else 0.0


def _own(text: str, start: int) -> bool:
    """A bad-practice phrase is the candidate's conduct unless someone else is its subject
    ("客户直接挂了电话" is what the candidate faced, not what they did)."""
    before = text[max(0, start - 6) : start]
    return not cues.OTHER_SUBJECT.search(before) or "我" in before


def _shows(code: str, text: str) -> bool:
    pattern = cues.DIMENSION_CUES.get(code)
    return bool(pattern and pattern.search(text))


def answer_features(
    text: str,
    facts: Sequence[SentenceFacts],
    relevance: Mapping[str, float],
    competency: float = 1.0,
) -> dict[str, float]:
    """The answer's feature vector (see FEATURES), from its sentences and relevance."""
    n = max(1, len(facts))
    chars = max(1, content_chars(text))
    per100 = 100.0 / chars
    specifics = {s for f in facts for s in f.specifics}
    numbers = sum(1 for s in specifics if not re.match(r"[A-Za-z]", s))
    named = len(specifics) - numbers
    behaviour = [f for f in facts if f.behaviour]
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    short = sum(1 for c in clauses if content_chars(c) <= 6 and not cues.ACTOR.search(c))
    hits = [p for f in facts for p in f.indicators]
    # An indicator phrase counts as evidence only inside a sentence that shows behaviour with a
    # concrete detail; elsewhere it is a listed keyword.
    bare = [p for f in facts for p in f.indicators if not (f.behaviour and f.specifics)]
    grams = [text[i : i + 4] for i in range(max(0, len(text) - 3))]
    repetition = 1.0 - len(set(grams)) / len(grams) if grams else 0.0
    content = math.log1p(len(specifics)) + math.log1p(len(behaviour))
    actions = sum(f.actions for f in facts)
    # 0 at the similarity any fluent off-topic answer reaches, 1 two spreads above it.
    on_topic = max(0.0, min(1.0, (relevance["rel_ex_z"] - 1.0) / 2.0))
    return {
        "rel_q": relevance["rel_q"],
        "rel_ex": relevance["rel_ex"],
        "rel_margin": relevance["rel_margin"],
        # Concrete answers resemble the exemplar answer more than the question's own wording;
        # generic ones echo the question.
        "ex_minus_q": relevance["rel_ex"] - relevance["rel_q"],
        "lex_rel": relevance["lex_rel"],
        "rel_ex_z": relevance["rel_ex_z"],
        "dim_cue_share": sum(f.dim_cue for f in facts) / n,
        "specifics": math.log1p(numbers),
        "named": math.log1p(named),
        # Details per 100 characters: a short, dense answer is as concrete as a long one.
        "specific_density": min(5.0, len(specifics) * per100),
        "behaviour": math.log1p(len(behaviour)),
        "behaviour_share": len(behaviour) / n,
        "situation": min(1.0, sum(f.situation for f in facts) / 2.0),
        "outcome": min(1.0, sum(f.outcome for f in facts) / 2.0),
        "reflection": min(1.0, float(sum(f.reflection for f in facts))),
        "vague_share": sum(f.vague for f in facts) / n,
        "filler_rate": len(cues.FILLER.findall(text)) * per100,
        "repetition": repetition,
        "indicator_rate": len(hits) / max(1, len(clauses)),
        "bare_indicators": math.log1p(len(bare)),
        "short_clauses": short / max(1, len(clauses)),
        "buzz_rate": len(cues.BUZZ.findall(text)) * per100,
        "bad_practice": math.log1p(sum(len(f.bad) for f in facts)),
        "first_person": sum(bool(cues.ACTOR.search(f.sentence.text)) for f in facts) / n,
        # Details only count when the answer is about the question asked.
        "content_x_rel": content * on_topic,
        # Cosine margin of the kind of episode asked for over any other kind (embed.py), x10.
        "demand": 10.0 * relevance["demand"],
        "actions": math.log1p(actions),
        # Of the own actions, the share that show a competency the question asks about: a
        # concrete story about something else has many actions and few of these.
        "dim_action_share": sum(f.dim_actions for f in facts) / actions if actions else 0.0,
        # Details only count for the kind of episode asked for.
        "demand_x_content": content * max(-1.0, min(1.0, 50.0 * relevance["demand"])),
        "competency_ratio": competency,
    }
