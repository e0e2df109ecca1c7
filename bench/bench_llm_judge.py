"""Benchmark the LLM judge on labelled answers against any OpenAI-compatible server.

    .venv/bin/python bench/bench_llm_judge.py ../shared/data/answers_zh/dev.jsonl \
        --base-url http://127.0.0.1:8000/v1 --model qwen2.5-7b-instruct [--limit 16]

Each line `{"q": seed question key, "label": 1-5, "kind": ..., "text": ...}` is scored as a
typed answer to that seed question with the LLM engine alone (no fallback: an answer the judge
could not score is counted, not hidden). Prints the Spearman rho of the answer score (mean of
assessed dimensions; an answer with none assessed ranks lowest, as 0) with the expert label,
`ordered pairs N/M` (label 4-5 answers above vague, off-topic, stuffed and rambling answers of
the same question), `wrong below good N/M`, the share of dimensions assessed, the seconds per
answer, and a second pass that must come entirely from the verdict cache. Asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from analysis.eval_input import EvalInputError, read_jsonl  # noqa: E402
from analysis.scoring.convert import text_transcript  # noqa: E402
from analysis.scoring.llm import LlmJudgeConfig, LlmScorer, MemoryVerdictCache  # noqa: E402
from analysis.scoring.port import ScorerUnavailable  # noqa: E402
from analysis.scoring.types import AnswerScore, DimensionSpec, LevelSpec, QuestionSpec  # noqa: E402
from settings.analysis import LlmResponseFormat  # noqa: E402
from workflows.seed.demo_data import DIMENSIONS, QUESTIONS  # noqa: E402

GOOD_LABEL = 4
WEAK_KINDS = ("vague", "offtopic", "stuffed", "rambling")


def seed_specs() -> tuple[dict[str, QuestionSpec], list[DimensionSpec]]:
    """The seed questions by key and every seed dimension with its BARS levels."""
    questions = {
        str(q["key"]): QuestionSpec(str(q["text"]), tuple(q["dims"]), tuple(q["exemplars"]))
        for q in QUESTIONS
    }
    dims = [
        DimensionSpec(
            code,
            str(s["name"]),
            1.0,
            str(s["description"]),
            tuple(
                LevelSpec(int(lv["level"]), str(lv["label"]), tuple(lv["indicators"]))
                for lv in s["levels"]
            ),
        )
        for code, s in DIMENSIONS.items()
    ]
    return questions, dims


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman's rho with average ranks for ties (nan when either side is constant)."""

    def ranks(v: list[float]) -> np.ndarray[Any, np.dtype[np.float64]]:
        arr = np.asarray(v, dtype=float)
        order = arr.argsort(kind="stable")
        out = np.empty(len(arr))
        out[order] = np.arange(1, len(arr) + 1)
        for value in np.unique(arr):
            same = arr == value
            out[same] = out[same].mean()
        return out

    rx, ry = ranks(x), ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return float("nan")
    return float(np.corrcoef(rx, ry)[0, 1])


def overall(result: AnswerScore) -> float | None:
    """Mean of the assessed dimension scores, or None when none was assessed."""
    scores = [d.score for d in result.dimensions if d.score is not None]
    return sum(scores) / len(scores) if scores else None


def pick(rows: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Up to `limit` rows spread over the questions, keeping whole good/weak groups together."""
    if limit <= 0 or limit >= len(rows):
        return rows
    by_q: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_q[row["q"]].append(row)
    out: list[dict[str, Any]] = []
    for group in by_q.values():
        if len(out) >= limit:
            break
        out.extend(group[: limit - len(out)])
    return out


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--api-key", default="")
    ap.add_argument("--limit", type=int, default=0, help="score only this many answers")
    ap.add_argument(
        "--response-format", default="json_schema", choices=[f.value for f in LlmResponseFormat]
    )
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=400)
    args = ap.parse_args()

    questions, dims = seed_specs()
    try:
        lines = read_jsonl(args.file)
    except EvalInputError as exc:
        print(exc, file=sys.stderr)
        return 2
    rows = [obj for _, obj in lines if obj.get("q") in questions]
    rows = pick(rows, args.limit)
    config = LlmJudgeConfig(
        base_url=args.base_url.rstrip("/"),
        model=args.model,
        api_key=args.api_key,
        timeout_s=args.timeout,
        retries=1,
        response_format=LlmResponseFormat(args.response_format),
        concurrency=args.concurrency,
        max_tokens=args.max_tokens,
    )
    cache = MemoryVerdictCache()
    scorer = LlmScorer(config, cache)
    results: list[AnswerScore | None] = []
    failures: list[str] = []
    started = time.perf_counter()
    try:
        for row in rows:
            try:
                results.append(
                    scorer.score(text_transcript(str(row["text"])), questions[row["q"]], dims)
                )
            except ScorerUnavailable as exc:
                results.append(None)
                failures.append(str(exc))
        elapsed = time.perf_counter() - started
        again_started = time.perf_counter()
        repeat = [
            scorer.score(text_transcript(str(row["text"])), questions[row["q"]], dims)
            for row, first in zip(rows, results, strict=True)
            if first is not None
        ]
        again = time.perf_counter() - again_started
    finally:
        scorer.close()
    report(args, rows, results, failures, elapsed, repeat, again, len(cache))
    return 0


def report(
    args: argparse.Namespace,
    rows: list[dict[str, Any]],
    results: list[AnswerScore | None],
    failures: list[str],
    elapsed: float,
    repeat: list[AnswerScore],
    again: float,
    cached: int,
) -> None:
    """Print the figures."""
    scores = [overall(r) if r is not None else None for r in results]
    ranked = [s if s is not None else 0.0 for s in scores]
    labels = [float(r["label"]) for r in rows]
    dims_all = [d for r in results if r is not None for d in r.dimensions]
    assessed = [d for d in dims_all if d.assessed]
    print(f"model {args.model} at {args.base_url} ({args.response_format})")
    print(f"answers {len(rows)}, judge failures {len(failures)}")
    print(f"Spearman rho {spearman(ranked, labels):.3f} (answer score vs expert label)")
    good_weak = good_wrong = 0
    n_weak = n_wrong = 0
    for i, a in enumerate(rows):
        if a["label"] < GOOD_LABEL:
            continue
        for j, b in enumerate(rows):
            if b["q"] != a["q"]:
                continue
            if b["kind"] in WEAK_KINDS:
                n_weak += 1
                good_weak += ranked[i] > ranked[j]
            elif b["kind"] == "wrong":
                n_wrong += 1
                good_wrong += ranked[i] > ranked[j]
    print(f"ordered pairs {good_weak}/{n_weak}")
    print(f"wrong below good {good_wrong}/{n_wrong}")
    with_quote = sum(1 for d in assessed if d.evidence)
    print(
        f"dimensions assessed {len(assessed)}/{len(dims_all)}; "
        f"with a verbatim quote {with_quote}/{len(assessed)}"
    )
    by_kind: dict[str, list[float]] = defaultdict(list)
    for row, s in zip(rows, ranked, strict=True):
        by_kind[str(row["kind"])].append(s)
    print("mean score by kind: " + ", ".join(f"{k} {np.mean(v):.1f}" for k, v in by_kind.items()))
    n = max(1, len(rows))
    print(f"time {elapsed / n:.1f} s/answer ({elapsed:.0f} s for {len(rows)} answers)")
    same = sum(
        1
        for first, second in zip([r for r in results if r is not None], repeat, strict=True)
        if first == second
    )
    print(
        f"second pass from the verdict cache: {same}/{len(repeat)} identical, "
        f"{again / max(1, len(repeat)):.3f} s/answer ({cached} verdicts cached)"
    )
    for reason in dict.fromkeys(failures):
        print(f"  failure: {reason}")


if __name__ == "__main__":
    raise SystemExit(main())
