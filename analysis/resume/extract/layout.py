"""Reading order from text positions: columns, rows and blocks for PDF pages and OCR scans.

Text boxes (PDF character runs or OCR boxes) become rows; a page whose boxes leave a vertical
gutter is read column by column (side column first when it is the narrow one), except when one
column holds only dates: that is a timeline, whose dates belong to the entry at the same height,
so its rows are read across. Blocks (a vertical gap wider than a line) are separated by a blank
line, which is how the field rules learn whether a heading sits above or below its block.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass

_DATE_ONLY = re.compile(
    r"^[\s\d.\-/~–—年月至今现在到]*(?:至今|现在|今|present|now)?[\s\d.\-/~–—年月]*$", re.IGNORECASE
)
_MIN_GUTTER = 12.0  # points (or pixels / scale): narrower gaps are spaces between cells


@dataclass(frozen=True, slots=True)
class Box:
    """A run of text and its rectangle; y grows downwards."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float

    @property
    def middle(self) -> float:
        """Vertical centre."""
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        """Height, at least 1."""
        return max(self.y1 - self.y0, 1.0)


@dataclass(frozen=True, slots=True)
class Row:
    """Boxes on one visual line, left to right."""

    boxes: tuple[Box, ...]

    @property
    def y0(self) -> float:
        """Top."""
        return min(b.y0 for b in self.boxes)

    @property
    def y1(self) -> float:
        """Bottom."""
        return max(b.y1 for b in self.boxes)

    def text(self) -> str:
        """Cells separated by two spaces when they are apart, by nothing when they touch."""
        out = ""
        previous: Box | None = None
        for box in self.boxes:
            if previous is not None:
                gap = box.x0 - previous.x1
                size = max(min(box.size, previous.size), 1.0)
                if previous.text[-1] in "，、。：；）》,;:":
                    gap -= 0.8 * size  # full-width punctuation leaves its em box half empty
                out += "  " if gap > 0.8 * size else (" " if gap > 0.25 * size else "")
            out += box.text
            previous = box
        return out.strip()


def rows_of(boxes: list[Box]) -> list[Row]:
    """Group boxes into rows by vertical overlap."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.middle, b.x0)):
        if rows:
            last = rows[-1]
            anchor_mid = statistics.fmean(b.middle for b in last)
            anchor_h = min(b.height for b in last)
            if abs(box.middle - anchor_mid) < 0.5 * min(box.height, anchor_h):
                last.append(box)
                continue
        rows.append([box])
    return [Row(tuple(sorted(r, key=lambda b: b.x0))) for r in rows]


def _gutter(boxes: list[Box], width: float) -> float | None:
    """The x of the widest empty vertical strip between 15% and 85% of the width, if any."""
    if len(boxes) < 6:
        return None
    spans = sorted((b.x0, b.x1) for b in boxes)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        wide_enough = x0 - reach >= _MIN_GUTTER and 0.15 * width <= (x0 + reach) / 2 <= 0.85 * width
        if wide_enough and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return None
    cut = (best[0] + best[1]) / 2
    left = [b for b in boxes if b.x1 <= cut]
    right = [b for b in boxes if b.x0 >= cut]
    # Both sides must carry real text, not a stray page number.
    if min(len(left), len(right)) < 3:
        return None
    return cut


def _is_dates(row: Row) -> bool:
    text = row.text()
    return bool(_DATE_ONLY.match(text) and re.search(r"\d{4}", text))


def _level(rows: list[Row], others: list[Row]) -> list[Row]:
    return [
        row
        for row in rows
        if any(abs((row.y0 + row.y1) / 2 - (o.y0 + o.y1) / 2) < 0.3 * (o.y1 - o.y0) for o in others)
    ]


def _read_across(column: list[Box], other: list[Box]) -> bool:
    """True when the two sides are one table, not two columns: most rows of the shorter side
    sit level with a row of the other (table cells), or the level rows of one side are dates
    (a timeline, whose dates belong to the entry at the same height)."""
    rows, others = rows_of(column), rows_of(other)
    level = _level(rows, others)
    dated = sum(1 for row in level if _is_dates(row))
    all_dates = sum(1 for row in rows if _is_dates(row))
    # A timeline: (nearly) every date of this side sits level with an entry of the other.
    # (Dates make a good part of that side; two level dates can be a coincidence.)
    timeline = dated >= 2 and dated >= 0.8 * all_dates and all_dates >= 0.2 * len(rows)
    if timeline and dated >= 0.5 * len(level):
        return True
    shorter = min(len(rows), len(others))
    level_short = level if len(rows) <= len(others) else _level(others, rows)
    return shorter >= 3 and len(level_short) >= 0.8 * shorter


def _block_lines(rows: list[Row]) -> list[str]:
    """Row texts with a blank line wherever the vertical gap is wider than a line."""
    if not rows:
        return []
    line = statistics.median(r.y1 - r.y0 for r in rows)
    gaps = [b.y0 - a.y1 for a, b in itertools.pairwise(rows)]
    # Blocks are separated by clearly more space than the usual gap between lines.
    usual = statistics.median(gaps) if gaps else 0.0
    limit = max(1.5 * usual + 0.2 * line, 0.5 * line)
    lines: list[str] = []
    for previous, row in zip([None, *rows[:-1]], rows, strict=True):
        if previous is not None and row.y0 - previous.y1 > limit:
            lines.append("")
        lines.append(row.text())
    return lines


def reading_order(boxes: list[Box], width: float) -> str:
    """The text of one page in reading order, blocks separated by blank lines."""
    boxes = [b for b in boxes if b.text.strip()]
    if not boxes:
        return ""
    # Titles in a large font may reach over the gutter of a narrow side column: find the
    # gutter in body text, then put each title on the side holding its centre.
    body = statistics.median(b.size for b in boxes)
    normal = [b for b in boxes if b.size <= 1.4 * body]
    cut = _gutter(normal, width)
    if cut is None:
        return "\n".join(_block_lines(rows_of(boxes)))
    big = [b for b in boxes if b.size > 1.4 * body]
    crossing = [b for b in normal if b.x0 < cut < b.x1]
    left = [b for b in normal if b.x1 <= cut] + [b for b in big if (b.x0 + b.x1) / 2 < cut]
    right = [b for b in normal if b.x0 >= cut] + [b for b in big if (b.x0 + b.x1) / 2 >= cut]
    if _read_across(left, right) or _read_across(right, left):
        return "\n".join(_block_lines(rows_of(boxes)))
    # The narrow column (name, contacts, skills) first, then the main one.
    narrow, wide = (
        (left, right)
        if cut - _left_edge(left) <= _right_edge(right) - cut
        else (
            right,
            left,
        )
    )
    parts = [_block_lines(rows_of(crossing))] if crossing else []
    parts += [_block_lines(rows_of(narrow)), _block_lines(rows_of(wide))]
    return "\n\n".join("\n".join(p) for p in parts if p)


def _left_edge(boxes: list[Box]) -> float:
    return min(b.x0 for b in boxes)


def _right_edge(boxes: list[Box]) -> float:
    return max(b.x1 for b in boxes)
