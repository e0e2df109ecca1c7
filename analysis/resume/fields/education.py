"""Education entries: school, degree, major and dates."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.resume.fields.dates import DateRange, find_ranges
from analysis.resume.fields.entities import clamp, within
from analysis.resume.fields.labels import LabelHit
from analysis.resume.fields.text import Line
from analysis.resume.types import Degree, EducationEntry, EntityLike, FieldSource, FieldValue

SCHOOL = re.compile(
    r"(?:毕业于|就读于)?(?P<school>[\u4e00-\u9fa5]{2,16}?(?:大学|学院|学校|中学|高中|研究生院|党校)"
    r"(?:\([\u4e00-\u9fa5]{2,6}\))?"
    r"|(?:University|College|Institute) of [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,4}"
    r"|[A-Z][A-Za-z.&']*(?: [A-Z][A-Za-z.&']*){0,5} (?:University|College|Institute|School))"
)
_OF = r"(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"  # "Master of Science" is all degree, no major
_DEGREE_WORDS: tuple[tuple[str, Degree], ...] = (
    (r"博士(?:研究生)?|Ph\.?\s?D\.?|Doctor(?:ate)?", Degree.DOCTOR),
    (
        r"硕士(?:研究生)?|研究生|MBA|EMBA|MPA|Master(?:'s)?" + _OF + r"|M\.?S(?:c)?\.?(?![A-Za-z])"
        r"|M\.?Eng",
        Degree.MASTER,
    ),
    (
        r"本科|学士|Bachelor(?:'s)?" + _OF + r"|B\.?S(?:c)?\.?(?![A-Za-z])|B\.?Eng"
        r"|B\.?A\.(?![A-Za-z])",
        Degree.BACHELOR,
    ),
    (r"大专|专科|高职|Associate", Degree.ASSOCIATE),
    (r"中专|职高|技校|中技", Degree.SECONDARY_VOCATIONAL),
    (r"高中", Degree.HIGH_SCHOOL),
    (r"初中", Degree.JUNIOR_HIGH),
)  # fmt: skip
_DEGREE = re.compile("|".join(f"(?:{p})" for p, _ in _DEGREE_WORDS))
_DEGREE_ONE = [(re.compile(f"^(?:{p})$", re.IGNORECASE), d) for p, d in _DEGREE_WORDS]
_SPLIT = re.compile(r"[\t|/,，、;；()]+|\s{2,}|(?<=[\u4e00-\u9fa5])\s|\s(?=[\u4e00-\u9fa5])")
_NOT_MAJOR = re.compile(
    r"^(?:统招|全日制|非全日制|在职|自考|成人教育|函授|985|211|双一流|学历|学位|专业|主修|GPA.*|排名.*"
    r"|在读|毕业|时间|学校|\d.*)$",
    re.IGNORECASE,
)


def parse_degree(text: str) -> Degree | None:
    """The highest degree word in text, or None."""
    best: Degree | None = None
    for match in _DEGREE.finditer(text):
        for regex, degree in _DEGREE_ONE:
            if regex.match(match.group(0)) and (best is None or degree.rank > best.rank):
                best = degree
    return best


def find_education(
    lines: list[Line], hits: list[LabelHit], entities: Sequence[EntityLike], in_section: bool
) -> tuple[EducationEntry, ...]:
    """One entry per school line; degree, major and dates from that line and the lines below it."""
    entries: list[EducationEntry] = []
    pending_dates: DateRange | None = None
    base = 0.9 if in_section else 0.7
    for i, line in enumerate(lines):
        ranges = find_ranges(line.text)
        school_match = SCHOOL.search(line.text)
        if school_match is None:
            if ranges and not line.text[ranges[0].span[1] :].strip():
                pending_dates = ranges[0]  # a date line above its school line
            continue
        dates = ranges[0] if ranges else pending_dates
        pending_dates = None
        block = [line]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and SCHOOL.search(nxt.text) is None and not find_ranges(nxt.text):
            block.append(nxt)
        entries.append(_entry(line, block, school_match, dates, hits, entities, base))
    return tuple(entries)


def _entry(
    line: Line,
    block: list[Line],
    school_match: re.Match[str],
    dates: DateRange | None,
    hits: list[LabelHit],
    entities: Sequence[EntityLike],
    base: float,
) -> EducationEntry:
    school_name = school_match.group("school").strip()
    school = FieldValue(school_name, base, FieldSource.RULE)
    ner_org = within(entities, "ORG", line.start, line.end)
    if any(e.text.strip() == school_name for e in ner_org):
        school = FieldValue(school_name, min(1.0, base + 0.05), FieldSource.RULE)
    block_text = " ".join(b.text for b in block)
    degree_value = parse_degree(block_text)
    degree = FieldValue(degree_value, base, FieldSource.RULE) if degree_value else None
    if degree is None:
        for entity in within(entities, "EDU", block[0].start, block[-1].end):
            parsed = parse_degree(entity.text)
            if parsed:
                degree = FieldValue(parsed, clamp(entity.confidence * 0.9), FieldSource.NER)
                break
    major = _major(line, block, school_match, hits, entities, base)
    found = [f.confidence for f in (school, degree, major) if f is not None]
    return EducationEntry(
        school=school,
        degree=degree,
        major=major,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        end_is_present=dates.present if dates else False,
        confidence=round(sum(found) / 3 + (0.1 if dates else 0.0), 3) if found else 0.0,
    )


def _major(
    line: Line,
    block: list[Line],
    school_match: re.Match[str],
    hits: list[LabelHit],
    entities: Sequence[EntityLike],
    base: float,
) -> FieldValue[str] | None:
    block_start, block_end = block[0].start, block[-1].end
    for hit in hits:
        if hit.key == "major" and block_start <= hit.value_start < block_end:
            return FieldValue(hit.value.split()[0], base, FieldSource.RULE)
    for entity in within(entities, "PRO", block_start, block_end):
        return FieldValue(entity.text.strip(), clamp(entity.confidence * 0.9), FieldSource.NER)
    # What is left on the school line once dates, school and degree are blanked out.
    rest = line.text
    spans = [r.span for r in find_ranges(rest)] + [school_match.span()]
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    rest = _DEGREE.sub(" ", rest)
    for token in _SPLIT.split(rest):
        token = re.sub(r"^(?:in|of|major)\s+", "", token.strip(" .:-"), flags=re.IGNORECASE)
        if 2 <= len(token) <= 20 and not _NOT_MAJOR.match(token):
            return FieldValue(token, round(base * 0.8, 3), FieldSource.RULE)
    return None


def highest_degree(
    entries: tuple[EducationEntry, ...], hits: list[LabelHit]
) -> FieldValue[Degree] | None:
    """The stated 最高学历 if any, else the highest degree among the entries."""
    for hit in hits:
        if hit.key == "degree":
            stated = parse_degree(hit.value)
            if stated:
                return FieldValue(stated, 0.95, FieldSource.RULE)
    degrees = [e.degree for e in entries if e.degree is not None]
    if not degrees:
        return None
    return max(degrees, key=lambda d: d.value.rank)
