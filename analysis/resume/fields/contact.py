"""Phone numbers (mainland mobiles, +86 forms, landlines) and email addresses."""

from __future__ import annotations

import re

from analysis.resume.fields.labels import LabelHit
from analysis.resume.types import FieldSource, FieldValue

_MOBILE = re.compile(
    r"(?:(?<![\d+])(?P<cc>(?:\+|00)?86[\s\-]?)|(?<![\d+]))"
    r"(?P<a>1[3-9]\d)[\s\-]?(?P<b>\d{4})[\s\-]?(?P<c>\d{4})(?!\d)"
)
_LANDLINE = re.compile(
    r"(?<![\d.])(?:\((?P<pa>0\d{2,3})\)\s*|(?P<a>0\d{2,3})[\s\-])(?P<n>[2-9]\d{6,7})"
    r"(?:\s*(?:转|-|ext\.?|x)\s*(?P<ext>\d{1,6}))?(?!\d)",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
)


def _label_positions(hits: list[LabelHit], key: str) -> list[tuple[int, int]]:
    return [(h.value_start, h.value_start + len(h.value)) for h in hits if h.key == key]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def find_phones(text: str, hits: list[LabelHit]) -> tuple[FieldValue[str], ...]:
    """Mobiles as 11 digits (1[3-9]xxxxxxxxx); landlines as 0AAA-NNNNNNNN[-EXT]."""
    labelled = _label_positions(hits, "phone")
    found: dict[str, FieldValue[str]] = {}
    for match in _MOBILE.finditer(text):
        number = match.group("a") + match.group("b") + match.group("c")
        strong = bool(match.group("cc")) or _inside(match.start("a"), labelled)
        confidence = 0.97 if strong else 0.9
        if number not in found or found[number].confidence < confidence:
            found[number] = FieldValue(number, confidence, FieldSource.RULE)
    for match in _LANDLINE.finditer(text):
        area = match.group("pa") or match.group("a")
        number = f"{area}-{match.group('n')}"
        if match.group("ext"):
            number += f"-{match.group('ext')}"
        confidence = 0.9 if _inside(match.start(), labelled) else 0.75
        found.setdefault(number, FieldValue(number, confidence, FieldSource.RULE))
    return tuple(found.values())


_GLUED_PHONE = re.compile(r"^(?:\+?86)?1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4}(?=[a-z])")
# OCR reads a paragraph mark or a stray stroke after ".com" as a letter: "…@qq.come".
_OCR_TLD = re.compile(r"\.(?:come|comn|comm|con|corn|cpm|c0m|coom)$")


def find_emails(text: str) -> tuple[FieldValue[str], ...]:
    """Email addresses, lower-cased, in order of appearance; OCR-damaged ".com" repaired."""
    found: dict[str, FieldValue[str]] = {}
    for match in _EMAIL.finditer(text):
        address = match.group(0).strip(".").lower()
        confidence = 0.97
        # OCR glued the phone before it: "179-0260-1659awuhu@gmail.com".
        glued = _GLUED_PHONE.match(address)
        if glued and glued.end() < address.index("@"):
            address, confidence = address[glued.end() :], 0.85
        repaired = _OCR_TLD.sub(".com", address)
        if repaired != address:
            address, confidence = repaired, 0.85
        found.setdefault(address, FieldValue(address, confidence, FieldSource.RULE))
    return tuple(found.values())
