"""One call from file bytes to parsed fields: extract text, recognise entities, apply rules."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.resume.extract.api import extract_text
from analysis.resume.extract.model import ExtractedText, ExtractLimits
from analysis.resume.fields import parse_fields
from analysis.resume.ner.model import Entity, ResumeNer
from analysis.resume.types import ParsedResume


@dataclass(frozen=True, slots=True)
class ResumeParse:
    """Everything the parser learnt from one file."""

    extracted: ExtractedText
    entities: tuple[Entity, ...]
    parsed: ParsedResume


def parse_resume(
    data: bytes, filename: str, *, limits: ExtractLimits, ner: ResumeNer | None = None
) -> ResumeParse:
    """Parse a resume file (blocking, CPU-bound: call it in a worker thread from async code)."""
    extracted = extract_text(data, filename, limits=limits)
    return parse_text(extracted, ner=ner)


def parse_text(extracted: ExtractedText, *, ner: ResumeNer | None = None) -> ResumeParse:
    """Recognise entities and fields in already extracted text."""
    model = ner or ResumeNer.default()
    entities = tuple(model.entities(extracted.text))
    return ResumeParse(extracted, entities, parse_fields(extracted.text, entities))
