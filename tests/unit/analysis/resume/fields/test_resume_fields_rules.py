"""Individual field rules: salary, phones, dates, skills, and NER entities as extra evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from analysis.resume.fields import parse_fields
from analysis.resume.fields.dates import find_ranges, parse_year_month
from analysis.resume.fields.salary import parse_salary
from analysis.resume.types import FieldSource, YearMonth

TODAY = date(2026, 11, 1)


@dataclass(frozen=True, slots=True)
class Ent:
    """A stand-in with the NER Entity's shape (type, start, end, text, confidence)."""

    type: str
    start: int
    end: int
    text: str
    confidence: float


def ent(text: str, kind: str, word: str, confidence: float = 0.9) -> Ent:
    start = text.index(word)
    return Ent(kind, start, start + len(word), word, confidence)


@pytest.mark.parametrize(
    ("text", "low", "high", "period", "months"),
    [
        ("15-20K", 15000, 20000, "month", None),
        ("15k~20k", 15000, 20000, "month", None),
        ("1.5万-2万/月", 15000, 20000, "month", None),
        ("1.5-2万", 15000, 20000, "month", None),
        ("20万/年", 16667, 16667, "year", None),
        ("年薪30-40万", 25000, 33333, "year", None),
        ("8000-10000元/月", 8000, 10000, "month", None),
        ("25K·14薪", 25000, 25000, "month", 14),
        ("12000", 12000, 12000, "month", None),
    ],
)
def test_salary_is_normalised_to_monthly_cny(
    text: str, low: int, high: int, period: str, months: int | None
) -> None:
    parsed = parse_salary(text)
    assert parsed is not None
    value = parsed.value
    assert (value.min_monthly_cny, value.max_monthly_cny, value.period) == (low, high, period)
    assert value.months_per_year == months


@pytest.mark.parametrize("text", ["面议", "薪资面议", "300元/天", "50/小时", "不限"])
def test_salary_that_is_not_a_monthly_figure_is_left_empty(text: str) -> None:
    assert parse_salary(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手机：13812345678", {"13812345678"}),
        ("电话 +86 138 1234 5678", {"13812345678"}),
        ("Tel: +86-138-1234-5678", {"13812345678"}),
        ("联系电话：(010)62345678 转 123", {"010-62345678-123"}),
        ("身份证 330106199005121234", set()),
        ("2018.09-2022.06 订单号 12345678901", set()),
    ],
)
def test_phone_numbers_are_normalised(text: str, expected: set[str]) -> None:
    assert {p.value for p in parse_fields(text, today=TODAY).phones} == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("2018.09-2022.06", YearMonth(2018, 9), YearMonth(2022, 6), False),
        ("2016年3月 至今", YearMonth(2016, 3), None, True),
        ("2019/7 ~ 现在", YearMonth(2019, 7), None, True),
        ("Mar 2019 - Present", YearMonth(2019, 3), None, True),
        ("2012 - 2016", YearMonth(2012), YearMonth(2016), False),
    ],
)
def test_date_ranges(text: str, start: YearMonth, end: YearMonth | None, present: bool) -> None:
    [found] = find_ranges(text)
    assert (found.start, found.end, found.present) == (start, end, present)


def test_a_range_that_ends_before_it_starts_is_ignored() -> None:
    assert find_ranges("2020.01-2018.01") == []


def test_year_month_forms() -> None:
    assert parse_year_month("1990年5月") == YearMonth(1990, 5)
    assert parse_year_month("1990-05-12") == YearMonth(1990, 5)
    assert parse_year_month("May 1990") == YearMonth(1990, 5)
    assert parse_year_month("无") is None


def test_skill_aliases_are_normalised_and_latin_needs_word_boundaries() -> None:
    text = "技能：javascript、golang、k8s、SpringBoot\n其他：JavaScript基础，熟悉MySQL"
    skills = {s.value for s in parse_fields(text, today=TODAY).skills}
    assert skills == {"JavaScript", "Go", "Kubernetes", "Spring Boot", "MySQL"}
    assert "Java" not in skills  # inside JavaScript
    assert "SQL" not in skills  # inside MySQL


def test_skills_in_a_skills_section_are_more_confident() -> None:
    parsed = parse_fields("项目中用过Redis\n专业技能\nDocker", today=TODAY)
    confidence = {s.value: s.confidence for s in parsed.skills}
    assert confidence["Docker"] > confidence["Redis"]


def test_name_comes_from_ner_when_no_label_or_heuristic_finds_it() -> None:
    text = "求职者：Ａ\n应聘 销售岗位\n本人欧阳娜娜，热爱销售"
    without = parse_fields(text, today=TODAY)
    assert without.name is None
    parsed = parse_fields(text, [ent(text, "NAME", "欧阳娜娜", 0.93)], today=TODAY)
    assert parsed.name is not None
    assert (parsed.name.value, parsed.name.source) == ("欧阳娜娜", FieldSource.NER)
    assert parsed.name.confidence == 0.9  # NER confidence is capped


def test_ner_org_and_title_fill_a_job_line_without_a_company_suffix() -> None:
    text = "工作经历\n2016.03-至今 云雀跳动 | 算法专家"
    bare = parse_fields(text, today=TODAY)
    [job] = bare.work_history
    assert job.employer is not None and job.employer.value == "云雀跳动"
    assert job.employer.confidence < 0.6  # guessed from position only
    entities = [ent(text, "ORG", "云雀跳动", 0.95), ent(text, "TITLE", "算法专家", 0.9)]
    [job] = parse_fields(text, entities, today=TODAY).work_history
    assert job.employer is not None
    assert (job.employer.value, job.employer.source) == ("云雀跳动", FieldSource.NER)
    assert job.title is not None
    assert (job.title.value, job.title.source) == ("算法专家", FieldSource.NER)


def test_a_well_known_brand_is_an_employer_from_the_dictionary() -> None:
    [job] = parse_fields("工作经历\n2016.03-至今 字节跳动 | 算法专家", today=TODAY).work_history
    assert job.employer is not None
    assert (job.employer.value, job.employer.source) == ("字节跳动", FieldSource.DICTIONARY)


def test_ner_major_is_used_inside_an_education_entry() -> None:
    text = "教育背景\n2010-2014 北京大学 光华管理学院会计学 本科"
    entities = [ent(text, "PRO", "会计学", 0.88)]
    [entry] = parse_fields(text, entities, today=TODAY).education
    assert entry.major is not None
    assert (entry.major.value, entry.major.source) == ("会计学", FieldSource.NER)


def test_overlapping_jobs_are_not_counted_twice() -> None:
    text = "工作经历\n2018.01-2020.12 甲科技有限公司 工程师\n2020.01-2021.12 乙科技有限公司 工程师"
    experience = parse_fields(text, today=TODAY).years_of_experience
    assert experience is not None
    assert experience.value.years == 4.0


def test_stated_years_in_chinese_numerals() -> None:
    experience = parse_fields("三年以上Java开发经验", today=TODAY).years_of_experience
    assert experience is not None and experience.value.years == 3


def test_a_field_label_tagged_as_name_by_ner_is_not_taken_for_the_name() -> None:
    # Seen on a real PDF: the CRF tagged 性别 as NAME; the top line holds the real name.
    text = "张伟 个人简历\n性别：男 出生年月：1990.05 电话：138-1234-5678"
    parsed = parse_fields(text, [ent(text, "NAME", "性别", 0.98)], today=TODAY)
    assert parsed.name is not None
    assert parsed.name.value == "张伟"
