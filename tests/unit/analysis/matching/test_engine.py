"""Matching: scores from stated facts, reasons in Chinese, hard requirements disqualify."""

from __future__ import annotations

import pytest

from analysis.matching import match_resume, parse_requirements
from analysis.matching.engine import Status
from analysis.matching.requirements import RequirementsError
from analysis.resume.types import (
    Degree,
    EducationEntry,
    ExperienceBasis,
    ExperienceYears,
    FieldSource,
    FieldValue,
    ParsedResume,
    SalaryRange,
    WorkEntry,
)

R = FieldSource.RULE

BACKEND_REQ = parse_requirements(
    {
        "skills": {
            "required": ["Java", "MySQL"],
            "preferred": ["Spring Boot", "Redis", "Kafka", "Docker"],
        },
        "degree": {"min": "本科", "hard": True},
        "majors": ["计算机科学与技术", "软件工程"],
        "years": {"min": 3, "max": 8},
        "industry": ["互联网"],
        "city": ["杭州"],
        "salary_month": [20000, 35000],
    }
)


def fv(value: object, conf: float = 0.9) -> FieldValue[object]:
    return FieldValue(value, conf, R)


def resume(
    *,
    skills: tuple[str, ...] = (),
    degree: Degree | None = None,
    major: str | None = None,
    years: float | None = None,
    cities: tuple[str, ...] = (),
    salary: tuple[int, int] | None = None,
) -> ParsedResume:
    return ParsedResume(
        parser_version="test",
        skills=tuple(FieldValue(s, 0.9, R) for s in skills),
        highest_degree=FieldValue(degree, 0.9, R) if degree else None,
        education=(EducationEntry(major=FieldValue(major, 0.8, R)),) if major else (),
        years_of_experience=(
            FieldValue(ExperienceYears(years, ExperienceBasis.STATED), 0.9, R)
            if years is not None
            else None
        ),
        expected_cities=tuple(FieldValue(c, 0.9, R) for c in cities),
        expected_salary=FieldValue(SalaryRange(salary[0], salary[1], "month"), 0.9, R)
        if salary
        else None,
    )


def test_strong_candidate_scores_high_with_reasons() -> None:
    r = resume(
        skills=("Java", "MySQL", "Redis", "Spring Boot"),
        degree=Degree.BACHELOR,
        major="计算机科学与技术",
        years=5,
        cities=("杭州",),
        salary=(25000, 30000),
    )
    result = match_resume(r, BACKEND_REQ, resume_text="曾在某互联网公司负责订单系统")
    assert result.score is not None and result.score >= 95
    assert result.confidence == 1.0
    assert not result.disqualified
    assert any("具备 Java、MySQL" in m for m in result.matched)
    assert any(m == "工作年限：5年经验，符合要求" for m in result.matched)


def test_missing_required_skill_and_low_years_lower_the_score_and_are_named() -> None:
    strong = match_resume(
        resume(skills=("Java", "MySQL"), degree=Degree.BACHELOR, years=5), BACKEND_REQ
    )
    weak = match_resume(resume(skills=("Java",), degree=Degree.BACHELOR, years=1), BACKEND_REQ)
    assert strong.score is not None and weak.score is not None
    assert weak.score < strong.score
    assert any("缺少必备技能 MySQL" in m for m in weak.missing)
    assert any("1年经验，要求3年以上" in m for m in weak.missing)


def test_hard_degree_requirement_disqualifies_with_reason() -> None:
    result = match_resume(
        resume(skills=("Java", "MySQL"), degree=Degree.ASSOCIATE, years=5), BACKEND_REQ
    )
    assert result.disqualified
    assert result.disqualify_reasons == ("学历不符合硬性要求：大专，低于本科要求",)


def test_unknown_facts_lower_confidence_but_never_disqualify() -> None:
    result = match_resume(resume(skills=("Java", "MySQL")), BACKEND_REQ)
    assert not result.disqualified
    assert result.confidence < 0.6
    statuses = {i.criterion: i.status for i in result.items}
    assert statuses["degree"] is Status.UNKNOWN
    assert any("简历未写明学历" in m for m in result.missing)


def test_nothing_known_gives_no_score() -> None:
    req = parse_requirements({"degree": {"min": "本科"}, "years": {"min": 2}})
    result = match_resume(resume(), req)
    assert result.score is None
    assert result.confidence == 0.0


def test_salary_above_budget_is_partial_and_explained() -> None:
    req = parse_requirements({"salary_month": [20000, 30000]})
    result = match_resume(resume(salary=(36000, 40000)), req)
    item = result.items[0]
    assert item.status is Status.PARTIAL
    assert "高出预算20%" in item.detail
    assert result.score == pytest.approx(60.0)


def test_skill_names_match_regardless_of_case_and_spacing() -> None:
    req = parse_requirements({"skills": {"required": ["Spring Boot", "mysql"]}})
    result = match_resume(resume(skills=("SpringBoot", "MySQL")), req)
    assert result.score == 100.0


def test_malformed_requirements_are_refused() -> None:
    with pytest.raises(RequirementsError):
        parse_requirements({"degree": {"min": "幼儿园"}})
    with pytest.raises(RequirementsError):
        parse_requirements({"salary_month": [1]})


def test_result_serialises_to_json_friendly_dict() -> None:
    d = match_resume(resume(skills=("Java",), degree=Degree.MASTER), BACKEND_REQ).to_dict()
    assert d["version"] == "match-1.1"
    assert {i["criterion"] for i in d["items"]} >= {"skills", "degree"}  # type: ignore[union-attr]


def test_current_city_stands_in_for_an_unstated_expected_city() -> None:
    req = parse_requirements({"city": {"any": ["杭州"], "hard": True}})
    here = ParsedResume(parser_version="test", current_city=FieldValue("杭州", 0.9, R))
    [item] = match_resume(here, req).items
    assert (item.status, item.detail) == (Status.MET, "现居杭州")
    elsewhere = ParsedResume(parser_version="test", current_city=FieldValue("成都", 0.9, R))
    result = match_resume(elsewhere, req)
    assert result.items[0].status is Status.PARTIAL
    assert not result.disqualified  # living elsewhere is a move, not a mismatch
    stated = ParsedResume(
        parser_version="test",
        current_city=FieldValue("杭州", 0.9, R),
        expected_cities=(FieldValue("成都", 0.9, R),),
    )
    assert match_resume(stated, req).disqualified  # the stated wish wins


def test_industry_comes_from_the_work_entries() -> None:
    req = parse_requirements({"industry": ["医疗"]})
    job = WorkEntry(employer=FieldValue("浙江华远医疗器械股份有限公司", 0.9, R))
    parsed = ParsedResume(parser_version="test", work_history=(job,))
    [item] = match_resume(parsed, req).items  # no resume text at all
    assert item.status is Status.MET
    assert item.detail == "曾任职于浙江华远医疗器械股份有限公司（医疗）"
