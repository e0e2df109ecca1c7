"""Entity-level evaluation (exact span and type match, CoNLL style) of a resume NER tagger."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from analysis.resume.ner.bmes import ENTITY_TYPES, read_bmes, tags_to_spans
from analysis.resume.ner.model import ResumeNer


class SequenceTagger(Protocol):
    """Anything that maps a character sequence to BMES tags."""

    def tag(self, chars: Sequence[str]) -> list[str]:
        """Predict one tag per character."""
        ...


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and derived precision/recall/F1 (as fractions in [0, 1])."""

    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """Number of gold entities."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Number of predicted entities."""
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """tp / predicted (0 when nothing was predicted)."""
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """tp / gold (0 when there is no gold entity)."""
        return self.tp / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Per-type and micro-averaged entity scores plus token accuracy."""

    per_type: dict[str, Scores]
    micro: Scores
    sentences: int
    tokens: int
    token_accuracy: float

    @property
    def macro_f1(self) -> float:
        """Unweighted mean F1 over types that occur in gold or predictions."""
        if not self.per_type:
            return 0.0
        return sum(s.f1 for s in self.per_type.values()) / len(self.per_type)


def score_tag_sequences(
    gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
) -> EvalReport:
    """Score predicted tag sequences against gold ones, entity by entity."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    sentences = tokens = correct_tokens = 0
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        if len(gold_tags) != len(pred_tags):
            raise ValueError(
                f"sentence {sentences + 1}: {len(gold_tags)} gold tags "
                f"but {len(pred_tags)} predicted"
            )
        sentences += 1
        tokens += len(gold_tags)
        correct_tokens += sum(g == p for g, p in zip(gold_tags, pred_tags, strict=True))
        gold_set = {(s.type, s.start, s.end) for s in tags_to_spans(gold_tags)}
        pred_set = {(s.type, s.start, s.end) for s in tags_to_spans(pred_tags)}
        for kind, _, _ in gold_set & pred_set:
            tp[kind] += 1
        for kind, _, _ in pred_set - gold_set:
            fp[kind] += 1
        for kind, _, _ in gold_set - pred_set:
            fn[kind] += 1
    kinds = set(tp) | set(fp) | set(fn)
    order = [k for k in ENTITY_TYPES if k in kinds] + sorted(kinds - set(ENTITY_TYPES))
    per_type = {k: Scores(tp[k], fp[k], fn[k]) for k in order}
    micro = Scores(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    accuracy = correct_tokens / tokens if tokens else 0.0
    return EvalReport(per_type, micro, sentences, tokens, accuracy)


def evaluate(model: SequenceTagger, path: Path) -> EvalReport:
    """Tag every sentence of a BMES file with ``model`` and score it against the file's tags."""
    sentences = read_bmes(path)
    gold = [s.tags for s in sentences]
    predicted = [model.tag(s.chars) for s in sentences]
    return score_tag_sequences(gold, predicted)


def format_report(report: EvalReport) -> str:
    """Render a report as a fixed-width table (percentages)."""
    header = f"{'type':<8}{'prec':>8}{'recall':>8}{'F1':>8}{'gold':>7}{'pred':>7}{'tp':>7}"
    rule = "-" * len(header)
    lines = [header, rule]

    def row(name: str, s: Scores) -> str:
        return (
            f"{name:<8}{100 * s.precision:>8.2f}{100 * s.recall:>8.2f}{100 * s.f1:>8.2f}"
            f"{s.support:>7}{s.predicted:>7}{s.tp:>7}"
        )

    lines.extend(row(kind, scores) for kind, scores in report.per_type.items())
    lines.append(rule)
    lines.append(row("micro", report.micro))
    lines.append(
        f"sentences {report.sentences}, characters {report.tokens}, "
        f"tag accuracy {100 * report.token_accuracy:.2f}%, macro F1 {100 * report.macro_f1:.2f}"
    )
    return "\n".join(lines)


def run_eval(path: Path) -> str:
    """Evaluate the shipped resume NER model on a BMES file and return the formatted table."""
    return format_report(evaluate(ResumeNer.default(), path))
