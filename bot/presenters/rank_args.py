"""Parsing the words of `排名 岗位 [筛选…]` into filters, with Chinese errors for bad words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.errors import ValidationFailedError
from workflows.ranking.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, RankFilters

RANK_USAGE = (
    "用法：`排名 岗位编号 [筛选…]`，例如\n"
    "`排名 1 分数>=70 匹配>=60 阶段=已评分 无异常 前20 第2页`\n\n"
    "- `分数>=70`：面试总分不低于 70（也可写 `面试>=70`）\n"
    "- `匹配>=60`：简历匹配度不低于 60\n"
    "- `阶段=已评分`：只看某些阶段，多个用逗号分隔，如 `阶段=已评分,进入下一轮`\n"
    "- `无异常`：排除有诚信类异常（多人入镜、离开画面等）的候选人\n"
    "- `有报告`：只看已有面试报告的候选人\n"
    f"- `前20`：每页条数（1–{MAX_PAGE_SIZE}，默认 {DEFAULT_PAGE_SIZE}）；`第2页`：翻页"
)

_SEPARATORS = re.compile(r"[\s,，;；]+")
_COMPARISON = re.compile(r"^(分数|面试分?|总分|综合分?|匹配度?)\s*(>=|>)\s*(\d+(?:\.\d+)?)$")
_STAGE = re.compile(r"^阶段\s*[=＝:：]\s*(.+)$")
_TOP = re.compile(r"^(?:前|每页)(\d+)(?:条|人|名)?$")
_PAGE = re.compile(r"^第(\d+)页$")
_OVERALL_WORDS = frozenset({"分数", "面试", "面试分", "总分", "综合", "综合分"})
_STAGE_BY_LABEL = {label: stage for stage, label in STAGE_LABELS_ZH.items()}
# Common ways HR names a stage that differ from the label.
_STAGE_BY_LABEL |= {
    "已晋级": Stage.SHORTLISTED,
    "下一轮": Stage.SHORTLISTED,
    "待评分": Stage.SUBMITTED,
}


@dataclass(frozen=True, slots=True)
class RankQuery:
    """A parsed `排名` command."""

    job_ref: str
    filters: RankFilters = field(default_factory=RankFilters)
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE


def _bad(word: str, why: str) -> ValidationFailedError:
    return ValidationFailedError(f"bad rank word {word!r}", user_message=f"{why}\n\n{RANK_USAGE}")


def parse_stage(text: str) -> Stage:
    """A stage by its Chinese label or English value."""
    token = text.strip()
    if token in _STAGE_BY_LABEL:
        return _STAGE_BY_LABEL[token]
    try:
        return Stage(token.lower())
    except ValueError:
        known = "、".join(STAGE_LABELS_ZH.values())
        raise _bad(text, f"不认识的阶段“{token}”。可用的阶段：{known}") from None


def _threshold(word: str, value: str) -> float:
    number = float(value)
    if not 0 <= number <= 100:
        raise _bad(word, f"“{word}”中的分数应在 0 到 100 之间")
    return number


def parse_rank_args(args: str) -> RankQuery:
    """`1 分数>=70 匹配>=60 阶段=已评分 无异常 有报告 前20 第2页` -> RankQuery."""
    words = [w for w in _SEPARATORS.split(args.strip()) if w]
    if not words:
        raise ValidationFailedError("no job", user_message=f"请指定岗位。\n\n{RANK_USAGE}")
    job_ref, rest = words[0], words[1:]
    # `阶段=已评分,进入下一轮` was split at the comma: glue bare stage names back on.
    stages: list[Stage] = []
    min_overall: float | None = None
    min_match: float | None = None
    no_flags = has_report = False
    page, size = 1, DEFAULT_PAGE_SIZE
    in_stage_list = False
    for word in rest:
        word = word.replace("＞", ">").replace("＝", "=").replace("≥", ">=")
        if in_stage_list and word in _STAGE_BY_LABEL:
            stages.append(_STAGE_BY_LABEL[word])
            continue
        in_stage_list = False
        if m := _COMPARISON.match(word):
            value = _threshold(word, m.group(3))
            if m.group(1) in _OVERALL_WORDS:
                min_overall = value
            else:
                min_match = value
        elif m := _STAGE.match(word):
            stages += [parse_stage(s) for s in re.split(r"[、/|]", m.group(1)) if s]
            in_stage_list = True
        elif word in ("无异常", "无诚信异常", "排除异常"):
            no_flags = True
        elif word in ("有报告", "已评估"):
            has_report = True
        elif m := _TOP.match(word):
            size = int(m.group(1))
            if not 1 <= size <= MAX_PAGE_SIZE:
                raise _bad(word, f"每页条数应在 1 到 {MAX_PAGE_SIZE} 之间")
        elif m := _PAGE.match(word):
            page = int(m.group(1))
            if page < 1:
                raise _bad(word, "页码从 1 开始")
        else:
            raise _bad(word, f"看不懂筛选条件“{word}”")
    filters = RankFilters(
        stages=tuple(dict.fromkeys(stages)),
        min_overall=min_overall,
        min_match=min_match,
        no_integrity_flags=no_flags,
        has_report=has_report,
    )
    return RankQuery(job_ref, filters, page, size)
