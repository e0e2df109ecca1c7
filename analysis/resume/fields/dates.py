"""Year-month dates and date ranges as written in Chinese and English resumes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.resume.types import YearMonth

_MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_YM_CN = (
    r"(?<!\d)(?P<{y}>(?:19|20)\d{{2}})(?:\s*[年./\-]\s*(?P<{m}>1[0-2]|0?[1-9])(?!\d)\s*月?|\s*年)?"
)
# OCR drops the space in "Sep 2019": "Sep2019".
_YM_EN = r"(?<![A-Za-z])(?P<{mn}>[A-Za-z]{{3,9}})\.?\s*(?P<{y}>(?:19|20)\d{{2}})(?!\d)"
_PRESENT = r"(?P<present>至今|至今日|今|现在|目前|present|now|current|till now|to date|today)"
_SEPARATOR = r"\s*(?:-+|–+|—+|~|～|至|到|to)\s*"


def _ym(prefix: str) -> str:
    cn = _YM_CN.format(y=f"{prefix}y", m=f"{prefix}m")
    en = _YM_EN.format(y=f"{prefix}ey", mn=f"{prefix}en")
    return f"(?:{cn}|{en})"


_RANGE = re.compile(f"{_ym('a')}{_SEPARATOR}(?:{_ym('b')}|{_PRESENT})", re.IGNORECASE)
_SINGLE = re.compile(_ym("a"), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A start and end found in text; ``end`` is None when the range runs to the present."""

    start: YearMonth
    end: YearMonth | None
    present: bool
    span: tuple[int, int]


def _from_groups(groups: dict[str, str | None], prefix: str) -> YearMonth | None:
    year = groups.get(f"{prefix}y")
    if year:
        month = groups.get(f"{prefix}m")
        return YearMonth(int(year), int(month) if month else None)
    year_en = groups.get(f"{prefix}ey")
    name = (groups.get(f"{prefix}en") or "").lower()
    month_en = _MONTHS_EN.get(name[:4] if name.startswith("sept") else name[:3])
    if year_en and month_en:
        return YearMonth(int(year_en), month_en)
    return None


def find_ranges(text: str) -> list[DateRange]:
    """All date ranges ("2018.09-2022.06", "2016年3月 至今", "Mar 2019 - Present") in text."""
    ranges: list[DateRange] = []
    for match in _RANGE.finditer(text):
        groups = match.groupdict()
        start = _from_groups(groups, "a")
        if start is None:
            continue
        present = bool(groups.get("present"))
        end = None if present else _from_groups(groups, "b")
        if not present and (end is None or end < start):
            continue
        ranges.append(DateRange(start, end, present, match.span()))
    return ranges


def parse_year_month(text: str) -> YearMonth | None:
    """The first year-month in text ("1990.05", "1990年5月", "May 1990"), or None."""
    match = _SINGLE.search(text)
    if match is None:
        return None
    return _from_groups(match.groupdict(), "a")


def months_between(start: YearMonth, end: YearMonth) -> int:
    """Whole months from start to end inclusive of the start month (a year-only date counts Jan)."""
    return max(0, end.months_index(12) - start.months_index(1) + 1)
