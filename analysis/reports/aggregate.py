"""Aggregate answer scores into an application report: weighted dimensions, overall 0..100,
strengths, weaknesses, next-round suggestions, and the flags that inform (never score)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.reports.probes import FLAG_LABELS, INTEGRITY_FLAGS, probe_questions
from analysis.scoring.types import AnswerScore, DimensionSpec

STRENGTH_MIN = 6.5
WEAKNESS_MAX = 6.0
TOP_N = 2
EVIDENCE_PER_DIMENSION = 3


@dataclass(frozen=True, slots=True)
class AnswerInput:
    """One analysed answer as the report needs it."""

    answer_id: int
    node_index: int
    question_text: str
    score: AnswerScore
    flags: tuple[str, ...] = ()  # audio, vision and transcript flags of this answer


@dataclass(frozen=True, slots=True)
class ReportDraft:
    """Everything a Report row stores, computed without the database."""

    overall_score: float | None
    confidence: float
    dimensions: list[dict[str, Any]]
    strengths: list[dict[str, Any]]
    weaknesses: list[dict[str, Any]]
    suggestions: list[str]
    not_assessed: list[dict[str, Any]]
    flags: list[str]
    flag_details: list[dict[str, Any]] = field(default_factory=list)


def aggregate(dimensions: Sequence[DimensionSpec], answers: Sequence[AnswerInput]) -> ReportDraft:
    """Combine answers per dimension, weight by the model (renormalised over assessed ones)."""
    ordered = sorted(answers, key=lambda a: (a.node_index, a.answer_id))
    dims = [_dimension(spec, ordered) for spec in dimensions]
    assessed = [d for d in dims if d["score"] is not None]
    total_weight = sum(max(0.0, d["weight"]) for d in dims)
    assessed_weight = sum(max(0.0, d["weight"]) for d in assessed)
    overall: float | None = None
    confidence = 0.0
    if assessed and assessed_weight > 0:
        for d in assessed:
            d["effective_weight"] = round(d["weight"] / assessed_weight, 4)
        overall = round(10.0 * sum(d["effective_weight"] * d["score"] for d in assessed), 1)
        mean_conf = sum(d["effective_weight"] * d["confidence"] for d in assessed)
        # Missing dimensions lower the confidence by the share of weight they carry.
        confidence = round(mean_conf * (assessed_weight / total_weight), 3)
    strengths = [
        _summary(d)
        for d in sorted(assessed, key=lambda d: (-d["score"], d["code"]))
        if d["score"] >= STRENGTH_MIN
    ][:TOP_N]
    weaknesses = [
        _summary(d)
        for d in sorted(assessed, key=lambda d: (d["score"], d["code"]))
        if d["score"] < WEAKNESS_MAX
    ][:TOP_N]
    not_assessed = [
        {"code": d["code"], "name": d["name"], "reason": d["not_assessed_reason"]}
        for d in dims
        if d["score"] is None
    ]
    specs = {s.code: s for s in dimensions}
    suggestions = _suggestions(weaknesses, not_assessed, specs)
    flags, details = _flags(ordered)
    return ReportDraft(
        overall, confidence, dims, strengths, weaknesses, suggestions, not_assessed, flags, details
    )


def _dimension(spec: DimensionSpec, answers: Sequence[AnswerInput]) -> dict[str, Any]:
    scored: list[tuple[float, float, AnswerInput, Any]] = []
    reasons: list[str] = []
    for ans in answers:
        for dim in ans.score.dimensions:
            if dim.code != spec.code:
                continue
            if dim.score is None:
                reasons.append(f"第{ans.node_index + 1}题：{dim.not_assessed_reason}")
            else:
                scored.append((dim.score, dim.confidence, ans, dim))
    out: dict[str, Any] = {
        "code": spec.code,
        "name": spec.name,
        "weight": spec.weight,
        "effective_weight": 0.0,
        "score": None,
        "confidence": 0.0,
        "answers": [a.answer_id for _, _, a, _ in scored],
        "evidence": [],
        "not_assessed_reason": "",
    }
    if not scored:
        out["not_assessed_reason"] = (
            "；".join(reasons) if reasons else "本次面试没有考察该维度的题目，缺少证据"
        )
        return out
    weights = [max(c, 0.05) for _, c, _, _ in scored]
    score = sum(s * w for (s, _, _, _), w in zip(scored, weights, strict=True)) / sum(weights)
    mean_conf = sum(c for _, c, _, _ in scored) / len(scored)
    # One answer is thin evidence for a competency; two or more is what the rubric expects.
    out["score"] = round(score, 2)
    out["confidence"] = round(mean_conf * min(1.0, 0.7 + 0.15 * len(scored)), 3)
    # Which engine and model scored it: HR must see it (and an LLM engine may fall back).
    out["scored_by"] = [
        {"engine": e, "model": m}
        for e, m in dict.fromkeys((a.score.engine, a.score.model) for _, _, a, _ in scored)
    ]
    out["per_answer"] = [
        {"answer_id": a.answer_id, "node_index": a.node_index, "score": s, "confidence": c}
        for s, c, a, _ in scored
    ]
    best = sorted(scored, key=lambda t: (-t[0] * t[1], t[2].node_index))
    evidence: list[dict[str, Any]] = []
    for _, _, ans, dim in best:
        for ev in dim.evidence:
            if len(evidence) >= EVIDENCE_PER_DIMENSION:
                break
            evidence.append({**ev.to_dict(), "answer_id": ans.answer_id, "node": ans.node_index})
    out["evidence"] = evidence
    return out


def _summary(d: dict[str, Any]) -> dict[str, Any]:
    quotes = [e["text"] for e in d["evidence"][:2]]
    return {
        "code": d["code"],
        "name": d["name"],
        "score": d["score"],
        "summary": f"{d['name']} {d['score']:.1f}/10",
        "evidence": quotes,
    }


def _suggestions(
    weaknesses: list[dict[str, Any]],
    not_assessed: list[dict[str, Any]],
    specs: dict[str, DimensionSpec],
) -> list[str]:
    out: list[str] = []
    for weak in weaknesses:
        questions = probe_questions(specs[weak["code"]])
        out.append(
            f"「{weak['name']}」得分偏低（{weak['score']:.1f}/10），下一轮建议重点追问："
            + " / ".join(questions)
        )
    for missing in not_assessed:
        questions = probe_questions(specs[missing["code"]])
        out.append(
            f"「{missing['name']}」本轮未能评估，下一轮建议补充考察：" + " / ".join(questions)
        )
    return out


def _flags(answers: Sequence[AnswerInput]) -> tuple[list[str], list[dict[str, Any]]]:
    nodes: dict[str, list[int]] = {}
    for ans in answers:
        for flag in dict.fromkeys([*ans.flags, *ans.score.flags]):
            nodes.setdefault(flag, []).append(ans.node_index)
    codes = sorted(nodes)
    details = [
        {
            "flag": code,
            "label": FLAG_LABELS.get(code, code),
            "kind": "integrity" if code in INTEGRITY_FLAGS else "quality",
            "nodes": nodes[code],
            "count": len(nodes[code]),
        }
        for code in codes
    ]
    return codes, details
