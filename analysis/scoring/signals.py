"""The evidence signals of an answer: STAR structure, specificity, rubric coverage, length.

Each signal returns a value 0..1, the sentences that support it and a one-line explanation, so
every number in a score can be traced back to what the candidate said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.scoring.engine import MatchEngine
from analysis.scoring.text import Sentence, content_chars
from analysis.scoring.types import LevelSpec


@dataclass(frozen=True, slots=True)
class SignalResult:
    """A signal's value 0..1, the supporting sentences (by index) and why."""

    value: float
    sentence_ids: tuple[int, ...]
    detail: str
    notes: tuple[str, ...] = ()  # per supporting sentence, e.g. the matched indicator


# Cue words for each STAR part; spoken Mandarin marks the parts with these quite reliably.
STAR_CUES: dict[str, tuple[str, ...]] = {
    "S": (
        "当时",
        "那时",
        "有一次",
        "有一回",
        "之前在",
        "上一家",
        "去年",
        "前年",
        "背景",
        "情况是",
        "项目中",
        "项目里",
        "期间",
        "遇到",
        "出现了",
        "突然",
    ),
    "T": (
        "负责",
        "任务",
        "目标",
        "我需要",
        "需要我",
        "要求",
        "职责",
        "承担",
        "我的角色",
        "指标是",
        "目的是",
    ),
    "A": (
        "我先",
        "首先",
        "先是",
        "然后",
        "接着",
        "于是",
        "随后",
        "采取",
        "我做了",
        "决定",
        "通过",
        "我主动",
        "组织",
        "定位",
        "协调",
        "分析了",
        "排查",
        "制定",
        "推动",
        "调整",
    ),
    "R": (
        "结果",
        "最终",
        "最后",
        "因此",
        "提升了",
        "降低了",
        "减少了",
        "增长",
        "提高了",
        "完成了",
        "按时",
        "上线",
        "恢复",
        "达成",
        "节省",
        "签下",
        "成功",
        "效果",
    ),
}
STAR_NAMES = {"S": "情境", "T": "任务", "A": "行动", "R": "结果"}

_CN_NUM = "零一二两三四五六七八九十百千万亿半几"
_UNIT = "个次天周月年小时分钟秒毫秒人倍元万家项条台位名轮期版页笔单份"
_NUMBER = re.compile(rf"\d+(?:\.\d+)?|[{_CN_NUM}]+(?=[{_UNIT}])")
_PERCENT = re.compile(rf"\d+(?:\.\d+)?\s*%|百分之[{_CN_NUM}\d点]+")
_TIMESPAN = re.compile(
    rf"(?:\d+|[{_CN_NUM}]+)\s*(?:个)?(?:天|周|星期|个月|月|年|小时|分钟|秒|毫秒)"
)
_TOOL = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]{1,}")
_ACTION = re.compile(
    r"我(?:先|又|就|们)?(?:主动|负责|组织|带领|提出|设计|编写|推动|协调|分析|定位|发现|整理|"
    r"建立|安排|联系|决定|梳理|优化|搭建|引入|改为|改成|加了|修复|复盘|说服|约|查看|看了|用了|"
    r"找到|接入|实现|开发|编写|压测|上线|拜访|整理了|制定)"
)


def star(sentences: Sequence[Sentence]) -> SignalResult:
    """Which STAR parts are present (first cue of each) and whether they come in order."""
    first: dict[str, int] = {}
    for sent in sentences:
        for part, cues in STAR_CUES.items():
            if part not in first and any(cue in sent.text for cue in cues):
                first[part] = sent.index
    present = [p for p in "STAR" if p in first]
    if not present:
        return SignalResult(0.0, (), "未出现情境、任务、行动、结果的表述")
    positions = [first[p] for p in present]
    in_order = len(present) >= 3 and positions == sorted(positions)
    value = 0.8 * len(present) / 4 + (0.2 if in_order else 0.0)
    missing = [STAR_NAMES[p] for p in "STAR" if p not in first]
    detail = f"包含{'、'.join(STAR_NAMES[p] for p in present)}"
    detail += f"；缺少{'、'.join(missing)}" if missing else ""
    detail += "；顺序完整" if in_order else ""
    ids = tuple(first[p] for p in present)
    return SignalResult(round(value, 4), ids, detail, tuple(f"star:{p}" for p in present))


def star_parts(result: SignalResult) -> frozenset[str]:
    """The STAR letters a star() result found."""
    return frozenset(n.split(":", 1)[1] for n in result.notes if n.startswith("star:"))


def specifics(text: str) -> dict[str, list[str]]:
    """The concrete details in a text: numbers, percentages, time spans, tools, own actions."""
    return {
        # A bare 一/几 ("一次", "几个") is a way of speaking, not a figure.
        "numbers": [n for n in _NUMBER.findall(text) if n not in {"一", "几", "两"}],
        "percentages": _PERCENT.findall(text),
        "timespans": _TIMESPAN.findall(text),
        "tools": _TOOL.findall(text),
        "actions": _ACTION.findall(text),
    }


def specificity(sentences: Sequence[Sentence]) -> SignalResult:
    """Concrete details per answer: numbers 1 point, tools 0.75, own actions 0.5; 5 points = 1."""
    total = 0.0
    ids: list[int] = []
    counts = {"数字": 0, "工具": 0, "具体行动": 0}
    for sent in sentences:
        found = specifics(sent.text)
        numeric = len(set(found["numbers"]) | set(found["percentages"]) | set(found["timespans"]))
        points = numeric + 0.75 * len(found["tools"]) + 0.5 * len(found["actions"])
        counts["数字"] += numeric
        counts["工具"] += len(found["tools"])
        counts["具体行动"] += len(found["actions"])
        if points:
            ids.append(sent.index)
            total += points
    value = min(1.0, total / 5.0)
    if not ids:
        return SignalResult(0.0, (), "没有数字、时间、工具或具体行动等细节")
    detail = "，".join(f"{k}{v}处" for k, v in counts.items() if v)
    return SignalResult(round(value, 4), tuple(ids), detail)


def coverage(
    sentences: Sequence[Sentence],
    levels: Sequence[LevelSpec],
    engine: MatchEngine,
    *,
    threshold: float = 0.5,
) -> tuple[SignalResult, float | None]:
    """Rubric indicators expressed in the answer, and the rubric level they point to (1..5)."""
    hits: dict[int, float] = {}
    best_sentence: dict[str, tuple[float, int]] = {}
    for level in levels:
        for phrase in level.indicators:
            scored = [(engine.phrase_match(phrase, s.text), -s.index) for s in sentences]
            if not scored:
                continue
            strength, neg_idx = max(scored)
            if strength >= threshold:
                hits[level.level] = max(hits.get(level.level, 0.0), strength)
                best_sentence[f"L{level.level}·{phrase}"] = (strength, -neg_idx)
    if not hits:
        return SignalResult(0.0, (), "未命中评分标准中的行为指标"), None
    top = max(hits)
    weighted = sum(lvl * s for lvl, s in hits.items()) / sum(hits.values())
    # The highest demonstrated level matters most; the spread keeps one lucky match in check.
    level_est = 0.6 * top + 0.4 * weighted
    max_level = max((lv.level for lv in levels), default=5)
    min_level = min((lv.level for lv in levels), default=1)
    span = max(1, max_level - min_level)
    value = (level_est - min_level) / span
    ordered = sorted(best_sentence.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0]))
    ids = tuple(idx for _, (_, idx) in ordered)
    notes = tuple(name for name, _ in ordered)
    detail = f"命中{len(best_sentence)}个行为指标，对应等级约 {level_est:.1f}"
    return SignalResult(round(value, 4), ids, detail, notes), round(level_est, 2)


def length_adequacy(text: str, answer_time_s: int, duration_s: float) -> SignalResult:
    """Enough said for the time allowed: about one character per second of allowed time."""
    chars = content_chars(text)
    target = max(60, min(answer_time_s, 240)) * 1.0
    value = min(1.0, chars / target)
    detail = f"{chars}字，期望约{int(target)}字以上"
    if duration_s > 0:
        detail += f"，用时{duration_s:.0f}秒/限时{answer_time_s}秒"
    return SignalResult(round(value, 4), (), detail)
