"""DOCX text: paragraphs, tables (in document order) and text boxes, read from the zip safely."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from analysis.resume.errors import CorruptFileError
from analysis.resume.extract.model import ExtractLimits
from analysis.resume.extract.zipguard import check_archive, read_member

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BODY = _W + "body"
_P = _W + "p"
_TBL = _W + "tbl"
_TR = _W + "tr"
_TC = _W + "tc"
_SDT = _W + "sdt"
_SDT_CONTENT = _W + "sdtContent"
_TXBX = _W + "txbxContent"
_T = _W + "t"
_TAB = _W + "tab"
_BREAKS = frozenset({_W + "br", _W + "cr"})
# Deleted revisions and field codes are not visible text.
_SKIP = frozenset({_W + "del", _W + "instrText", _W + "delText", _MC_FALLBACK, _W + "rPr"})
_HEADER = re.compile(r"^word/header\d*\.xml$")
_FOOTER = re.compile(r"^word/footer\d*\.xml$")


def docx_text(archive: zipfile.ZipFile, filename: str, limits: ExtractLimits) -> str:
    """Return the visible text of a DOCX; headers first and footers last."""
    check_archive(archive, filename, limits)
    names = archive.namelist()
    parts = sorted(n for n in names if _HEADER.match(n))
    parts.append("word/document.xml")
    parts.extend(sorted(n for n in names if _FOOTER.match(n)))
    lines: list[str] = []
    for part in parts:
        try:
            raw = read_member(archive, part, filename, limits)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
            raise CorruptFileError(filename, f"{part}: {type(exc).__name__}") from exc
        root = _parse_xml(raw, filename, part)
        lines.extend(_block_lines(root))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def _parse_xml(raw: bytes, filename: str, part: str) -> ET.Element:
    # Office never writes a DTD; the parser refuses one (in any encoding), which rules out
    # entity expansion and external entities.
    try:
        root: ET.Element = SafeET.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise CorruptFileError(filename, f"{part}: DTD present") from exc
    except ET.ParseError as exc:
        raise CorruptFileError(filename, f"{part}: XML parse error") from exc
    return root


def _block_lines(element: ET.Element) -> Iterator[str]:
    """Yield lines for block content (body, cell, text box, content control) in order."""
    for child in element:
        tag = child.tag
        if tag == _P:
            yield from _paragraph_lines(child)
        elif tag == _TBL:
            yield from _table_lines(child)
        elif tag in (_SDT, _SDT_CONTENT, _BODY):
            yield from _block_lines(child)
        elif tag not in _SKIP and len(child):
            # Headers/footers and unknown wrappers: descend to find paragraphs and tables.
            yield from _block_lines(child)


def _paragraph_lines(paragraph: ET.Element) -> Iterator[str]:
    pieces: list[str] = []
    boxes: list[str] = []
    _collect_runs(paragraph, pieces, boxes)
    text = "".join(pieces)
    for line in text.split("\n"):
        if line.strip():
            yield line.rstrip()
    # Text boxes anchored in this paragraph follow it, each a block of its own.
    if boxes:
        yield ""
        yield from boxes
        yield ""


def _collect_runs(element: ET.Element, pieces: list[str], boxes: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == _T:
            pieces.append(child.text or "")
        elif tag == _TAB:
            pieces.append("\t")
        elif tag in _BREAKS:
            pieces.append("\n")
        elif tag == _TXBX:
            boxes.extend(_block_lines(child))
        elif len(child):
            _collect_runs(child, pieces, boxes)


def _table_lines(table: ET.Element) -> Iterator[str]:
    for row in _direct(table, _TR):
        cells: list[str] = []
        nested: list[str] = []
        columns = [list(_block_lines(cell)) for cell in _direct(row, _TC)]
        if any(len(lines) > 3 for lines in columns):
            # A table used for page layout (side column | main column): read cell by cell,
            # each cell a block of its own.
            for lines in columns:
                yield ""
                yield from lines
            yield ""
            continue
        for cell_lines in ([line for line in lines if line.strip()] for lines in columns):
            # Multi-line cells: the first line stays in the row, the rest follow the row.
            cells.append(cell_lines[0] if cell_lines else "")
            nested.extend(cell_lines[1:])
        row_text = "\t".join(c for c in cells if c.strip())
        if row_text.strip():
            yield row_text
        yield from nested


def _direct(element: ET.Element, tag: str) -> Iterator[ET.Element]:
    """Children with ``tag``, looking through content controls (w:sdt) that may wrap them."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _SDT_CONTENT):
            yield from _direct(child, tag)
