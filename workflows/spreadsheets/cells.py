"""The refused-cell error and the cell parsers of the outcomes import (dates, probation,
performance ratings, demographic fields)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any


class CellInvalidError(ValueError):
    """A cell value that cannot be accepted; the message is the Chinese reason."""


PROBATION_RESULTS = {
    "通过": "passed",
    "已转正": "passed",
    "转正": "passed",
    "未通过": "failed",
    "不通过": "failed",
    "延长": "extended",
    "延期": "extended",
    "延长试用": "extended",
    "进行中": "pending",
    "试用中": "pending",
}
# Letter grades on the 1..5 scale the validity analysis uses (5 best).
RATING_LETTERS = {"S": 5.0, "A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0}
LEAVING_TYPES = ("主动", "被动")
GENDER_ALIASES = {"男": "男", "男性": "男", "m": "男", "女": "女", "女性": "女", "f": "女"}


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def application_id(value: Any) -> int:
    """An application number as the export's 编号 column shows it (12 or #12)."""
    raw = _plain(value).lstrip("#")
    if not raw.isdigit() or int(raw) < 1:
        raise CellInvalidError(f"申请编号应为数字（即导出表中的「编号」），当前为「{raw[:20]}」")
    return int(raw)


def day(value: Any) -> date:
    """A date cell (Excel date, 2026-03-01, 2026/3/1 or 2026.3.1)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = _plain(value).replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-")
    raw = raw.rstrip("日").strip("-")
    try:
        parts = [int(p) for p in raw.split("-")]
        if len(parts) != 3:
            raise ValueError(raw)
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        raise CellInvalidError(f"日期格式应为 2026-03-01，当前为「{raw[:20]}」") from None


def probation(value: Any) -> str:
    """通过 / 未通过 / 延长 / 进行中."""
    raw = _plain(value)
    if raw not in PROBATION_RESULTS:
        raise CellInvalidError(f"试用期结果应为 通过/未通过/延长/进行中，当前为「{raw[:20]}」")
    return PROBATION_RESULTS[raw]


def rating(value: Any) -> tuple[str, float]:
    """S/A/B/C/D or a number 1..5: (as written, value on 1..5)."""
    raw = _plain(value).upper()
    if raw in RATING_LETTERS:
        return raw, RATING_LETTERS[raw]
    try:
        number = float(raw)
    except ValueError:
        number = -1.0
    if not 1.0 <= number <= 5.0:
        raise CellInvalidError(f"绩效评级应为 S/A/B/C/D 或 1 到 5 的数字，当前为「{raw[:20]}」")
    return raw, number


def leaving_type(value: Any) -> str:
    """主动 / 被动."""
    raw = _plain(value).removesuffix("离职")
    if raw not in LEAVING_TYPES:
        raise CellInvalidError(f"离职类型应为 主动/被动，当前为「{raw[:20]}」")
    return raw


def gender(value: Any) -> str:
    """男 / 女."""
    raw = _plain(value).lower()
    if raw not in GENDER_ALIASES:
        raise CellInvalidError(f"性别应为 男/女，当前为「{raw[:20]}」")
    return GENDER_ALIASES[raw]


def birth_year(value: Any) -> int:
    """A four-digit year between 1940 and 2010."""
    raw = _plain(value)
    if not raw.isdigit() or not 1940 <= int(raw) <= 2010:
        raise CellInvalidError(f"出生年份应为1940到2010之间的四位数字，当前为「{raw[:20]}」")
    return int(raw)


def one_of(label: str, allowed: tuple[str, ...]) -> Any:
    """A value from a fixed list."""

    def parse(value: Any) -> str:
        raw = _plain(value)
        if raw not in allowed:
            raise CellInvalidError(f"{label}应为 {'/'.join(allowed)} 之一，当前为「{raw[:20]}」")
        return raw

    return parse
