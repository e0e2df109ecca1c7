"""The pass-line policy: what the system recommends for a score, and what it may do alone."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Decision(StrEnum):
    """What HR (or the pass-line policy) decides about a scored application."""

    ADVANCE = "advance"
    REJECT = "reject"


DECISION_LABELS_ZH: dict[str, str] = {
    Decision.ADVANCE: "建议晋级",
    Decision.REJECT: "建议淘汰",
    "": "未评估",
}

PASS_LINE_MIN = 0.0
PASS_LINE_MAX = 100.0


def recommendation(overall_score: float | None, pass_line: float) -> str:
    """`advance` at or above the line, `reject` below it, "" without a score (未评估)."""
    if overall_score is None:
        return ""
    # Meeting the line counts as passing it: a line of 60 means "60 is enough".
    return Decision.ADVANCE.value if overall_score >= pass_line else Decision.REJECT.value


def recommendation_label(rec: str) -> str:
    """Chinese label of a stored recommendation."""
    return DECISION_LABELS_ZH.get(rec, "未评估")


@dataclass(frozen=True, slots=True)
class JobPolicy:
    """The job's pass-line settings as the policy needs them."""

    pass_line: float
    auto_advance: bool
    auto_reject: bool


def automatic_decision(overall_score: float | None, policy: JobPolicy) -> Decision | None:
    """What the system may decide without a person: never a reject unless the job enabled it."""
    rec = recommendation(overall_score, policy.pass_line)
    if rec == Decision.ADVANCE and policy.auto_advance:
        return Decision.ADVANCE
    if rec == Decision.REJECT and policy.auto_reject:
        return Decision.REJECT
    return None


def automatic_reason(decision: Decision, overall_score: float, pass_line: float) -> str:
    """The recorded reason of an automatic decision (names the pass line)."""
    if decision is Decision.ADVANCE:
        return f"自动晋级：综合得分 {overall_score:.1f} 达到及格线 {pass_line:g}"
    return f"自动淘汰：综合得分 {overall_score:.1f} 低于及格线 {pass_line:g}（岗位已开启自动淘汰）"


def parse_pass_line(raw: str) -> float:
    """A pass line from HR's text; raises ValueError with a Chinese message."""
    text = raw.strip().rstrip("分")
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"及格线“{raw}”不是数字，请输入 0 到 100 之间的分数，例如 `65`") from None
    if value != value or not PASS_LINE_MIN <= value <= PASS_LINE_MAX:  # NaN or out of range
        raise ValueError(f"及格线必须在 0 到 100 之间，收到的是 {raw}")
    return round(value, 1)


def parse_switch(raw: str) -> bool:
    """`开`/`关` (and common synonyms) from HR's text; raises ValueError in Chinese."""
    word = raw.strip().lower()
    if word in {"开", "开启", "打开", "启用", "是", "on", "true", "1", "yes"}:
        return True
    if word in {"关", "关闭", "停用", "否", "off", "false", "0", "no"}:
        return False
    raise ValueError(f"请写“开”或“关”，收到的是“{raw}”")
