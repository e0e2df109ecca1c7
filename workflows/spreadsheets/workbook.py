"""Shared workbook helpers: Chinese-safe names, formula-safe text cells, header styling."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workflows.clock import BEIJING

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F6FEB")
HEADER_BORDER = Border(bottom=Side(style="thin", color="888888"))
NOTE_FONT = Font(color="666666", italic=True)

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FILE_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
# Strings Excel would otherwise treat as formulas when a user opens or edits the cell.
_FORMULA_START = ("=", "+", "-", "@")


def safe_sheet_title(title: str, fallback: str = "Sheet") -> str:
    """An Excel sheet title: no []:*?/\\, not blank, at most 31 characters (Chinese is fine)."""
    clean = _SHEET_FORBIDDEN.sub("_", unicodedata.normalize("NFKC", title)).strip().strip("'")
    return (clean or fallback)[:31]


def safe_file_name(stem: str, suffix: str = ".xlsx", max_chars: int = 80) -> str:
    """A file name every OS and DingTalk accepts: no path or control characters, bounded length."""
    clean = _FILE_FORBIDDEN.sub("_", unicodedata.normalize("NFKC", stem)).strip(" .")
    return (clean or "导出")[:max_chars] + suffix


def set_value(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write a cell; text is always stored as text, never as a formula."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell)  # we never merge cells
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"
    return cell


def write_header(ws: Worksheet, headers: list[str], widths: list[float], row: int = 1) -> None:
    """Bold coloured header row with column widths."""
    for col, (title, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = set_value(ws, row, col, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width


def local_naive(moment: datetime | None) -> datetime | None:
    """Beijing wall-clock time without tzinfo (Excel stores no time zones)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(BEIJING)
    return moment.replace(tzinfo=None, microsecond=0)
