"""Where the candidate lives now (现居 / 住址 / 所在地, or an unlabelled "广东省广州市" line), and
the expected position written in a header line ("林怡紫&销售助理")."""

from __future__ import annotations

import re

from analysis.resume.fields.intent import CITIES, CITIES_EN
from analysis.resume.fields.labels import LabelHit
from analysis.resume.fields.text import Line
from analysis.resume.types import FieldSource, FieldValue

_PROVINCE = (
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)(?:省|自治区|壮族自治区|回族自治区)?"
)
_ADDRESS_LINE = re.compile(
    rf"^(?:{_PROVINCE})?[\u4e00-\u9fa5]{{2,4}}市(?:[\u4e00-\u9fa5]{{1,5}}[区县])?$"
)
_CITY_IN = re.compile(
    rf"(?:{_PROVINCE})?(?P<city>[\u4e00-\u9fa5]{{2,4}}?)(?:市|(?=[\u4e00-\u9fa5]{{1,5}}[区县])|$)"
)
_HEADER_POSITION = re.compile(r"^[\u4e00-\u9fa5]{2,4}\s*[&＆|｜]\s*(?P<pos>\S.{0,20})$")


def city_in(text: str, *, listed_only: bool = False) -> str | None:
    """The city named in an address ("广东省广州市天河区" -> 广州, "杭州市" -> 杭州), or None;
    ``listed_only``: only cities of our list (for unlabelled lines)."""
    value = text.strip()
    lowered = value.lower()
    if lowered in CITIES_EN:
        return CITIES_EN[lowered]
    value = re.sub(f"^{_PROVINCE}", "", value)
    for size in (4, 3, 2):
        if value[:size] in CITIES:
            return value[:size]
    # OCR may damage the province ("川省成都市"): a listed city followed by 市 anywhere.
    for found in re.finditer(r"([\u4e00-\u9fa5]{2,4}?)市", value):
        for start in range(len(found.group(1)) - 1):
            if found.group(1)[start:] in CITIES:
                return found.group(1)[start:]
    match = _CITY_IN.match(text.strip())
    if match and match.group("city") in CITIES:
        return match.group("city")
    if listed_only:
        return None
    # A prefecture-level city we do not list: "河源市" -> 河源.
    named = re.search(r"([\u4e00-\u9fa5]{2,3}?)市", value)
    return named.group(1) if named else None


def find_current_city(
    lines: list[Line], hits: list[LabelHit], header_lines: set[int]
) -> FieldValue[str] | None:
    """A labelled address or residence, else an address-shaped line in the header area."""
    for hit in hits:
        if hit.key == "current_city":
            city = city_in(hit.value)
            if city:
                return FieldValue(city, 0.92, FieldSource.DICTIONARY)
    for line in lines:
        if line.index not in header_lines:
            continue
        for cell in re.split(r"\s{2,}|\t|\|", line.text):
            if _ADDRESS_LINE.match(cell.strip()):
                city = city_in(cell, listed_only=True)
                if city:
                    return FieldValue(city, 0.8, FieldSource.DICTIONARY)
    return None


def header_position(lines: list[Line], header_lines: set[int]) -> FieldValue[str] | None:
    """The position after the name in a "林怡紫&销售助理" header line."""
    for line in lines[:12]:
        if line.index not in header_lines:
            continue
        match = _HEADER_POSITION.match(line.text.strip())
        if match:
            return FieldValue(match.group("pos").strip(), 0.85, FieldSource.RULE)
    return None
