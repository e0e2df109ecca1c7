"""Reading uploads safely: wrong types, zip bombs, too many rows, and formulas never evaluated."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.spreadsheets.reading import ReadLimits, SpreadsheetError, read_sheets
from workflows.spreadsheets.workbook import safe_file_name, safe_sheet_title


def test_only_xlsx_and_xlsm_are_accepted() -> None:
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(workbook_bytes([["姓名"]]), "候选人.xls")
    assert ".xlsx" in err.value.user_message


def test_a_corrupt_file_is_refused_with_a_clear_message() -> None:
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(b"this is not a zip", "候选人.xlsx")
    assert "不是有效的 Excel" in err.value.user_message


def test_zip_bomb_is_refused_before_parsing() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    assert len(buffer.getvalue()) < 100_000
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(buffer.getvalue(), "bomb.xlsx")
    assert "异常巨大" in err.value.user_message


def test_oversized_file_is_refused() -> None:
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(workbook_bytes([["姓名"]]), "a.xlsx", ReadLimits(max_file_bytes=100))
    assert "文件过大" in err.value.user_message


def test_too_many_rows_is_refused() -> None:
    rows: list[list[object]] = [["姓名", "岗位编号"], *[[f"人{i}", 1] for i in range(6)]]
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(workbook_bytes(rows), "a.xlsx", ReadLimits(max_rows=5))
    assert "最多导入 5 行" in err.value.user_message


def test_formulas_are_read_as_cached_values_never_evaluated() -> None:
    # openpyxl stores no cached result for a formula it wrote: the cell reads as empty.
    data = workbook_bytes([["姓名", "岗位编号"], ["=1+1", 1], ['=HYPERLINK("http://x")', 2]])
    sheet = read_sheets(data, "a.xlsx")[0]
    assert [r.values for r in sheet.rows] == [(None, 1), (None, 2)]


def test_names_are_safe_for_chinese_and_for_excel() -> None:
    assert safe_sheet_title("后端/开发[2026]:候选人?") == "后端_开发_2026__候选人_"
    assert len(safe_sheet_title("很长" * 40)) == 31
    assert safe_file_name('高级后端/开发:"A"') == "高级后端_开发__A_.xlsx"
    assert safe_file_name("") == "导出.xlsx"


def _with_entity(data: bytes, part: str) -> bytes:
    """The workbook with an internal entity declared in one XML part and used in its text."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            raw = src.read(name)
            if name == part:
                text = raw.decode("utf-8").replace("姓名", "&e;")
                raw = f'<!DOCTYPE x [<!ENTITY e "注入">]>{text}'.encode()
            dst.writestr(name, raw)
    return out.getvalue()


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_xml_entities_in_a_workbook_are_refused_not_expanded(part: str) -> None:
    data = _with_entity(workbook_bytes([["姓名"], ["张伟"]]), part)
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(data, "候选人.xlsx")
    assert "无法读取该 Excel 文件" in err.value.user_message
