"""Compose the offline engine's labelled training corpus from the hand-written story parts.

`python -m dinghire.scoring_corpus.compose` rewrites `train.jsonl` beside this file.
Every part in `stories_*.json` and `misc.json` was written for this corpus (no shared dev-set
text). Each story gives genuine answers at levels 5, 4 and 3 by how much of it is told (own
actions, figures, outcome, reflection); per question, vague and rambling answers (level 2) come
from its generic sentences, keyword-stuffed ones (level 1) from its rubric indicator phrases,
off-topic ones (level 1) from another domain's story, and wrong-practice ones (level 1) are
written out. The composition is seeded, so the file is reproducible.
"""

from __future__ import annotations

import json
import random
from typing import Any

from dinghire.scoring_corpus import CORPUS

HERE = CORPUS  # the corpus folder in analysis.scoring.offline
OUTPUT = HERE / "train.jsonl"
QUESTIONS = HERE / "questions.jsonl"
DOMAINS = {
    "tech": ("incident_a", "incident_b", "design", "learn"),
    "team": ("conflict_a", "conflict_b", "values", "mentor"),
    "sales": ("sales_win", "sales_reject", "pressure", "new_market"),
    "service": ("angry_customer", "service_improve"),
    "self": ("intro", "deadline", "data_decision", "learn_fast"),
}

# Domains whose stories clearly answer something else (a sales win is no answer to an outage
# question); questions about oneself ("self") only get everyday off-topic talk, since almost any
# work story could answer them.
FAR = {
    "tech": ("sales", "service"),
    "team": ("tech", "sales"),
    "sales": ("tech", "team"),
    "service": ("tech",),
    "self": (),
}


def _domain(key: str) -> str:
    return next(d for d, keys in DOMAINS.items() if key in keys)


def load_parts() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The story parts of every question and the shared pieces."""
    questions: list[dict[str, Any]] = []
    for path in sorted(HERE.glob("stories_*.json")):
        questions.extend(json.loads(path.read_text(encoding="utf-8")))
    misc = json.loads((HERE / "misc.json").read_text(encoding="utf-8"))
    return questions, misc


def _genuine(story: dict[str, Any]) -> list[tuple[int, str, str]]:
    s, (a1, a2, a3), r, r0, f = story["s"], story["a"], story["r"], story["r0"], story["f"]
    return [
        (5, "genuine5", s + a1 + a2 + a3 + r + f),
        (5, "genuine5", s + a2 + r + f),
        (4, "genuine4", s + a1 + a2 + r),
        (4, "genuine4", a1 + a3 + r),
        (3, "genuine3", s + a1 + r0),
    ]


def _vague(rng: random.Random, generic: list[str], n: int) -> str:
    return str("".join(rng.sample(generic, n)))


def _ramble(rng: random.Random, generic: list[str], misc: dict[str, Any]) -> str:
    """Long on-topic-sounding talk: the generic points, each restated, with few specifics."""
    pool = [*generic, *rng.sample(misc["general_generic"], 3)]
    rng.shuffle(pool)
    text: str = rng.choice(misc["ramble_openers"])
    target = rng.randint(210, 310)
    i = 0
    while len(text) < target:
        sentence = pool[i % len(pool)]
        i += 1
        lead = rng.choice(misc["fillers"]) if rng.random() < 0.25 else ""
        text += lead + rng.choice(misc["connectors"]) + sentence
        if rng.random() < 0.2:
            text += "这个我刚才也说了，" + sentence  # rambling comes back to the same point
    closer: str = rng.choice(misc["ramble_closers"])
    return text + closer


def _stuffed(rng: random.Random, phrases: list[str], misc: dict[str, Any]) -> str:
    picked = rng.sample(phrases, min(8, len(phrases)))
    while len(picked) < 8:
        picked.append(rng.choice(phrases))
    z1, z2 = rng.sample(misc["buzz"], 2)
    slots = dict(zip("abcdefgh", picked, strict=True))
    templates = misc["stuffed_templates"] + misc["stuffed_templates_plain"]
    return str(rng.choice(templates).format(z1=z1, z2=z2, **slots))


def compose() -> list[dict[str, Any]]:
    """Every labelled answer of the corpus, in a fixed order."""
    from workflows.seed.demo_data import DIMENSIONS  # the rubric the corpus is labelled against

    questions, misc = load_parts()
    rng = random.Random(20261203)
    near_rng = random.Random(20261204)  # its own stream: the older parts stay as they were
    by_key = {q["key"]: q for q in questions}
    rows: list[dict[str, Any]] = []

    def add(q: dict[str, Any], label: int, kind: str, text: str) -> None:
        dims = {code: label for code in _dims(q)}
        rows.append({"q": q["key"], "label": label, "kind": kind, "dims": dims, "text": text})

    for q in questions:
        for story in q["stories"]:
            for label, kind, text in _genuine(story):
                add(q, label, kind, text)
        add(q, 2, "vague", _vague(rng, q["generic"], 3))
        add(q, 2, "vague", _vague(rng, q["generic"], 4))
        add(q, 2, "rambling", _ramble(rng, q["generic"], misc))
        add(q, 2, "rambling", _ramble(rng, q["generic"], misc))
        phrases = [
            p
            for code in _dims(q)
            for lv in DIMENSIONS[code]["levels"]
            if lv["level"] >= 3
            for p in lv["indicators"]
        ]
        add(q, 1, "stuffed", _stuffed(rng, phrases, misc))
        add(q, 1, "stuffed", _stuffed(rng, phrases, misc))
        add(q, 1, "stuffed", _stuffed(rng, phrases, misc) + _stuffed(rng, phrases, misc))
        others = [k for k in by_key if _domain(k) in FAR[_domain(q["key"])]]
        everyday = rng.sample(misc["offtopic"], 3)
        off = q.get("offtopic") or everyday
        if others:
            story = rng.choice(by_key[rng.choice(others)]["stories"])
            far = rng.choice(by_key[rng.choice(others)]["stories"])
            off = [
                story["s"] + story["a"][0] + story["r"],
                everyday[0],
                far["s"] + far["a"][1] + far["r"] + far["f"],
            ]
        for text in off:
            add(q, 1, "offtopic", text)
        # Near off-topic: a concrete story in the question's own trade and vocabulary that tells
        # another kind of episode (a sales rep's CRM habits when asked how a client was won).
        near = misc["near_offtopic"].get(_domain(q["key"]), [])
        for text in near_rng.sample(near, min(2, len(near))):
            add(q, 1, "offtopic", text)
        for i, text in enumerate(q["wrong"]):
            add(q, 1, "wrong", text)
            # Bad practice told with a concrete situation is still bad practice.
            add(q, 1, "wrong", q["stories"][i % len(q["stories"])]["s"] + text)
    return rows


def _dims(q: dict[str, Any]) -> list[str]:
    if "dims" in q:
        return list(q["dims"])
    from workflows.seed.demo_data import QUESTIONS

    return list(next(s["dims"] for s in QUESTIONS if s["key"] == q["key"]))


def corpus_questions() -> list[dict[str, Any]]:
    """The corpus's own questions (not in the seed bank): key, text, dims, exemplars, answer."""
    questions, _ = load_parts()
    keep = ("key", "text", "dims", "exemplars", "answer")
    return [{k: q[k] for k in keep} for q in questions if "text" in q]


def main() -> None:
    """Write train.jsonl and questions.jsonl."""
    rows = compose()
    lines = (json.dumps(r, ensure_ascii=False) for r in rows)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    qlines = (json.dumps(q, ensure_ascii=False) for q in corpus_questions())
    QUESTIONS.write_text("\n".join(qlines) + "\n", encoding="utf-8")
    print(f"{len(rows)} answers written to {OUTPUT}")


if __name__ == "__main__":
    main()
