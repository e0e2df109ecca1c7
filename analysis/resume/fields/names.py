"""The candidate's name: labelled, a header line ("林怡紫&销售助理", "阮 建 安", "X的个人简历"),
the NER model, or a guess from the top lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.resume.fields.entities import clamp, of_type
from analysis.resume.fields.labels import LabelHit, first
from analysis.resume.fields.personal import (
    _NOT_NAMES,
    _SURNAMES_1,
    _SURNAMES_2,
    _clean_name,
    _guess_from_top,
    _looks_like_cn_name,
)
from analysis.resume.fields.sections import heading_kind
from analysis.resume.fields.text import Line
from analysis.resume.types import EntityLike, FieldSource, FieldValue

_CJK_NAME = r"[\u4e00-\u9fa5]{2,4}?"
# Header lines that carry a name, most specific first; each has a group "n".
_HEADER_LINES = (
    re.compile(rf"^(?P<n>{_CJK_NAME})\s*[&＆|｜/]\s*(?P<rest>\S.{{0,20}})$"),
    re.compile(rf"^(?P<n>{_CJK_NAME})\s*(?:的)?(?:个人简历|简历|求职简历)$"),
    re.compile(rf"^(?:个人简历|简历|求职简历|RESUME)\s*[-—_:|]?\s*(?P<n>{_CJK_NAME})$", re.I),
)
_STANDALONE = re.compile(r"^(?P<n>[\u4e00-\u9fa5]{2,4})$")
_SPACED = re.compile(r"^(?P<n>[\u4e00-\u9fa5](?:[ \u3000]{1,3}[\u4e00-\u9fa5]){1,3})$")
_UNLABELLED = re.compile(rf"^姓\s*名\s*(?P<n>{_CJK_NAME})$")
_NOT_NAME_END = re.compile(
    r"(?:大学|学院|学校|公司|集团|银行|医院|中心|经理|主管|专员|助理|工程师|设计师|老师|教师|本科|硕士|"
    r"博士|大专|专业|简历|省|市|区|县|技能|经历|证书|意向|评价|信息|资料|方式)$"
)
_OCR_GENDER_TAIL = re.compile(r"^(?P<n>[\u4e00-\u9fa5]{2,4})[男女]$")


def _plausible(token: str, *, known_surname: bool) -> bool:
    if token in _NOT_NAMES or heading_kind(token) or _NOT_NAME_END.search(token):
        return False
    if known_surname:
        return _looks_like_cn_name(token)
    return 2 <= len(token) <= 4


def _has_surname(token: str) -> bool:
    return token[:2] in _SURNAMES_2 or token[0] in _SURNAMES_1


def _from_label(hits: list[LabelHit]) -> str | None:
    labelled = first(hits, "name")
    if labelled is None:
        return None
    value = labelled.value.strip()
    # OCR joins "姓名：田伟嘉" and the gender cell next to it into "田伟嘉女".
    tail = _OCR_GENDER_TAIL.match(value.split()[0]) if value else None
    if tail and len(value.split()[0]) >= 4:
        return tail.group("n")
    return _clean_name(value)


def _from_header(lines: list[Line], allowed: set[int]) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    seen = 0
    for line in lines:
        text = line.text.strip()
        if not text or line.index not in allowed:
            continue
        seen += 1
        top = seen <= 3
        unlabelled = _UNLABELLED.match(text)
        if unlabelled and _plausible(unlabelled.group("n"), known_surname=False):
            return unlabelled.group("n"), 0.9
        for pattern in _HEADER_LINES:
            match = pattern.match(text)
            if match and _plausible(match.group("n"), known_surname=False):
                return match.group("n"), 0.9 if top else 0.8
        spaced = _SPACED.match(text)
        if spaced:
            token = re.sub(r"[ \u3000]", "", spaced.group("n"))
            if _plausible(token, known_surname=not top):
                return token, 0.85
        alone = _STANDALONE.match(text)
        if alone and best is None:
            token = alone.group("n")
            if _has_surname(token) and _plausible(token, known_surname=True):
                best = (token, 0.85 if top else 0.75)
            elif top and _plausible(token, known_surname=False):
                best = (token, 0.6)  # a rare surname we do not list: lower confidence
    return best


def find_name(
    lines: list[Line],
    hits: list[LabelHit],
    entities: Sequence[EntityLike],
    header_lines: set[int] | None = None,
) -> FieldValue[str] | None:
    """Labelled name, else a name-shaped header line, else a NER name near the top, else a
    surname heuristic on the top lines. ``header_lines``: indices outside content sections."""
    allowed = header_lines if header_lines is not None else {line.index for line in lines}
    head_end = lines[min(len(lines), 15) - 1].end if lines else 0
    ner = next(
        (
            e
            for e in of_type(entities, "NAME")
            if e.start <= head_end and _looks_like_cn_name(e.text.strip())
        ),
        None,
    )
    rule = _from_label(hits)
    if rule:
        agrees = ner is not None and ner.text.strip() == rule
        return FieldValue(rule, 0.98 if agrees else 0.95, FieldSource.RULE)
    header = _from_header(lines, allowed)
    if header is not None and header[1] >= 0.75:
        name, confidence = header
        if ner is not None and ner.text.strip() == name:
            confidence = min(0.97, confidence + 0.07)
        return FieldValue(name, confidence, FieldSource.RULE)
    if ner is not None:
        return FieldValue(ner.text.strip(), clamp(min(0.9, ner.confidence)), FieldSource.NER)
    if header is not None:
        return FieldValue(header[0], header[1], FieldSource.RULE)
    return _guess_from_top(lines)
