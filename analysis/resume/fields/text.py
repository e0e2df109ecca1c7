"""Length-preserving text normalisation and line splitting (entity offsets stay valid)."""

from __future__ import annotations

from dataclasses import dataclass

# Full-width ASCII (！..～) to half-width and the ideographic space to a space: one char for one
# char, so offsets into the folded text are offsets into the original (and into NER entities).
_FOLD_TABLE = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20, 0x00A0: 0x20}


def fold(text: str) -> str:
    """Fold full-width forms to ASCII without changing the length of the text."""
    return text.translate(_FOLD_TABLE)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the resume and where it starts in the full text."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just past the line."""
        return self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    """Split into lines, keeping offsets; blank lines are kept so indices match the text."""
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(Line(index, offset, raw))
        offset += len(raw) + 1
    return lines
