"""Reading an uploaded workbook defensively: size, zip-bomb and row limits, values only."""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import load_workbook
from openpyxl.xml import DEFUSEDXML

from workflows.errors import ValidationFailedError

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm")
_BLANK_ROW_ALLOWANCE = 1000
_TOO_MANY_ROWS = "数据行数超过上限：一次最多导入 {n} 行，请拆分文件后分批导入"


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds on what an upload may make us read."""

    max_file_bytes: int = 5 * 1024 * 1024
    max_unzipped_bytes: int = 60 * 1024 * 1024
    # Real spreadsheets compress ~5-20x; a zip bomb compresses thousands of times.
    max_compression_ratio: float = 200.0
    max_zip_entries: int = 500
    max_rows: int = 5000
    max_columns: int = 40
    max_cell_chars: int = 4000


DEFAULT_LIMITS = ReadLimits()


class SpreadsheetError(ValidationFailedError):
    """The upload is not a workbook we can read safely."""

    code = "spreadsheet_unreadable"


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One non-empty data row: its 1-based row number in Excel and its cell values."""

    number: int
    values: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """The header row (normalised) and the data rows of the chosen worksheet."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]


def normalise_header(value: Any) -> str:
    """Header without blanks, required marks (*) or a trailing unit: 期望月薪（元）* -> 期望月薪."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    text = re.sub(r"\s+", "", text).strip("*")
    return re.sub(r"\(.*?\)$", "", text).strip("*")


def check_container(data: bytes, file_name: str, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    """Refuse what is not a reasonably sized .xlsx/.xlsm zip before openpyxl touches it."""
    if not file_name.lower().endswith(ACCEPTED_SUFFIXES):
        raise SpreadsheetError(
            f"unsupported file {file_name!r}",
            user_message="只支持 .xlsx 或 .xlsm 格式的 Excel 文件（旧版 .xls 请另存为 .xlsx）",
        )
    if len(data) > limits.max_file_bytes:
        raise SpreadsheetError(
            f"workbook of {len(data)} bytes",
            user_message=f"文件过大：Excel 文件不能超过 {limits.max_file_bytes // (1024 * 1024)}MB",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise SpreadsheetError(
            "not a zip container", user_message="文件不是有效的 Excel（.xlsx）文件，可能已损坏"
        ) from exc
    unzipped = sum(i.file_size for i in infos)
    packed = max(sum(i.compress_size for i in infos), 1)
    if (
        len(infos) > limits.max_zip_entries
        or unzipped > limits.max_unzipped_bytes
        or unzipped / packed > limits.max_compression_ratio
    ):
        raise SpreadsheetError(
            f"suspicious archive: {len(infos)} entries, {unzipped} bytes unzipped",
            user_message="文件解压后内容异常巨大，已拒绝处理；请只保留需要导入的数据后重新发送",
        )


def read_sheets(data: bytes, file_name: str, limits: ReadLimits = DEFAULT_LIMITS) -> list[Sheet]:
    """Every worksheet's header row and non-empty rows (cached values; formulas never run)."""
    check_container(data, file_name, limits)
    if not DEFUSEDXML:
        # openpyxl parses through defusedxml only when it is installed and not switched off
        # (OPENPYXL_DEFUSEDXML); without it DTDs and entities would be expanded: fail closed.
        raise SpreadsheetError(
            "openpyxl runs without defusedxml",
            user_message="服务器暂时无法安全读取 Excel 文件，请联系管理员",
        )
    try:
        with warnings.catch_warnings():
            # openpyxl warns about unsupported extensions (data validation, styles) in user files.
            warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise SpreadsheetError(
            f"openpyxl could not read: {type(exc).__name__}",
            user_message="无法读取该 Excel 文件，请确认文件未加密、未损坏后重新发送",
        ) from exc
    try:
        return [_read_sheet(ws, limits) for ws in wb.worksheets]
    finally:
        wb.close()


def _read_sheet(ws: Any, limits: ReadLimits) -> Sheet:
    headers: tuple[str, ...] = ()
    rows: list[SheetRow] = []
    for number, raw in enumerate(
        ws.iter_rows(max_col=limits.max_columns, values_only=True), start=1
    ):
        if number > limits.max_rows + _BLANK_ROW_ALLOWANCE:
            # Thousands of formatted-but-empty rows cost time too.
            raise SpreadsheetError(
                f"more than {number} rows", user_message=_TOO_MANY_ROWS.format(n=limits.max_rows)
            )
        values = _rstrip(tuple(_clean(v, limits) for v in raw))
        if not values:
            continue
        if not headers:
            headers = tuple(normalise_header(v) for v in values)
            continue
        rows.append(SheetRow(number, values))
        if len(rows) > limits.max_rows:
            raise SpreadsheetError(
                f"more than {limits.max_rows} rows",
                user_message=_TOO_MANY_ROWS.format(n=limits.max_rows),
            )
    return Sheet(str(ws.title), headers, tuple(rows))


def _rstrip(values: tuple[Any, ...]) -> tuple[Any, ...]:
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


def _clean(value: Any, limits: ReadLimits) -> Any:
    if isinstance(value, str):
        text = value.strip()
        return text[: limits.max_cell_chars] if text else None
    if isinstance(value, datetime | date | int | float | bool) or value is None:
        return value
    return str(value)
