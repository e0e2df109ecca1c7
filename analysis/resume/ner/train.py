"""Reproducible training of the shipped resume NER CRF.

Usage (from the repo root)::

    python -m analysis.resume.ner.train --train ../shared/data/resumener/train.char.bmes \
        --dev ../shared/data/resumener/dev.char.bmes --out analysis/resume/ner/data/

The defaults below reproduce the shipped model. Only the train split is used for fitting, and
the lexicon features come from the train split alone. Honest note: the hyper-parameters (c1, c2,
window, lexicon/look-ahead features, iterations) were chosen by comparing a handful of settings on
dev.char.bmes, so the dev score printed here is mildly optimistic; there is no separate test split
in ../shared/data to report an untouched figure. Settings tried (dev micro F1): window 2 93.15,
window 2 without lexicon/affix features 93.21, window 2 with c1=0.05/c2=0.005 92.99, window 3
(shipped) 93.49, window 3 without lexicon/affix features 92.46, window 4 93.07, window 3 with
c1=0.2 and 400 iterations 92.65, window 3 with c2=0.05 93.55 (one entity more, 40% larger file,
not taken). Differences under about 0.4 points are within run-to-run noise of feature choices.

Lexicon features are computed "jackknifed" for training: each training sentence sees a lexicon
built from the other folds only, otherwise every training entity would be in the lexicon and the
CRF would learn to trust lexicon matches far more than is warranted on unseen text.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from analysis.resume.ner.bmes import Sentence, read_bmes
from analysis.resume.ner.evaluate import evaluate, format_report
from analysis.resume.ner.features import FeatureConfig, build_lexicon, sentence_features
from analysis.resume.ner.model import META_FILENAME, META_FORMAT, MODEL_FILENAME, ResumeNer


@dataclass(frozen=True, slots=True)
class TrainParams:
    """CRF optimiser settings (L-BFGS with elastic-net; c1 > 0 prunes features to keep it small)."""

    c1: float = 0.1
    c2: float = 0.01
    max_iterations: int = 300
    jackknife_folds: int = 5
    min_feature_freq: int = 1


SHIPPED_PARAMS = TrainParams()
SHIPPED_FEATURES = FeatureConfig()


def training_features(
    sentences: Sequence[Sentence], config: FeatureConfig, folds: int
) -> list[list[list[str]]]:
    """Feature sequences for training, with lexicon features jackknifed over ``folds`` folds."""
    if not (config.lexicon or config.affixes):
        return [sentence_features(s.chars, None, config) for s in sentences]
    if folds <= 1:
        lexicon = build_lexicon(sentences)
        return [sentence_features(s.chars, lexicon, config) for s in sentences]
    out: list[list[list[str]]] = [[] for _ in sentences]
    for fold in range(folds):
        others = [s for i, s in enumerate(sentences) if i % folds != fold]
        lexicon = build_lexicon(others)
        for i in range(fold, len(sentences), folds):
            out[i] = sentence_features(sentences[i].chars, lexicon, config)
    return out


def train(
    train_path: Path,
    out_dir: Path,
    params: TrainParams = SHIPPED_PARAMS,
    config: FeatureConfig = SHIPPED_FEATURES,
    verbose: bool = False,
) -> dict[str, Any]:
    """Train on ``train_path`` and write the model and its metadata into ``out_dir``."""
    sentences = read_bmes(train_path)
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for sentence, xseq in zip(
        sentences, training_features(sentences, config, params.jackknife_folds), strict=True
    ):
        trainer.append(xseq, list(sentence.tags))
    trainer.set_params(
        {
            "c1": params.c1,
            "c2": params.c2,
            "max_iterations": params.max_iterations,
            "feature.minfreq": params.min_feature_freq,
            "feature.possible_transitions": True,
        }
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILENAME
    trainer.train(str(model_path))
    elapsed = time.perf_counter() - started
    uses_lexicon = config.lexicon or config.affixes
    meta: dict[str, Any] = {
        "format": META_FORMAT,
        "features": config.to_dict(),
        "lexicon": build_lexicon(sentences).to_dict() if uses_lexicon else None,
        "training": {
            "train_file": train_path.name,
            "train_sentences": len(sentences),
            "c1": params.c1,
            "c2": params.c2,
            "max_iterations": params.max_iterations,
            "jackknife_folds": params.jackknife_folds,
            "min_feature_freq": params.min_feature_freq,
            "iterations_run": len(trainer.logparser.iterations),
            "seconds": round(elapsed, 1),
        },
    }
    write_meta(out_dir, meta)
    return meta


def write_meta(out_dir: Path, meta: dict[str, Any]) -> None:
    """Write the metadata JSON deterministically (sorted keys, compact)."""
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    (out_dir / META_FILENAME).write_text(text + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True, help="train.char.bmes")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--dev", type=Path, help="optional BMES file to report F1 on")
    parser.add_argument("--c1", type=float, default=SHIPPED_PARAMS.c1)
    parser.add_argument("--c2", type=float, default=SHIPPED_PARAMS.c2)
    parser.add_argument("--max-iterations", type=int, default=SHIPPED_PARAMS.max_iterations)
    parser.add_argument("--folds", type=int, default=SHIPPED_PARAMS.jackknife_folds)
    parser.add_argument("--window", type=int, default=SHIPPED_FEATURES.window)
    parser.add_argument("--no-lexicon", action="store_true", help="drop lexicon-match features")
    parser.add_argument("--no-affixes", action="store_true", help="drop affix/look-ahead features")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    params = TrainParams(
        c1=args.c1,
        c2=args.c2,
        max_iterations=args.max_iterations,
        jackknife_folds=args.folds,
    )
    config = FeatureConfig(
        window=args.window, lexicon=not args.no_lexicon, affixes=not args.no_affixes
    )
    meta = train(args.train, args.out, params, config, verbose=args.verbose)
    info = meta["training"]
    print(f"trained in {info['seconds']}s ({info['iterations_run']} iterations)")
    if args.dev is not None:
        report = evaluate(ResumeNer(args.out), args.dev)
        print(format_report(report))
        meta["training"]["dev_file"] = args.dev.name
        meta["training"]["dev_micro_f1"] = round(100 * report.micro.f1, 2)
        write_meta(args.out, meta)
    size = sum(p.stat().st_size for p in (args.out / MODEL_FILENAME, args.out / META_FILENAME))
    print(f"artifact size {size / 1e6:.2f} MB in {args.out}")


if __name__ == "__main__":
    main()
