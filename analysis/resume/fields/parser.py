"""Orchestrates field extraction: text (+ optional NER entities) -> ParsedResume."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from analysis.resume.fields.city import find_current_city, header_position
from analysis.resume.fields.contact import find_emails, find_phones
from analysis.resume.fields.education import find_education, highest_degree
from analysis.resume.fields.entries import find_entries
from analysis.resume.fields.experience import stated_years, years_from_work
from analysis.resume.fields.intent import find_cities, find_position, find_salary
from analysis.resume.fields.labels import find_labels
from analysis.resume.fields.names import find_name
from analysis.resume.fields.personal import find_age, find_birth, find_gender
from analysis.resume.fields.sections import Section, find_sections, lines_of
from analysis.resume.fields.skills import find_certificates, find_skills
from analysis.resume.fields.stated import merged, stated_items
from analysis.resume.fields.text import Line, fold, split_lines
from analysis.resume.types import EntityLike, ParsedResume

PARSER_VERSION = "layout-2026.12.1"


def parse_fields(
    text: str, entities: Sequence[EntityLike] = (), *, today: date | None = None
) -> ParsedResume:
    """Extract resume fields from text; entities (offsets into ``text``) improve some fields."""
    today = today or date.today()
    folded = fold(text)
    lines = split_lines(folded)
    sections = find_sections(lines)
    hits = find_labels(lines)

    education, work = find_entries(lines, sections, entities)
    if not education:
        # An education section whose schools carry no dates: one entry per school line.
        edu_lines = lines_of(lines, sections, "education")
        if edu_lines:
            education = find_education(edu_lines, hits, entities, in_section=True)
    experience = stated_years(folded, hits) or years_from_work(work, today)
    header = _header_lines(lines, sections)
    stated_skills, stated_certs = stated_items(lines, sections, hits)
    position = find_position(lines, hits, lines_of(lines, sections, "intent"))

    return ParsedResume(
        parser_version=PARSER_VERSION,
        name=find_name(lines, hits, entities, header),
        phones=find_phones(folded, hits),
        emails=find_emails(folded),
        gender=find_gender(lines, hits, header),
        birth=find_birth(folded, hits, today),
        age=find_age(lines, hits, header),
        education=education,
        highest_degree=highest_degree(education, hits),
        work_history=work,
        years_of_experience=experience,
        skills=merged(stated_skills, find_skills(folded, _spans(lines, sections, "skills"))),
        certificates=merged(
            stated_certs,
            find_certificates(folded, _spans(lines, sections, "certificates", "skills")),
        ),
        expected_position=position or header_position(lines, header),
        expected_salary=find_salary(hits),
        expected_cities=find_cities(hits, entities),
        current_city=find_current_city(lines, hits, header),
    )


_CONTENT = frozenset(
    {
        "education", "work", "internship", "project", "campus", "awards", "skills",
        "certificates", "summary", "languages",
    }
)  # fmt: skip


def _header_lines(lines: list[Line], sections: list[Section]) -> set[int]:
    """Lines outside content sections: where names, contacts and addresses are written."""
    inside = {
        i
        for s in sections
        if s.kind in _CONTENT
        for i in (s.heading_line, *range(s.first_line, s.end_line))
    }
    return {line.index for line in lines if line.index not in inside}


def _spans(lines: list[Line], sections: list[Section], *kinds: str) -> list[tuple[int, int]]:
    return [
        (
            lines[s.first_line].start if s.first_line < len(lines) else lines[-1].end,
            lines[s.end_line - 1].end,
        )
        for s in sections
        if s.kind in kinds and s.end_line > s.first_line
    ]
