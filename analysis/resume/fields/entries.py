"""Work and education entries anchored on date ranges.

Every date range in a work, internship or education section (or anywhere, when the resume has
no such headings) starts an entry. The entry's other parts come from the short lines around the
date, in whatever order the template wrote them: the number of lines written above the date is
learnt from the first entry of the section and applied to the rest. Each cell is then classified
as school, degree, organisation, title or other with patterns, dictionaries and the NER model.
Projects, campus activities, awards and cover letters never produce entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.resume.fields.dates import DateRange, find_ranges
from analysis.resume.fields.education import SCHOOL, parse_degree
from analysis.resume.fields.entities import clamp, within
from analysis.resume.fields.labels import LABELS
from analysis.resume.fields.orgs_data import EXTRA_TITLE_WORDS, KNOWN_EMPLOYERS, ORG_ENDINGS
from analysis.resume.fields.sections import Section, heading_kind
from analysis.resume.fields.text import Line
from analysis.resume.fields.work import ORG, TITLE
from analysis.resume.types import (
    Degree,
    EducationEntry,
    EntityLike,
    FieldSource,
    FieldValue,
    WorkEntry,
)

ENTRY_KINDS = ("work", "internship", "education")
_NEVER = frozenset(
    {"project", "campus", "awards", "summary", "cover", "skills", "certificates", "languages"}
)
_CELL_SPLIT = re.compile(
    r"[\t|｜/]+|\s{2,}|\u3000|\s[·•]\s|[,，;；]\s*|(?<=》)(?=[^\s）)])"
    r"|(?<=[\u4e00-\u9fff）)》])\s(?=[\u4e00-\u9fff（(《A-Za-z])|(?<=[A-Za-z])\s(?=[\u4e00-\u9fff])"
)
_PAREN = re.compile(r"[（(][^（()）]{0,20}[）)]")
_BULLET = re.compile(r"^\s*(?:[•·●■◆▪\-*]|\d{1,2}[.、)）]|[一二三四五六七八九十][、.])")
_PROSE_END = re.compile(r"[。！？!?]\s*$")
_DEGREE_CELL = re.compile(
    r"^(?:全日制|统招|在职)?(?:博士(?:研究生)?|硕士(?:研究生)?|研究生|本科|学士|大专|专科|高职|中专"
    r"|高中|MBA|EMBA|Ph\.?D\.?|Bachelor|Master|B\.?Eng\.?|M\.?Eng\.?|B\.?S\.?|M\.?S\.?)$",
    re.IGNORECASE,
)
_LEADING_IN = re.compile(r"^(?:in|of|major(?:ing)? in|专业[:：]?)\s*", re.IGNORECASE)
_NOT_MAJOR = re.compile(
    r"^(?:统招|全日制|非全日制|在职|自考|成人教育|函授|985|211|双一流|学历|学位|在读|毕业|GPA.*|排名.*"
    r"|时间|学校|专业)$",
    re.IGNORECASE,
)
_EXTRA_TITLE = re.compile("(?:" + "|".join(EXTRA_TITLE_WORDS) + ")$")
_INTERN = re.compile(r"实习|intern", re.IGNORECASE)


@dataclass(slots=True)
class _Cells:
    school: str | None = None
    degree: Degree | None = None
    org: str | None = None
    title: str | None = None
    other: list[str] = field(default_factory=list)


_COLUMN_NAMES = re.compile(
    r"^(?:(?:时间|起止时间|日期|学校|院校|毕业院校|专业|学历|学位|公司|单位|公司名称|职位|岗位|职务)\s*){2,}$"
)


_PERSONAL_KEYS = ("name", "gender", "birth", "age", "phone", "email", "current_city", "position",
                  "salary", "city", "experience", "other")  # fmt: skip
_PERSONAL_LABEL = re.compile(
    r"^(?:"
    + "|".join(sorted((re.escape(x) for k in _PERSONAL_KEYS for x in LABELS[k]), key=len)[::-1])
    + r")\s*[:：]",
    re.IGNORECASE,
)


# Verbs that open a duty line and never a company, school or job title.
_DUTY = re.compile(
    r"^(?:负责|参与|主要|主导|协助|撰写|搭建|对接|独立|整理|带领|组织|推动|制定|完成|获得|实现|通过"
    r"|牵头|统筹|跟进|维护|优化|编写|策划并|带队|承担)"
)


def _is_header_like(text: str) -> bool:
    t = text.strip()
    if _COLUMN_NAMES.match(t) or _PERSONAL_LABEL.match(t):
        return False  # the header row of a table; a personal detail ("所在地：北京")
    if not t or len(t) > 50 or (_BULLET.match(t) and not find_ranges(t)):
        return False
    if _PROSE_END.search(t) or t.count("，") >= 2 or _DUTY.match(t) or "%" in t:
        return False
    return heading_kind(t) is None


def _anchor(text: str) -> DateRange | None:
    ranges = find_ranges(text)
    if not ranges or len(text.strip()) > 90 or _PROSE_END.search(text):
        return None
    return ranges[0]


_DEGREE_WORD = (
    "(?:(?:统招|全日制|非全日制|在职)?(?:博士|硕士|研究生|本科|大专|专科|中专)|统招|全日制)"
)
_DEGREE_EDGE = re.compile(rf"^{_DEGREE_WORD}(?=\S{{2}})|(?<=\S{{2}}){_DEGREE_WORD}$")
_ORG_END = re.compile(r"有限责任公司|股份有限公司|有限公司|集团|公司|银行|医院|事务所|研究院")


def _unglued(cell: str) -> list[str]:
    """OCR drops the gap between cells: "…有限公司招聘主管", "新闻学本科", "腾讯采购专员"."""
    edge = _DEGREE_EDGE.search(cell)
    if edge:
        degree = edge.group(0)
        rest = cell[len(degree) :] if edge.start() == 0 else cell[: edge.start()]
        return [*_unglued(rest), degree]
    school = SCHOOL.match(cell)
    if school and school.end() < len(cell) - 1:
        return [school.group("school"), *_unglued(cell[school.end() :])]
    # The longest organisation whose remainder is a title: "…集团有限公司财务实习生".
    for end in sorted((m.end() for m in _ORG_END.finditer(cell)), reverse=True):
        if 2 <= end < len(cell) - 1 and _is_title(cell[end:]):
            return [cell[:end], cell[end:]]
    for brand in KNOWN_EMPLOYERS:
        if cell.startswith(brand) and _is_title(cell[len(brand) :]):
            return [brand, cell[len(brand) :]]
    return [cell]


def _cells_of(text: str) -> list[str]:
    for found in find_ranges(text):
        start, end = found.span
        text = text[:start] + "  " + text[end:]
    text = _PAREN.sub(" ", text)
    cells = [c.strip(" :：-–—·•") for c in _CELL_SPLIT.split(text) if c and c.strip(" :：-–—·•")]
    return [part for cell in cells for part in _unglued(cell)]


def _is_org(cell: str) -> bool:
    bare = cell.strip('《》“”"')
    if cell.startswith("《") or bare in KNOWN_EMPLOYERS:
        return True
    match = ORG.search(cell)
    if match and len(match.group(0)) >= 0.7 * len(cell):
        return True
    return len(bare) >= 4 and bare.endswith(ORG_ENDINGS)


def _is_title(cell: str) -> bool:
    match = TITLE.search(cell)
    if match and match.end() == len(cell) and len(match.group(0)) >= 0.6 * len(cell):
        return True
    return len(cell) <= 12 and _EXTRA_TITLE.search(cell) is not None


def _classify(lines: list[str]) -> _Cells:
    out = _Cells()
    for text in lines:
        for cell in _cells_of(text):
            school = SCHOOL.search(cell)
            if _DEGREE_CELL.match(cell):
                degree = parse_degree(cell) or (Degree.MASTER if "研究生" in cell else None)
                if degree and (out.degree is None or degree.rank > out.degree.rank):
                    out.degree = degree
            elif school and len(school.group("school")) >= 0.8 * len(cell):
                # A second school-like cell after the school is its faculty ("光华管理学院").
                out.school = out.school or school.group("school")
            elif _is_org(cell) and out.org is None:
                out.org = cell.strip('《》“”"')
            elif _is_title(cell) and out.title is None:
                out.title = cell
            else:
                degree = parse_degree(cell)
                if degree is not None and out.degree is None:
                    out.degree = degree  # "B.Eng. in Computer Science": degree and major
                    rest = _LEADING_IN.sub("", _strip_degree(cell).strip()).strip(" .,")
                    if rest:
                        out.other.append(rest)
                else:
                    out.other.append(cell)
    return out


def _strip_degree(cell: str) -> str:
    return re.sub(
        r"^(?:Bachelor|Master|Doctor)(?:'s)?(?: of (?:Science|Arts|Engineering))?|^B\.?Eng\.?"
        r"|^M\.?Eng\.?|^B\.?S\.?c?\.?|^M\.?S\.?c?\.?|^Ph\.?D\.?",
        "",
        cell.strip(),
        flags=re.IGNORECASE,
    )


def _complete(cells: _Cells) -> bool:
    job = cells.org is not None and cells.title is not None
    school = cells.school is not None and cells.degree is not None and bool(cells.other)
    return job or school


@dataclass(frozen=True, slots=True)
class _Draft:
    dates: DateRange
    lines: list[Line]


def _drafts(segment: list[Line]) -> list[_Draft]:
    anchors = [(i, r) for i, line in enumerate(segment) if (r := _anchor(line.text))]
    if not anchors:
        return []
    first = anchors[0][0]
    lead = 0
    while lead < 2 and first - lead - 1 >= 0 and _is_header_like(segment[first - lead - 1].text):
        if _anchor(segment[first - lead - 1].text):
            break
        lead += 1
    drafts = []
    previous_end = -1
    for n, (index, dates) in enumerate(anchors):
        # The lines above the date that the previous entry did not take (at most two): the
        # first entry tells how many lines a template writes above its dates, the rest may
        # differ when a resume mixes orders.
        before: list[Line] = []
        # A date line that names both the organisation and the title needs nothing above it.
        reach = 0 if _complete(_classify([segment[index].text])) else lead or 2
        for j in range(index - 1, max(previous_end, index - 1 - reach), -1):
            text = segment[j].text
            if not _is_header_like(text) or _anchor(text):
                break
            before.insert(0, segment[j])
        stop = anchors[n + 1][0] - lead if n + 1 < len(anchors) else len(segment)
        after: list[Line] = []
        for j in range(index + 1, min(stop, index + 3)):
            text = segment[j].text
            if not _is_header_like(text) or _anchor(text) or len(before) + len(after) >= 2:
                break
            if _complete(_classify([line.text for line in [*before, segment[index], *after]])):
                break  # the next line starts the next entry
            after.append(segment[j])
        drafts.append(_Draft(dates, [*before, segment[index], *after]))
        previous_end = index + len(after)
    return drafts


def _education(
    draft: _Draft, cells: _Cells, base: float, entities: Sequence[EntityLike]
) -> EducationEntry | None:
    school = cells.school or cells.org
    if school is None:
        return None
    others = [c for c in ([cells.title] if cells.title else []) + cells.other]
    text = next((c for c in others if 2 <= len(c) <= 20 and not _NOT_MAJOR.match(c)), None)
    major = FieldValue(text, round(base * 0.95, 3), FieldSource.RULE) if text else None
    programmes = within(entities, "PRO", draft.lines[0].start, draft.lines[-1].end)
    named = programmes[0].text.strip() if programmes else ""
    if named and (text is None or named == text or (named in text and re.search(r"学院|系", text))):
        # "光华管理学院会计学": the model separates the programme from the school's faculty.
        entity = programmes[0]
        major = FieldValue(entity.text.strip(), clamp(entity.confidence * 0.9), FieldSource.NER)
    degree = cells.degree or parse_degree(" ".join(line.text for line in draft.lines))
    found = [base] + ([base] if degree else []) + ([base * 0.95] if major else [])
    return EducationEntry(
        school=FieldValue(school, base, FieldSource.RULE),
        degree=FieldValue(degree, base, FieldSource.RULE) if degree else None,
        major=major,
        start=draft.dates.start,
        end=draft.dates.end,
        end_is_present=draft.dates.present,
        confidence=round(min(1.0, sum(found) / 3 + 0.1), 3),
    )


def _value(
    text: str, confidence: float, source: FieldSource, ner: list[EntityLike]
) -> FieldValue[str]:
    # Where only a dictionary or the position backs a value, the model's agreement is better
    # evidence: report it as the model's.
    agreeing = next((e for e in ner if e.text.strip() == text), None)
    if agreeing is not None and (source is not FieldSource.RULE or confidence < 0.9):
        return FieldValue(text, clamp(agreeing.confidence * 0.9), FieldSource.NER)
    return FieldValue(text, confidence, source)


def _work(
    draft: _Draft, cells: _Cells, base: float, internship: bool, entities: Sequence[EntityLike]
) -> WorkEntry | None:
    start, end = draft.lines[0].start, draft.lines[-1].end
    ner_orgs = within(entities, "ORG", start, end)
    ner_titles = within(entities, "TITLE", start, end)
    others = list(cells.other)
    employer: FieldValue[str] | None = None
    if cells.org is not None:
        known = cells.org in KNOWN_EMPLOYERS
        source = FieldSource.DICTIONARY if known else FieldSource.RULE
        employer = _value(cells.org, base, source, ner_orgs)
    elif cells.school is not None:
        employer = FieldValue(cells.school, base, FieldSource.RULE)
    elif ner_orgs:
        org = ner_orgs[0]
        employer = FieldValue(org.text.strip(), clamp(org.confidence * 0.9), FieldSource.NER)
        others = [o for o in others if o != employer.value]
    elif others:
        employer = FieldValue(others.pop(0), round(base * 0.6, 3), FieldSource.RULE)
    title: FieldValue[str] | None = None
    if cells.title is not None:
        regex = TITLE.fullmatch(cells.title) is not None
        title = _value(
            cells.title, base if regex else round(base * 0.85, 3), FieldSource.RULE, ner_titles
        )
    elif ner_titles:
        entity = ner_titles[0]
        title = FieldValue(entity.text.strip(), clamp(entity.confidence * 0.9), FieldSource.NER)
    elif others:
        title = FieldValue(others[0], round(base * 0.6, 3), FieldSource.RULE)
    if employer is None and title is None:
        return None
    found = [f.confidence for f in (employer, title) if f is not None]
    text = " ".join(line.text for line in draft.lines)
    return WorkEntry(
        employer=employer,
        title=title,
        start=draft.dates.start,
        end=draft.dates.end,
        end_is_present=draft.dates.present,
        is_internship=internship or bool(_INTERN.search(title.value if title else text)),
        confidence=round(min(1.0, sum(found) / 2 + 0.1), 3),
    )


def find_entries(
    lines: list[Line], sections: list[Section], entities: Sequence[EntityLike] = ()
) -> tuple[tuple[EducationEntry, ...], tuple[WorkEntry, ...]]:
    """Education and work entries (internships included, flagged) in document order."""
    segments: list[tuple[str | None, list[Line]]] = [
        (s.kind, lines[s.first_line : s.end_line]) for s in sections if s.kind in ENTRY_KINDS
    ]
    if not segments:
        # No entry headings: every line outside projects, awards, campus and the like.
        skipped = {
            i for s in sections if s.kind in _NEVER for i in range(s.heading_line, s.end_line)
        }
        skipped |= {
            i for s in sections if s.kind in _NEVER for i in range(s.first_line, s.end_line)
        }
        segments = [(None, [line for line in lines if line.index not in skipped])]
    education: list[EducationEntry] = []
    work: list[WorkEntry] = []
    for kind, segment in segments:
        base = 0.9 if kind else 0.7
        for draft in _drafts(segment):
            cells = _classify([line.text for line in draft.lines])
            as_school = kind == "education" or (
                kind is None and (cells.school or cells.degree) and not cells.title
            )
            if as_school:
                entry = _education(draft, cells, base, entities)
                if entry is not None:
                    education.append(entry)
                continue
            job = _work(draft, cells, base, kind == "internship", entities)
            if job is not None:
                work.append(job)
    return tuple(education), tuple(work)
