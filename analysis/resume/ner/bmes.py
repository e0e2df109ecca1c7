"""Reading BMES-tagged character files and converting tag sequences to entity spans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.eval_input import EvalInputError, read_text

ENTITY_TYPES: tuple[str, ...] = ("NAME", "CONT", "RACE", "TITLE", "EDU", "ORG", "PRO", "LOC")
OUTSIDE = "O"

# One tag: "O" or a BMES prefix plus an upper-case type name (types beyond ENTITY_TYPES are
# accepted so that other corpora in the same format can be read).
_TAG_RE = re.compile(r"^(?:O|[BMES]-[A-Z][A-Z_]*)$")


class BmesFormatError(EvalInputError):
    """A BMES file line that cannot be parsed; the message names the source and line number."""

    def __init__(self, source: str, line_no: int, reason: str) -> None:
        super().__init__(source, reason, line_no)
        self.source = source
        self.line_no = line_no
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Sentence:
    """One tagged sentence: parallel character and tag sequences."""

    chars: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def text(self) -> str:
        """The sentence as a string."""
        return "".join(self.chars)


@dataclass(frozen=True, slots=True)
class Span:
    """An entity span over characters; ``end`` is exclusive."""

    type: str
    start: int
    end: int
    text: str


def is_valid_tag(tag: str) -> bool:
    """Whether ``tag`` is ``O`` or a well-formed ``B|M|E|S-TYPE`` tag."""
    return _TAG_RE.match(tag) is not None


def parse_bmes_lines(lines: Iterable[str], source: str = "<string>") -> Iterator[Sentence]:
    """Parse ``char TAG`` lines (blank line between sentences) into sentences."""
    chars: list[str] = []
    tags: list[str] = []
    line_no = 0
    for line_no, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if line_no == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            if chars:
                yield Sentence(tuple(chars), tuple(tags))
                chars, tags = [], []
            continue
        fields = line.split()
        if len(fields) != 2:
            raise BmesFormatError(
                source, line_no, f"expected 'CHAR TAG' (2 fields), got {len(fields)}: {line!r}"
            )
        char, tag = fields
        if len(char) != 1:
            raise BmesFormatError(source, line_no, f"expected a single character, got {char!r}")
        if not is_valid_tag(tag):
            raise BmesFormatError(source, line_no, f"invalid tag {tag!r} (want O or B/M/E/S-TYPE)")
        chars.append(char)
        tags.append(tag)
    if chars:
        yield Sentence(tuple(chars), tuple(tags))


def read_bmes(path: Path) -> list[Sentence]:
    """Read a BMES file into a list of sentences; EvalInputError (BmesFormatError on a bad line)
    for a missing, empty or non-UTF-8 file."""
    return list(parse_bmes_lines(read_text(path).splitlines(), source=str(path)))


def tags_to_spans(tags: Sequence[str], chars: Sequence[str] | str | None = None) -> list[Span]:
    """Convert BMES tags to entity spans, leniently and CoNLL style.

    Inconsistent sequences are repaired the way conlleval does: an ``M``/``E`` that does not
    continue an open entity of the same type starts a new one, and an entity left open (``B``
    followed by ``O``) still counts as an entity ending at its last tag.
    """
    spans: list[Span] = []
    text = "".join(chars) if chars is not None else None
    open_type: str | None = None
    open_start = 0

    def emit(kind: str, start: int, end: int) -> None:
        spans.append(Span(kind, start, end, text[start:end] if text is not None else ""))

    for i, tag in enumerate(tags):
        if tag == OUTSIDE or not is_valid_tag(tag):
            if open_type is not None:
                emit(open_type, open_start, i)
                open_type = None
            continue
        prefix, kind = tag[0], tag[2:]
        continues = open_type == kind and prefix in ("M", "E")
        if not continues and open_type is not None:
            emit(open_type, open_start, i)
            open_type = None
        if prefix == "S":
            emit(kind, i, i + 1)
        elif prefix == "E":
            emit(kind, open_start if continues else i, i + 1)
            open_type = None
        elif prefix == "B" or not continues:
            open_type, open_start = kind, i
    if open_type is not None:
        emit(open_type, open_start, len(tags))
    return spans


def spans_to_tags(length: int, spans: Iterable[Span]) -> list[str]:
    """Render non-overlapping spans as a BMES tag sequence of ``length`` tags."""
    tags = [OUTSIDE] * length
    for span in spans:
        if span.end - span.start == 1:
            tags[span.start] = f"S-{span.type}"
            continue
        tags[span.start] = f"B-{span.type}"
        for i in range(span.start + 1, span.end - 1):
            tags[i] = f"M-{span.type}"
        tags[span.end - 1] = f"E-{span.type}"
    return tags
