"""Work history: one entry per dated header line (employer, title, start, end; 至今 = present)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.resume.fields.dates import DateRange, find_ranges
from analysis.resume.fields.entities import clamp, within
from analysis.resume.fields.labels import LabelHit
from analysis.resume.fields.text import Line
from analysis.resume.types import EntityLike, FieldSource, FieldValue, WorkEntry

_ORG_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|银行|研究院|研究所|事务所|医院|工作室"
    r"|Co\.,?\s?Ltd\.?|Ltd\.?|Inc\.?|Corp(?:oration)?\.?|LLC|Group|Technologies|Bank)"
)
ORG = re.compile(
    r"(?P<org>[\u4e00-\u9fa5A-Za-z0-9()&·]{2,40}" + _ORG_SUFFIX + r"(?:\([\u4e00-\u9fa5]{2,8}\))?"
    r"|[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,4},? " + _ORG_SUFFIX + ")"
)
_CN_TITLE = (
    r"(?:高级|资深|初级|中级|首席|副|助理|见习|实习|兼职)?[\u4e00-\u9fa5A-Za-z/+#]{0,10}"
    r"(?:工程师|经理|总监|主管|专员|助理|顾问|架构师|分析师|设计师|开发|运营|实习生|总裁|总经理|主任|秘书"
    r"|会计|出纳|教师|老师|讲师|律师|医生|护士|销售代表|销售|文员|编辑|策划|客服|采购|HRBP|行政"
    r"|技术员|研究员|科学家|负责人|组长|店长|督导)"
)
_EN_TITLE = (
    r"(?:[A-Z][A-Za-z/&+#\-]*\s){0,4}"
    r"(?:Engineer|Developer|Manager|Director|Analyst|Designer|Consultant|Intern|Architect"
    r"|Specialist|Scientist|Accountant|Representative|Lead|VP|CTO|CEO|COO|CFO)(?![A-Za-z])"
)
TITLE = re.compile(f"{_EN_TITLE}|{_CN_TITLE}")
_TOKEN_SPLIT = re.compile(r"\t|\||\s{2,}|\s(?=\S)")
_CHUNK_SPLIT = re.compile(r"\t|\||\s{2,}|(?<=[\u4e00-\u9fa5])\s|\s(?=[\u4e00-\u9fa5])")
_INTERN = re.compile(r"实习|intern", re.IGNORECASE)
_SCHOOLISH = re.compile(r"(?:大学|学院|学校|中学|University|College)$")


def find_work(
    lines: list[Line],
    hits: list[LabelHit],
    entities: Sequence[EntityLike],
    *,
    in_section: bool,
    internship_section: bool = False,
) -> tuple[WorkEntry, ...]:
    """An entry starts at each line holding a date range; the next two lines belong to it."""
    heads = [(i, r[0]) for i, line in enumerate(lines) if (r := find_ranges(line.text))]
    entries: list[WorkEntry] = []
    for n, (i, dates) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        block = lines[i : min(stop, i + 3)]
        entry = _entry(block, dates, hits, entities, in_section, internship_section)
        if entry is not None:
            entries.append(entry)
    return tuple(entries)


def _entry(
    block: list[Line],
    dates: DateRange,
    hits: list[LabelHit],
    entities: Sequence[EntityLike],
    in_section: bool,
    internship_section: bool,
) -> WorkEntry | None:
    head = block[0]
    base = 0.85 if in_section else 0.6
    start, end = dates.span
    rest = head.text[:start] + " " * (end - start) + head.text[end:]
    employer = _labelled(hits, "employer", block, base + 0.05)
    title = _labelled(hits, "title", block, base + 0.05)
    if employer is None:
        employer = _employer(rest, head, entities, base)
    if employer is not None:
        cut = rest.find(employer.value)
        if cut >= 0:
            rest = rest[:cut] + " " * len(employer.value) + rest[cut + len(employer.value) :]
    if title is None:
        title = _title(rest, block, entities, base)
    if employer is None and title is None:
        return None
    if employer is not None and _SCHOOLISH.search(employer.value) and not in_section:
        return None  # a school line outside the work section is education, not a job
    text = " ".join(line.text for line in block)
    found = [f.confidence for f in (employer, title) if f is not None]
    return WorkEntry(
        employer=employer,
        title=title,
        start=dates.start,
        end=dates.end,
        end_is_present=dates.present,
        is_internship=internship_section or bool(_INTERN.search(text)),
        confidence=round(sum(found) / 2 + 0.1, 3),
    )


def _labelled(
    hits: list[LabelHit], key: str, block: list[Line], confidence: float
) -> FieldValue[str] | None:
    indices = {line.index for line in block}
    for hit in hits:
        if hit.key == key and hit.line_index in indices:
            return FieldValue(hit.value, min(confidence, 1.0), FieldSource.RULE)
    return None


def _employer(
    rest: str, head: Line, entities: Sequence[EntityLike], base: float
) -> FieldValue[str] | None:
    match = ORG.search(rest)
    orgs = within(entities, "ORG", head.start, head.end)
    if match:
        name = match.group("org").strip()
        agrees = any(e.text.strip() == name for e in orgs)
        return FieldValue(name, min(1.0, base + (0.1 if agrees else 0.05)), FieldSource.RULE)
    if orgs:
        entity = orgs[0]
        return FieldValue(entity.text.strip(), clamp(entity.confidence * 0.9), FieldSource.NER)
    # No suffix and no NER: the first cell that is not a job title, with low confidence.
    for token in _TOKEN_SPLIT.split(rest):
        token = token.strip(" ,，:")
        if len(token) < 2 or re.search(r"\d{3,}", token):
            continue
        title = TITLE.search(token)
        if title and title.start() == 0:
            continue
        name = token[: title.start()] if title else token
        if len(name) >= 2:
            return FieldValue(name, round(base * 0.6, 3), FieldSource.RULE)
    return None


def _title(
    rest: str, block: list[Line], entities: Sequence[EntityLike], base: float
) -> FieldValue[str] | None:
    for token in _CHUNK_SPLIT.split(rest):
        token = token.strip(" ,，:")
        match = TITLE.search(token)
        if match and len(match.group(0)) >= 2:
            return FieldValue(match.group(0), base, FieldSource.RULE)
    titles = within(entities, "TITLE", block[0].start, block[-1].end)
    if titles:
        entity = titles[0]
        return FieldValue(entity.text.strip(), clamp(entity.confidence * 0.9), FieldSource.NER)
    return None
