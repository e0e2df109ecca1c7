"""The judge's prompt and the JSON shape of its verdict, versioned together.

One chat call judges one dimension of one answer: the question, the dimension's behaviourally
anchored levels (BARS) and the answer go in; a level, verbatim quotes and a short reason come
out. Bump PROMPT_VERSION whenever the wording, the schema or the parsing changes what a verdict
means: cached verdicts are keyed by it, so old ones are never reused under a new prompt.
"""

from __future__ import annotations

import json
from typing import Any

from analysis.scoring.types import DimensionSpec, QuestionSpec

PROMPT_VERSION = "llm-judge-1"

# Long answers are cut so one call stays within small context windows (2k-token servers).
MAX_ANSWER_CHARS = 3000
MAX_QUOTES = 3
NO_EVIDENCE_LEVEL = 0  # the judge's way of saying "this answer shows nothing of the dimension"

VERDICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "level": {"type": "integer", "enum": [0, 1, 2, 3, 4, 5]},
        "quotes": {
            "type": "array",
            "items": {"type": "string", "maxLength": 200},
            "maxItems": MAX_QUOTES,
        },
        "reason": {"type": "string", "maxLength": 200},
    },
    "required": ["level", "quotes", "reason"],
    "additionalProperties": False,
}

_SYSTEM = (
    "你是结构化面试的评分员，只依据候选人回答中实际表现出的行为，按行为锚定等级量表（BARS）"
    "评估一个能力维度。不看回答长度，不因回答罗列了量表中的词语就给高分；描述了错误做法的回答"
    "给低等级。只输出一个 JSON 对象，不要输出其他文字。"
)

_INSTRUCTIONS = (
    "请按以下要求给出评估：\n"
    "1. level：1-5 中最符合回答所体现行为的等级；回答完全没有体现该维度时填 0。\n"
    f"2. quotes：1-{MAX_QUOTES} 段支持该等级的原文摘录，必须逐字照抄回答中的连续文字，"
    "不得改写、缩写或拼接；level 为 0 时为空列表。\n"
    "3. reason：一句话说明理由（60 字以内）。\n"
    '输出格式：{"level": 整数, "quotes": ["原文摘录", ...], "reason": "理由"}'
)


def _levels_block(dimension: DimensionSpec) -> str:
    lines = []
    for lv in sorted(dimension.levels, key=lambda x: x.level):
        indicators = "；".join(lv.indicators)
        label = f"（{lv.label}）" if lv.label else ""
        lines.append(f"- 等级 {lv.level}{label}：{indicators}")
    return "\n".join(lines) if lines else "- （该维度未给出等级描述，请按 1 差 - 5 优 判断）"


def build_messages(
    question: QuestionSpec, dimension: DimensionSpec, answer_text: str
) -> list[dict[str, str]]:
    """The system and user messages asking for one dimension's verdict on one answer."""
    answer = answer_text.strip()[:MAX_ANSWER_CHARS]
    description = f"\n维度说明：{dimension.description}" if dimension.description else ""
    user = (
        f"面试问题：{question.text}\n\n"
        f"评估维度：{dimension.name}（{dimension.code}）{description}\n"
        f"行为锚定等级：\n{_levels_block(dimension)}\n\n"
        f"候选人回答（<answer> 与 </answer> 之间）：\n<answer>\n{answer}\n</answer>\n\n"
        f"{_INSTRUCTIONS}"
    )
    return [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": user}]


def judge_fingerprint(question: QuestionSpec, dimension: DimensionSpec) -> str:
    """Everything about the question and the dimension that goes into the prompt, canonically:
    a changed rubric or question is a different judgement (and a different cache key)."""
    payload = {
        "question": question.text,
        "code": dimension.code,
        "name": dimension.name,
        "description": dimension.description,
        "levels": [
            [lv.level, lv.label, list(lv.indicators)]
            for lv in sorted(dimension.levels, key=lambda x: x.level)
        ],
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
