"""Templates open, are recognised as their kind, skip their example row, accept a filled row."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from workflows.spreadsheets.reading import read_sheets
from workflows.spreadsheets.schema import SCHEMAS, ImportKind
from workflows.spreadsheets.templates import template_file_name, template_workbook
from workflows.spreadsheets.validation import detect, parse_cells

FILLED: dict[ImportKind, list[object]] = {
    ImportKind.CANDIDATES: [
        "周敏",
        "13600001111",
        "zm@example.com",
        2,
        "硕士",
        "复旦大学",
        3,
        "SQL、Excel",
        "15000",
        "上海",
    ],
    ImportKind.QUESTIONS: ["请讲一次你化解客户投诉的经历。", "行为", 20, 120, 3, "", "service"],
    ImportKind.SALARY_BANDS: [3, "高级", 7500, 9000],
    ImportKind.OUTCOMES: [
        7,
        "周敏",
        "2026-04-01",
        "延长",
        None,
        "2026Q3",
        3.5,
        None,
        None,
        None,
        "女",
        1992,
        "华南",
        "一本",
    ],
}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_template_round_trip(kind: ImportKind) -> None:
    data = template_workbook(kind)
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames[1] == "填写说明"
    notes = wb["填写说明"]
    assert [c.value for c in notes[1]] == ["列名", "是否必填", "说明", "示例"]
    assert notes.cell(2, 1).value == SCHEMAS[kind][0].header
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    ws.append(FILLED[kind])
    buffer = io.BytesIO()
    wb.save(buffer)

    found = detect(read_sheets(buffer.getvalue(), template_file_name(kind)))
    assert found is not None
    sheet, layout = found
    assert layout.kind is kind
    result = parse_cells(sheet, layout)
    assert result.errors == []
    assert result.skipped_examples == 1  # the grey example row is not imported
    assert [r.number for r in result.rows] == [3]


def test_unchanged_template_has_nothing_to_import() -> None:
    found = detect(read_sheets(template_workbook(ImportKind.CANDIDATES), "模板.xlsx"))
    assert found is not None
    result = parse_cells(*found)
    assert result.rows == [] and result.skipped_examples == 1


def test_template_file_names_are_chinese_and_safe() -> None:
    assert template_file_name(ImportKind.CANDIDATES) == "钉聘-候选人导入模板.xlsx"
    assert template_file_name(ImportKind.SALARY_BANDS) == "钉聘-薪资带宽导入模板.xlsx"
