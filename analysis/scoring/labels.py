"""How HR sees which engine scored: one label format for the report, the card and Excel."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

ENGINE_LABELS = {
    "offline": "离线评分引擎",
    "lexical": "关键词评分（旧版）",
    "llm": "大模型评审",
}


def scorer_label(engine: str, model: str, *, fallback: bool = False) -> str:
    """e.g. `离线评分引擎（offline-2 + multilingual-e5-small-q4 …）`; `fallback` when the
    configured engine (the LLM judge) could not score and this one did instead."""
    name = ENGINE_LABELS.get(engine, engine or "未知引擎")
    label = f"{name}（{model}）" if model else name
    return f"{label}，大模型评审不可用时代为评分" if fallback else label


def scored_by(dimensions: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    """The distinct engines and models behind a report's dimension scores, in first-seen order."""
    seen: dict[tuple[str, str], None] = {}
    for dim in dimensions:
        for item in dim.get("scored_by", ()):
            seen.setdefault((str(item.get("engine", "")), str(item.get("model", ""))), None)
    return [{"engine": e, "model": m, "label": scorer_label(e, m)} for e, m in seen]


def scored_by_text(dimensions: Iterable[Mapping[str, Any]]) -> str:
    """One line for the card and the export; empty when the report predates engine records."""
    return "；".join(item["label"] for item in scored_by(dimensions))
