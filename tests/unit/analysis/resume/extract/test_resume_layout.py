"""Reading order from positions: side columns, timelines, tables and blocks."""

from __future__ import annotations

from analysis.resume.extract.layout import Box, reading_order


def _box(x: float, y: float, text: str, size: float = 10.0) -> Box:
    width = sum(0.5 if ord(ch) < 128 else 1.0 for ch in text) * size
    return Box(x, y, x + width, y + size, text, size)


def test_side_column_is_read_before_the_main_column() -> None:
    side = [
        _box(30, 40 + 15 * i, t)
        for i, t in enumerate(("张三", "电话：13812345678", "技能", "Excel"))
    ]
    main = [
        _box(220, 47 + 17 * i, t)
        for i, t in enumerate(
            (
                "工作经历",
                "2019.07-至今",
                "杭州云栖科技有限公司",
                "负责客户开发与维护，完成季度销售目标。",
            )
        )
    ]
    text = reading_order(side + main, 595)
    assert text.index("Excel") < text.index("工作经历")
    assert "张三\n电话：13812345678" in text


def test_a_timeline_is_read_across() -> None:
    boxes = [_box(40, 100, "教育背景")]
    for i, (date, what) in enumerate(
        (
            ("2019.09-2023.06", "浙江大学"),
            ("2016.09-2019.06", "杭州二中"),
            ("2013.09-2016.06", "某某初中"),
        )
    ):
        y = 120 + 40 * i
        boxes += [_box(40, y, date, 6.0), _box(170, y, what), _box(170, y + 16, "本科")]
    text = reading_order(boxes, 595)
    assert "2019.09-2023.06  浙江大学" in text


def test_a_table_is_read_across_not_as_columns() -> None:
    boxes = []
    for i, (label, value) in enumerate(
        (("姓名", "李四"), ("性别", "男"), ("学历", "本科"), ("城市", "上海"))
    ):
        boxes += [_box(50, 100 + 20 * i, label), _box(400, 100 + 20 * i, value)]
    assert reading_order(boxes, 595).splitlines()[:2] == ["姓名  李四", "性别  男"]


def test_a_wide_gap_starts_a_new_block() -> None:
    boxes = [
        _box(50, 100, "第一行"),
        _box(50, 116, "第二行"),
        _box(50, 132, "第三行"),
        _box(50, 180, "新块"),
    ]
    assert reading_order(boxes, 595) == "第一行\n第二行\n第三行\n\n新块"
