"""Expected salary: "15-20K", "1.5万-2万/月", "20万/年", "8000元" -> a monthly CNY range."""

from __future__ import annotations

import re

from analysis.resume.types import FieldSource, FieldValue, SalaryRange

_NUMBER = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>k|千|w|万|元)?", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:-|–|—|~|至|到|to)\s*$", re.IGNORECASE)
_YEARLY = re.compile(r"年薪|/\s*年|每年|一年|per\s*year|/\s*yr|annual|p\.?a\.?", re.IGNORECASE)
_DAILY_OR_HOURLY = re.compile(r"/\s*(?:天|日|小时|时|h|hour|day)|每天|日薪|时薪", re.IGNORECASE)
_MONTHS = re.compile(r"(\d{2})\s*薪")
_NEGOTIABLE = re.compile(r"面议|negotiable|可议", re.IGNORECASE)
_UNIT = {"k": 1000, "千": 1000, "w": 10000, "万": 10000, "元": 1}
_MIN_MONTHLY, _MAX_MONTHLY = 1000, 1_000_000


def parse_salary(value: str) -> FieldValue[SalaryRange] | None:
    """Parse one expected-salary value; None for 面议, day rates or anything implausible."""
    if _NEGOTIABLE.search(value) or _DAILY_OR_HOURLY.search(value):
        return None
    months_match = _MONTHS.search(value)
    cleaned = _MONTHS.sub(" ", value)
    numbers = list(_NUMBER.finditer(cleaned))
    if not numbers:
        return None
    first = numbers[0]
    second = None
    if len(numbers) > 1 and _SEPARATOR.match(cleaned[first.end() : numbers[1].start()]):
        second = numbers[1]
    unit_a = (first.group("u") or "").lower()
    unit_b = (second.group("u") or "").lower() if second else ""
    unit = unit_a or unit_b  # "15-20K": the unit written once applies to both ends
    yearly = bool(_YEARLY.search(value))
    low = float(first.group("n"))
    high = float(second.group("n")) if second else low
    confidence = 0.9
    if unit:
        multiplier = _UNIT[unit]
        low_mult = _UNIT[unit_a] if unit_a else multiplier
        high_mult = _UNIT[unit_b] if unit_b else multiplier
        low, high = low * low_mult, high * high_mult
    else:
        # No unit: "8000-10000" is yuan; "15-20" per month is thousands; "30-40" a year is 万.
        confidence = 0.6
        if yearly and high < 1000:
            low, high = low * 10000, high * 10000
        elif not yearly and high < 200:
            low, high = low * 1000, high * 1000
        elif high < 1000:
            return None
        else:
            confidence = 0.8
    if yearly:
        low, high = low / 12, high / 12
    low, high = min(low, high), max(low, high)
    if low < _MIN_MONTHLY or high > _MAX_MONTHLY:
        return None
    months = int(months_match.group(1)) if months_match else None
    if months is not None and not 12 <= months <= 20:
        months = None
    salary = SalaryRange(round(low), round(high), "year" if yearly else "month", months)
    return FieldValue(salary, confidence, FieldSource.RULE)
