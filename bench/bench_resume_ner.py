"""Benchmark the shipped resume NER model: dev-set accuracy, load time and tagging throughput."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from analysis.resume.ner.bmes import read_bmes
from analysis.resume.ner.evaluate import format_report, score_tag_sequences
from analysis.resume.ner.model import ResumeNer

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = REPO_ROOT.parent / "shared" / "data" / "resumener" / "dev.char.bmes"


def main() -> None:
    """Print the evaluation table and timing figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path, nargs="?", default=DEFAULT_DEV)
    args = parser.parse_args()
    sentences = read_bmes(args.file)
    ner = ResumeNer()
    started = time.perf_counter()
    ner.tag(list("张伟"))
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    predicted = [ner.tag(s.chars) for s in sentences]
    tag_seconds = time.perf_counter() - started
    chars = sum(len(s.chars) for s in sentences)
    print(format_report(score_tag_sequences([s.tags for s in sentences], predicted)))
    print(f"first call (load + tag) {1000 * load_seconds:.0f} ms")
    print(
        f"tagged {len(sentences)} sentences / {chars} chars in {tag_seconds:.2f}s "
        f"({chars / tag_seconds:,.0f} chars/s, "
        f"{1000 * tag_seconds / len(sentences):.2f} ms/sentence)"
    )


if __name__ == "__main__":
    main()
