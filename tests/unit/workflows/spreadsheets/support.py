"""Building small workbooks in memory for spreadsheet tests."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook


def workbook_bytes(rows: list[list[Any]], *, title: str = "Sheet1") -> bytes:
    """An .xlsx whose first sheet holds `rows` (the first row is the header)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
