"""Designed resumes: headings after their blocks, entries in any order, header-line names,
current city, stated skills, OCR artefacts."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.resume.fields import parse_fields
from analysis.resume.fields.sections import find_sections, heading_kind
from analysis.resume.fields.text import split_lines
from analysis.resume.types import Degree, FieldSource, Gender, YearMonth

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("工作经历 Work Experience", "work"),
        ("EDUCATION 教育经历", "education"),
        ("WORKEXPERIENCE", "work"),
        ("技能Skills", "skills"),
        ("求职目标", "intent"),
        ("■ 实习经历 ■", "internship"),
        ("工作经验：5年", None),
        ("负责工作经历的整理", None),
    ],
)
def test_headings_in_chinese_english_and_ocr_forms(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


HEADINGS_AFTER = """王丽

2019.07-至今  杭州云栖科技有限公司  销售经理
2016.07-2019.06  上海美联贸易有限公司  销售助理
工作经历

2012.09-2016.06  浙江大学  市场营销  本科
教育背景

Excel、粤语、直播带货
专业技能
"""


def test_headings_printed_under_their_blocks() -> None:
    lines = split_lines(HEADINGS_AFTER)
    kinds = {s.kind: (s.first_line, s.end_line) for s in find_sections(lines)}
    assert kinds["work"] == (2, 4)
    parsed = parse_fields(HEADINGS_AFTER, today=TODAY)
    assert [w.employer.value for w in parsed.work_history if w.employer] == [
        "杭州云栖科技有限公司",
        "上海美联贸易有限公司",
    ]
    [school] = parsed.education
    assert school.school is not None and school.school.value == "浙江大学"
    assert {s.value for s in parsed.skills if s.source is FieldSource.SECTION} == {
        "Excel",
        "粤语",
        "直播带货",
    }


ANY_ORDER = """求职意向：记者
工作经历
《北京晚报》/记者/2020.7-至今
销售主管
2018年3月~2020年6月
广州卓信贸易有限公司
教育背景
华南理工大学  新闻学  本科
2014.9-2018.6
项目经历
2017.03-2017.08  校园二手交易小程序  项目负责人
获奖情况
2016.12华南大学生创意营销大赛一等奖
校园经历
2015.09-2016.06  学生会宣传部  部长
"""


def test_entries_in_any_order_and_extras_kept_apart() -> None:
    parsed = parse_fields(ANY_ORDER, today=TODAY)
    jobs = [
        (w.employer.value, w.title.value) for w in parsed.work_history if w.employer and w.title
    ]
    assert jobs == [("北京晚报", "记者"), ("广州卓信贸易有限公司", "销售主管")]
    assert parsed.work_history[0].end_is_present
    assert parsed.work_history[1].start == YearMonth(2018, 3)
    [school] = parsed.education  # the award and the club are neither school nor job
    assert school.school is not None and school.school.value == "华南理工大学"
    assert school.major is not None and school.major.value == "新闻学"
    assert school.start == YearMonth(2014, 9) and school.end == YearMonth(2018, 6)


def test_prose_naming_a_school_is_not_an_entry() -> None:
    text = "求职信\n您好！我是华南理工大学的一名学生，曾在广州卓信贸易有限公司实习。\n此致敬礼"
    parsed = parse_fields(text, today=TODAY)
    assert parsed.education == () and parsed.work_history == ()
    assert parsed.name is None


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("林怡紫&销售助理", "林怡紫"),
        ("阮 建 安", "阮建安"),
        ("傅雯", "傅雯"),
        ("端木子涵的个人简历", "端木子涵"),
        ("个人简历\n姓 名：笪磊", "笪磊"),
    ],
)
def test_names_from_header_lines(top: str, name: str) -> None:
    parsed = parse_fields(
        f"{top}\n电话：13812345678\n工作经历\n2019.07-至今 腾讯 运营", today=TODAY
    )
    assert parsed.name is not None and parsed.name.value == name


def test_header_line_position_city_age_gender_and_email_repair() -> None:
    text = "林怡紫&销售助理\n性 别：女\n33 岁\n广东省广州市\n邮箱：lin@qq.come\n求职方向：销售助理"
    parsed = parse_fields(text, today=TODAY)
    assert parsed.expected_position is not None
    assert parsed.expected_position.value == "销售助理"
    assert parsed.gender is not None and parsed.gender.value is Gender.FEMALE
    assert parsed.age is not None and parsed.age.value == 33
    assert parsed.current_city is not None and parsed.current_city.value == "广州"
    assert [e.value for e in parsed.emails] == ["lin@qq.com"]
    assert parsed.emails[0].confidence < 0.97  # repaired, so less sure


@pytest.mark.parametrize(
    ("line", "city"),
    [("住址：浙江省杭州市西湖区", "杭州"), ("现居：深圳", "深圳"), ("所在地：河源市", "河源")],
)
def test_current_city_from_labels(line: str, city: str) -> None:
    parsed = parse_fields(f"张三\n{line}", today=TODAY)
    assert parsed.current_city is not None and parsed.current_city.value == city


def test_a_label_is_not_an_address() -> None:
    parsed = parse_fields("张三\n期望城市  厦门\n期望薪资  25K-27K", today=TODAY)
    assert parsed.current_city is None


def test_stated_certificates_keep_their_level_and_open_vocabulary() -> None:
    text = "技能证书\n• Adobe中国认证设计师\n• 高级营销员\n• 人力资源管理师三级\n熟练使用剪映、日语"
    parsed = parse_fields(text, today=TODAY)
    certs = {c.value for c in parsed.certificates if c.source is FieldSource.SECTION}
    assert certs == {"Adobe中国认证设计师", "高级营销员", "人力资源管理师三级"}
    skills = {s.value for s in parsed.skills if s.source is FieldSource.SECTION}
    assert skills == {"剪映", "日语"}


def test_a_list_wrapped_in_a_narrow_column_is_rejoined() -> None:
    text = "技能特长\n熟悉用户访谈，Vue，直播带货，粤\n语，文案写作"
    skills = {s.value for s in parse_fields(text, today=TODAY).skills}
    assert {"粤语", "文案写作", "直播带货", "用户访谈"} <= skills


def test_ocr_glued_cells_are_split() -> None:
    text = (
        "工作经历\n2015-07-今蓝鲸物流股份有限公司新媒体运营\n"
        "教育背景\n广东工业大学汉语言文学本科\n2001.9-2005.6"
    )
    parsed = parse_fields(text, today=TODAY)
    [job] = parsed.work_history
    assert job.employer is not None and job.employer.value == "蓝鲸物流股份有限公司"
    assert job.title is not None and job.title.value == "新媒体运营"
    [school] = parsed.education
    assert school.major is not None and school.major.value == "汉语言文学"
    assert school.degree is not None and school.degree.value is Degree.BACHELOR
