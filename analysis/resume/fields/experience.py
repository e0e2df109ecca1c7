"""Total years of experience: stated ("5年工作经验") or computed from work dates."""

from __future__ import annotations

import re
from datetime import date

from analysis.resume.fields.dates import months_between
from analysis.resume.fields.labels import LabelHit
from analysis.resume.types import (
    ExperienceBasis,
    ExperienceYears,
    FieldSource,
    FieldValue,
    WorkEntry,
    YearMonth,
)

_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"(?P<n>\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})"
_STATED = re.compile(
    _NUM + r"\s*(?:\+|多)?\s*年\s*(?:以上|多)?\s*(?:的)?\s*[\u4e00-\u9fa5A-Za-z+#/]{0,10}?"
    r"(?:工作|从业|开发|行业|销售|管理|相关)?经验"
    r"|"
    + _NUM.replace("?P<n>", "?P<e>")
    + r"\+?\s*years?\s+of\s+(?:[A-Za-z/+#-]+\s+){0,3}experience",
    re.IGNORECASE,
)
_FRESH = re.compile(r"应届(?:毕业)?生|fresh graduate", re.IGNORECASE)


def _number(word: str) -> float | None:
    if re.fullmatch(r"\d{1,2}(?:\.\d)?", word):
        return float(word)
    if "十" in word:
        # 十 = 10, 十二 = 12, 二十 = 20, 二十五 = 25
        tens, ones = word.split("十", 1)
        return 10.0 * (_CN_DIGITS.get(tens, 0) if tens else 1) + _CN_DIGITS.get(ones, 0)
    value = _CN_DIGITS.get(word)
    return float(value) if value is not None else None


def stated_years(text: str, hits: list[LabelHit]) -> FieldValue[ExperienceYears] | None:
    """Years the candidate states (工作年限：5年 / 5年以上Java开发经验 / 应届生 = 0)."""
    for hit in hits:
        if hit.key == "experience":
            match = re.search(r"(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})\s*年", hit.value)
            years = _number(match.group(1)) if match else None
            if years is not None and years <= 50:
                return FieldValue(
                    ExperienceYears(years, ExperienceBasis.STATED), 0.92, FieldSource.RULE
                )
    for match in _STATED.finditer(text):
        years = _number(match.group("n") or match.group("e"))
        if years is not None and 0 < years <= 50:
            return FieldValue(
                ExperienceYears(years, ExperienceBasis.STATED), 0.88, FieldSource.RULE
            )
    if _FRESH.search(text):
        return FieldValue(ExperienceYears(0.0, ExperienceBasis.STATED), 0.8, FieldSource.RULE)
    return None


def years_from_work(
    entries: tuple[WorkEntry, ...], today: date
) -> FieldValue[ExperienceYears] | None:
    """Union of the (non-internship) job periods, so overlapping jobs are not counted twice."""
    now = YearMonth(today.year, today.month)
    spans: list[tuple[int, int]] = []
    for entry in entries:
        if entry.is_internship or entry.start is None:
            continue
        end = now if entry.end_is_present else entry.end
        if end is None:
            continue
        first = entry.start.months_index(1)
        spans.append((first, first + months_between(entry.start, end)))
    if not spans:
        return None
    spans.sort()
    total = 0
    run_start, run_end = spans[0]
    for span_start, span_end in spans[1:]:
        if span_start <= run_end:
            run_end = max(run_end, span_end)
        else:
            total += run_end - run_start
            run_start, run_end = span_start, span_end
    total += run_end - run_start
    years = round(total / 12, 1)
    return FieldValue(ExperienceYears(years, ExperienceBasis.WORK_DATES), 0.75, FieldSource.RULE)
