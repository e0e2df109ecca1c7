"""Benchmark the LLM judge on labelled answers against any OpenAI-compatible server.

    .venv/bin/python bench/bench_llm_judge.py ../shared/data/answers_zh/dev.jsonl \
        --base-url http://127.0.0.1:8000/v1 --model qwen2.5-7b-instruct [--limit 16]

The same figures as `dinghire eval scoring --engine llm` (analysis.scoring.evaluate: Spearman
rho with the expert label, mean score by kind, `ordered pairs N/M`, `wrong below good N/M`,
verbatim evidence, repeats identical), on the first `--limit` answers, with the server, model
and output mode given on the command line, plus seconds per answer. Each answer is scored twice:
the second run must come from the verdict cache. Answers the judge could not score are scored
by the offline engine and counted on their own line. Asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from analysis.eval_input import EvalInputError  # noqa: E402
from analysis.scoring.engines import build_scorer  # noqa: E402
from analysis.scoring.evaluate import format_report, load_answers, score_all  # noqa: E402
from settings.analysis import AnalysisSettings, LlmResponseFormat, ScoringEngine  # noqa: E402
from workflows.seed.specs import seed_dimensions, seed_questions  # noqa: E402


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--api-key", default="")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N answers")
    ap.add_argument(
        "--response-format", default="json_schema", choices=[f.value for f in LlmResponseFormat]
    )
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=400)
    args = ap.parse_args()

    questions = seed_questions()
    try:
        items = load_answers(args.file, questions)
    except EvalInputError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.limit > 0:
        items = items[: args.limit]
    settings = AnalysisSettings(
        scoring_engine=ScoringEngine.LLM,
        llm_base_url=args.base_url,
        llm_model=args.model,
        llm_api_key=args.api_key or None,
        llm_timeout_s=args.timeout,
        llm_retries=1,
        llm_response_format=LlmResponseFormat(args.response_format),
        llm_concurrency=args.concurrency,
        llm_max_tokens=args.max_tokens,
    )
    scorer = build_scorer("llm", settings)
    scored, ms = score_all(items, scorer, questions, seed_dimensions())
    print(format_report(args.file, scorer.engine, scorer.model, scored, ms))
    print(f"  {args.response_format} output; {ms / 1000:.1f} s/answer on the first run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
