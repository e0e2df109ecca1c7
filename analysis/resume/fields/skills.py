"""Skills and certificates found with the dictionaries."""

from __future__ import annotations

from functools import cache

from analysis.resume.fields.certificates_data import CASE_SENSITIVE_CERTS, CERTIFICATES
from analysis.resume.fields.dictionary import DictionaryMatcher
from analysis.resume.fields.skills_data import ALL_SKILLS, CASE_SENSITIVE_ALIASES
from analysis.resume.types import FieldSource, FieldValue

_IN_SECTION = 0.95
_ELSEWHERE = 0.85


@cache
def skill_matcher() -> DictionaryMatcher:
    """The skill matcher, compiled once."""
    return DictionaryMatcher(ALL_SKILLS, CASE_SENSITIVE_ALIASES)


@cache
def certificate_matcher() -> DictionaryMatcher:
    """The certificate matcher, compiled once."""
    return DictionaryMatcher(CERTIFICATES, CASE_SENSITIVE_CERTS)


def _collect(
    matcher: DictionaryMatcher, text: str, section_spans: list[tuple[int, int]]
) -> tuple[FieldValue[str], ...]:
    found: dict[str, FieldValue[str]] = {}
    for match in matcher.find(text):
        inside = any(start <= match.start < end for start, end in section_spans)
        confidence = _IN_SECTION if inside else _ELSEWHERE
        previous = found.get(match.canonical)
        if previous is None or previous.confidence < confidence:
            found[match.canonical] = FieldValue(match.canonical, confidence, FieldSource.DICTIONARY)
    return tuple(found.values())


def find_skills(text: str, section_spans: list[tuple[int, int]]) -> tuple[FieldValue[str], ...]:
    """Canonical skill names; higher confidence inside a skills section."""
    return _collect(skill_matcher(), text, section_spans)


def find_certificates(
    text: str, section_spans: list[tuple[int, int]]
) -> tuple[FieldValue[str], ...]:
    """Canonical certificate names; higher confidence inside a certificates section."""
    return _collect(certificate_matcher(), text, section_spans)
