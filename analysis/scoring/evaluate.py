"""`dinghire eval scoring`: how well an engine's answer scores follow expert levels.

Input: JSON Lines of `{"q": key, "label": 1-5, "kind": str, "text": str, "dims": {code: 1-5}?}`.
Each text is scored as a typed answer to question `q` against its rubric; the report gives the
Spearman correlation with `label` (and with `dims` per dimension), the mean score by kind, the
ordered pairs (good answers above weak or gaming ones of the same question), the wrong-practice
pairs, evidence coverage, repeat determinism and the time per answer.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analysis.eval_input import EvalInputError, read_jsonl
from analysis.scoring.convert import text_transcript
from analysis.scoring.port import AnswerScorer
from analysis.scoring.types import AnswerScore, DimensionScore, DimensionSpec, QuestionSpec

GOOD_LABEL = 4
WEAK_KINDS = ("vague", "offtopic", "stuffed", "rambling")
WRONG_KIND = "wrong"


@dataclass(frozen=True, slots=True)
class LabelledAnswer:
    """One line of the input file."""

    line: int
    q: str
    label: int
    kind: str
    text: str
    dims: dict[str, int]


@dataclass(frozen=True, slots=True)
class Scored:
    """One answer's overall score (mean of assessed dimensions; None when none was)."""

    item: LabelledAnswer
    result: AnswerScore
    overall: float | None
    repeat_identical: bool


def _level(path: Path, line: int, value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise EvalInputError(path, f"{what} must be an integer 1-5, got {value!r}", line)
    return value


def load_answers(path: Path, questions: Mapping[str, QuestionSpec]) -> list[LabelledAnswer]:
    """The labelled answers of a JSONL file; EvalInputError names the line of any problem."""
    out: list[LabelledAnswer] = []
    for line, obj in read_jsonl(path):
        missing = [k for k in ("q", "label", "kind", "text") if k not in obj]
        if missing:
            raise EvalInputError(path, f"missing field(s) {', '.join(missing)}", line)
        q = obj["q"]
        if not isinstance(q, str) or q not in questions:
            known = ", ".join(sorted(questions))
            raise EvalInputError(path, f"unknown question key {q!r} (known: {known})", line)
        text, kind = obj["text"], obj["kind"]
        if not isinstance(text, str) or not text.strip():
            raise EvalInputError(path, "text must be a non-empty string", line)
        if not isinstance(kind, str) or not kind.strip():
            raise EvalInputError(path, "kind must be a non-empty string", line)
        raw_dims = obj.get("dims") or {}
        if not isinstance(raw_dims, dict):
            raise EvalInputError(path, "dims must be an object {code: level}", line)
        tagged = questions[q].dimension_codes
        dims: dict[str, int] = {}
        for code, level in raw_dims.items():
            if code not in tagged:
                reason = f"dimension {code!r} is not tagged on question {q!r} ({', '.join(tagged)})"
                raise EvalInputError(path, reason, line)
            dims[code] = _level(path, line, level, f"dims.{code}")
        label = _level(path, line, obj["label"], "label")
        out.append(LabelledAnswer(line, q, label, kind.strip(), text.strip(), dims))
    if not out:
        raise EvalInputError(path, "has no answers")
    return out


def overall_score(result: AnswerScore) -> float | None:
    """The answer's score: the mean of its assessed dimensions, None when none was assessed."""
    scores = [d.score for d in result.dimensions if d.score is not None]
    return round(sum(scores) / len(scores), 3) if scores else None


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho with average ranks for ties (0 when either side is constant)."""
    if len(xs) < 2:
        return 0.0
    rx, ry = _ranks(xs), _ranks(ys)
    if rx.std() == 0 or ry.std() == 0:
        return 0.0
    return float(np.corrcoef(rx, ry)[0, 1])


def _ranks(values: Sequence[float]) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    order = arr.argsort(kind="mergesort")
    ranks = np.empty(len(arr), dtype=float)
    ranks[order] = np.arange(len(arr), dtype=float)
    for v in np.unique(arr):
        tie = arr == v
        ranks[tie] = ranks[tie].mean()
    return ranks


def score_all(
    items: Sequence[LabelledAnswer],
    scorer: AnswerScorer,
    questions: Mapping[str, QuestionSpec],
    dimensions: Sequence[DimensionSpec],
) -> tuple[list[Scored], float]:
    """Score every answer twice (the second checks determinism); ms per answer of the first.

    The engine's one-off start (loading the model, the dictionaries) happens in an untimed
    warm-up on another answer's question, so the figure is the steady per-answer cost that the
    150 ms target is about (bench/bench_scoring.py prints the start-up separately).
    """
    out: list[Scored] = []
    elapsed = 0.0
    if items:
        warm = items[0]
        scorer.score(text_transcript("我负责过一个项目。"), questions[warm.q], dimensions)
    for item in items:
        transcript = text_transcript(item.text)
        started = time.perf_counter()
        result = scorer.score(transcript, questions[item.q], dimensions)
        elapsed += time.perf_counter() - started
        again = scorer.score(transcript, questions[item.q], dimensions)
        same = again.to_dict() == result.to_dict()
        out.append(Scored(item, result, overall_score(result), same))
    return out, 1000.0 * elapsed / max(1, len(items))


def _pairs(scored: Sequence[Scored], low_kinds: Sequence[str]) -> tuple[int, int]:
    by_q: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_q[s.item.q].append(s)
    ok = total = 0
    for group in by_q.values():
        good = [s for s in group if s.item.label >= GOOD_LABEL]
        low = [s for s in group if s.item.kind in low_kinds]
        for g in good:
            for w in low:
                total += 1
                ok += int(_value(g) > _value(w))
    return ok, total


def _value(s: Scored) -> float:
    return s.overall if s.overall is not None else 0.0


def format_report(
    path: Path, engine: str, model: str, scored: Sequence[Scored], ms_per_answer: float
) -> str:
    """The printed figures for one engine."""
    lines = [f"{path} — engine {engine} ({model}), {len(scored)} answers"]
    rho = spearman([_value(s) for s in scored], [s.item.label for s in scored])
    lines.append(f"  Spearman rho {rho:.3f} (answer score vs label)")
    codes = sorted({c for s in scored for c in s.item.dims})
    for code in codes:
        pairs = [
            (d.score, s.item.dims[code])
            for s in scored
            for d in s.result.dimensions
            if d.code == code and code in s.item.dims and d.score is not None
        ]
        if pairs:
            r = spearman([p[0] for p in pairs], [p[1] for p in pairs])
            lines.append(f"    {code}: Spearman rho {r:.3f} ({len(pairs)} scored)")
    kinds: dict[str, list[float]] = defaultdict(list)
    for s in scored:
        kinds[s.item.kind].append(_value(s))
    summary = ", ".join(f"{k} {sum(v) / len(v):.2f}" for k, v in sorted(kinds.items()))
    lines.append(f"  mean score by kind (0-10): {summary}")
    ok, total = _pairs(scored, WEAK_KINDS)
    lines.append(f"  ordered pairs {ok}/{total} (label>=4 above vague/offtopic/stuffed/rambling)")
    ok, total = _pairs(scored, (WRONG_KIND,))
    lines.append(f"  wrong below good {ok}/{total}")
    dims = [d for s in scored for d in s.result.dimensions]
    assessed = [d for d in dims if d.assessed]
    quoted = sum(1 for s in scored for d in s.result.dimensions if d.assessed and _quoted(d, s))
    lines.append(
        f"  evidence {quoted}/{len(assessed)} scored dimensions quote the answer verbatim; "
        f"not assessed {len(dims) - len(assessed)}/{len(dims)}"
    )
    unscored = sum(1 for s in scored if s.overall is None)
    if unscored:
        lines.append(f"  answers with no assessed dimension (counted as 0): {unscored}")
    # An engine with a fallback (the LLM judge) may not have scored everything itself.
    others = [s.result for s in scored if s.result.engine != engine]
    if others:
        lines.append(
            f"  scored by the fallback {others[0].engine} instead: {len(others)}/{len(scored)} "
            f"({others[0].fallback_reason})"
        )
    same = sum(1 for s in scored if s.repeat_identical)
    lines.append(f"  repeat identical {same}/{len(scored)}")
    lines.append(f"  timing {engine}: {ms_per_answer:.1f} ms/answer")
    return "\n".join(lines)


def _quoted(dim: DimensionScore, s: Scored) -> bool:
    return bool(dim.evidence) and all(e.text and e.text in s.item.text for e in dim.evidence)
