"""Cell validation: every bad cell is reported with its Excel row, column letter and header."""

from __future__ import annotations

import pytest

from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.jobs.models import QuestionType
from workflows.spreadsheets.reading import read_sheets
from workflows.spreadsheets.schema import ImportKind
from workflows.spreadsheets.validation import CellError, Validated, detect, parse_cells

CANDIDATE_HEADER: list[object] = [
    "姓名",
    "手机",
    "邮箱",
    "岗位编号",
    "学历",
    "学校",
    "工作年限",
    "技能",
    "期望月薪",
]


def _validate(rows: list[list[object]]) -> Validated:
    found = detect(read_sheets(workbook_bytes(rows), "导入.xlsx"))
    assert found is not None
    sheet, layout = found
    return parse_cells(sheet, layout)


def test_error_message_names_row_column_and_header() -> None:
    assert str(CellError(3, "B", "手机", "手机号应为11位")) == "第3行 B列（手机）：手机号应为11位"
    assert str(CellError(1, "", "姓名", "缺少必填列「姓名」")) == "第1行：缺少必填列「姓名」"


def test_each_bad_candidate_cell_is_reported_with_its_position() -> None:
    result = _validate(
        [
            CANDIDATE_HEADER,
            ["张伟", "13812345678", "zw@example.com", 1, "本科", "浙江大学", 5, "Python", "20000"],
            ["", "1381234", "not-an-email", "abc", "小学", None, "很多", None, "面议"],
            ["李娜", 13912345678, None, "#2", "硕士", None, "3年", "Go、K8s", "1.5万-2万"],
        ]
    )
    assert result.kind is ImportKind.CANDIDATES
    messages = [str(e) for e in result.errors]
    assert messages == [
        "第3行 A列（姓名）：必填，不能为空",
        "第3行 B列（手机）：手机号应为11位中国大陆手机号，当前为「1381234」",
        "第3行 C列（邮箱）：邮箱格式不正确：「not-an-email」",
        "第3行 D列（岗位编号）：岗位编号应为数字（发送「岗位」可查看），当前为「abc」",
        "第3行 E列（学历）：学历应为 博士/硕士/本科/大专/中专/高中/初中 之一，当前为「小学」",
        "第3行 G列（工作年限）：工作年限应为0到50之间的数字，当前为「很多」",
        "第3行 I列（期望月薪）：期望月薪应为金额或范围，如 15000 或 15000-20000，当前为「面议」",
    ]
    good = next(r for r in result.rows if r.number == 4).values
    # Excel stores a typed phone number as a number; it is still read as the phone.
    assert good["手机"] == "13912345678"
    assert good["岗位编号"] == 2
    assert good["工作年限"] == 3.0
    assert good["技能"] == ["Go", "K8s"]
    assert good["期望月薪"] == (15000, 20000)


def test_missing_required_column_is_reported_on_the_header_row() -> None:
    result = _validate([["题目", "类型", "难度"], ["请介绍一下你自己", "自我介绍", 1]])
    assert result.kind is ImportKind.QUESTIONS
    assert result.errors == []
    assert result.rows[0].values["类型"] is QuestionType.SELF_INTRODUCTION

    salary = _validate([["级别", "月薪下限", "月薪上限"], ["初级", 8000, 12000]])
    assert [str(e) for e in salary.errors] == ["第1行：缺少必填列「岗位编号」"]


def test_question_cells_out_of_range_are_each_reported() -> None:
    result = _validate(
        [
            ["题目", "类型", "思考时间", "作答时间", "难度"],
            ["说说你的优点", "闲聊", -1, 5, 9],
        ]
    )
    assert [str(e) for e in result.errors] == [
        "第2行 B列（类型）：类型应为 自我介绍/行为/情景/技术/价值观 之一，当前为「闲聊」",
        "第2行 C列（思考时间）：应为0到600之间的整数，当前为「-1」",
        "第2行 D列（作答时间）：应为10到1800之间的整数，当前为「5」",
        "第2行 E列（难度）：应为1到5之间的整数，当前为「9」",
    ]


def test_blank_rows_are_ignored_and_row_numbers_stay_those_of_excel() -> None:
    result = _validate(
        [
            ["岗位编号", "级别", "月薪下限", "月薪上限"],
            [None, None, None, None],
            [3, "初级", "八千", 12000],
        ]
    )
    assert [str(e) for e in result.errors] == [
        "第3行 C列（月薪下限）：应为500到1000000之间的整数，当前为「八千」"
    ]


def test_aliases_and_decorated_headers_are_recognised() -> None:
    result = _validate([["姓名*", "手机号码", "岗位编号（必填）"], ["王强", "138-1234-5678", 1]])
    assert result.kind is ImportKind.CANDIDATES
    assert result.errors == []
    assert result.rows[0].values == {"姓名": "王强", "手机": "13812345678", "岗位编号": 1}


def test_unknown_header_row_is_not_guessed() -> None:
    assert (
        detect(read_sheets(workbook_bytes([["名字", "电话号码"], ["张三", "1"]]), "x.xlsx")) is None
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("15000", (15000, 15000)), ("15k-20k", (15000, 20000)), ("2万~3万", (20000, 30000))],
)
def test_expected_salary_forms(value: str, expected: tuple[int, int]) -> None:
    result = _validate(
        [["姓名", "手机", "岗位编号", "期望月薪"], ["赵六", "13700001111", 1, value]]
    )
    assert result.errors == []
    assert result.rows[0].values["期望月薪"] == expected


def test_salary_level_must_be_one_the_offer_suggestion_knows() -> None:
    result = _validate([["岗位编号", "级别", "月薪下限", "月薪上限"], [1, "专家", 30000, 40000]])
    assert [str(e) for e in result.errors] == [
        "第2行 B列（级别）：级别应为 初级/中级/高级 之一，当前为「专家」"
    ]
