"""Blank import templates: header row, one example row (skipped on import) and a notes sheet."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from workflows.spreadsheets.schema import (
    DEGREES,
    KIND_LABELS,
    QUESTION_TYPES,
    SALARY_LEVELS,
    SCHEMAS,
    ImportKind,
)
from workflows.spreadsheets.workbook import NOTE_FONT, safe_file_name, set_value, write_header

EXAMPLE_FONT = Font(color="808080", italic=True)
# Rows offered a drop-down list in the template.
_DROPDOWN_ROWS = 1000
_DROPDOWNS: dict[str, list[str]] = {
    "学历": ["博士", "硕士", "本科", "大专", "中专", "高中", "初中"],
    "类型": ["自我介绍", "行为", "情景", "技术", "价值观"],
    "级别": list(SALARY_LEVELS),
}
assert set(_DROPDOWNS["学历"]) <= set(DEGREES)
assert set(_DROPDOWNS["类型"]) <= set(QUESTION_TYPES)


def template_file_name(kind: ImportKind) -> str:
    """钉聘-候选人导入模板.xlsx and the like."""
    return safe_file_name(f"钉聘-{KIND_LABELS[kind]}导入模板")


def template_workbook(kind: ImportKind) -> bytes:
    """The .xlsx template of one import kind."""
    columns = SCHEMAS[kind]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"{KIND_LABELS[kind]}导入"
    headers = [c.header + ("*" if c.required else "") for c in columns]
    write_header(ws, headers, [c.width for c in columns])
    for col, column in enumerate(columns, start=1):
        example = column.example
        if isinstance(example, list | tuple):
            example = "、".join(str(e) for e in example)
        cell = set_value(ws, 2, col, example if example != "" else None)
        cell.font = EXAMPLE_FONT
        if column.header in ("手机",):
            cell.number_format = "@"  # keep phone numbers as text, not 1.38E+10
        dropdown = _DROPDOWNS.get(column.header)
        if dropdown:
            letter = get_column_letter(col)
            validation = DataValidation(
                type="list", formula1='"' + ",".join(dropdown) + '"', allow_blank=True
            )
            validation.add(f"{letter}2:{letter}{_DROPDOWN_ROWS}")
            ws.add_data_validation(validation)
    ws.freeze_panes = "A2"
    _notes(wb, kind)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _notes(wb: Workbook, kind: ImportKind) -> None:
    ws = wb.create_sheet("填写说明")
    write_header(ws, ["列名", "是否必填", "说明", "示例"], [14.0, 10.0, 60.0, 30.0])
    for row, column in enumerate(SCHEMAS[kind], start=2):
        set_value(ws, row, 1, column.header)
        set_value(ws, row, 2, "必填" if column.required else "选填")
        set_value(ws, row, 3, column.note).alignment = Alignment(wrap_text=True)
        set_value(ws, row, 4, str(column.example) if column.example != "" else "")
    tips = [
        "第1行为表头，请勿修改列名；第2行灰色为示例，导入时会自动跳过（也可直接删除）。",
        "从第2行起每行一条数据；任何一行有错误时整个文件都不会导入，请按提示修改后重新发送。",
        "只导入第一个含有上述表头的工作表；公式只取计算结果。",
        "把填好的文件直接发给钉聘机器人即可导入（单聊）。",
    ]
    start = len(SCHEMAS[kind]) + 3
    for i, tip in enumerate(tips):
        set_value(ws, start + i, 1, tip).font = NOTE_FONT
