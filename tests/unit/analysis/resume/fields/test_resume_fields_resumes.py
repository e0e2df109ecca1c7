"""Field extraction on whole, realistic Chinese resumes."""

from __future__ import annotations

from datetime import date

import resume_fixtures as fx

from analysis.resume.fields import PARSER_VERSION, parse_fields
from analysis.resume.types import (
    Degree,
    ExperienceBasis,
    FieldSource,
    FieldValue,
    Gender,
    ParsedResume,
    YearMonth,
)

TODAY = date(2026, 11, 1)

FRESH_GRADUATE = """王小明
男 | 22岁 | 应届毕业生
手机：+86 159 1234 5678
邮箱：xiaoming.wang@163.com
求职意向
意向岗位：数据分析师
期望城市：成都
期望月薪：8000-10000元
教育背景
2021.09-2025.06 四川大学 统计学 本科
GPA 3.7/4.0，专业排名前10%
实习经历
2024.07-2024.09 成都数联科技有限公司 数据分析实习生
使用Python和SQL完成用户留存分析，制作Tableau看板。
技能证书
英语六级（CET-6）、全国计算机等级考试二级
熟练使用Excel、Python（Pandas）
"""

SALES_MANAGER = """个人简历
姓名：刘芳　　　性别：女　　　年龄：35岁
联系电话：0571-88886666　　手机：13700001111
电子邮箱：liufang_sales@qq.com
最高学历：MBA
工作年限：10年
求职意向：销售总监　　期望薪资：年薪40万　　期望地点：杭州市
工作经历
2019年3月 至今 浙江华远医疗器械股份有限公司 大区销售经理
负责华东区渠道管理与大客户销售，团队12人，年销售额8000万。
2015年7月-2019年2月 杭州美联贸易有限公司 销售主管
开发新客户60余家，负责招投标与商务谈判。
教育经历
2017.09-2020.01 浙江工商大学 工商管理 硕士（MBA，在职）
2008.09-2012.06 浙江工商大学 市场营销 本科
技能
熟练使用CRM系统、Excel、PPT
证书：C1驾照
"""

MIXED = """Kevin Zhang 张凯
Email: kevin.zhang@example.com | Mobile: (+86) 186-0000-1234
Location: Shenzhen | Expected Salary: 30-40K·15薪 | Expected City: Shenzhen / Hong Kong
Objective: Senior Machine Learning Engineer
EDUCATION
Sep 2014 - Jun 2018  Tsinghua University  B.Eng. in Computer Science
Sep 2018 - Jun 2020  香港科技大学  Master of Science, 人工智能
WORK EXPERIENCE
Jul 2020 - Present  Tencent Technologies  Machine Learning Engineer
Built recommendation models with PyTorch and Spark; deployed on Kubernetes.
SKILLS
Python, C++, PyTorch, TensorFlow, Spark, SQL, NLP
Certifications: AWS Certified Solutions Architect, IELTS 7.5
5 years of experience in machine learning.
"""


def _values(fields: tuple[FieldValue[str], ...]) -> set[str]:
    return {f.value for f in fields}


def _all_confidences(parsed: ParsedResume) -> list[float]:
    out: list[float] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "confidence" in node:
                out.append(float(node["confidence"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    walk(parsed.to_dict())
    return out


def test_fresh_graduate() -> None:
    parsed = parse_fields(FRESH_GRADUATE, today=TODAY)
    assert parsed.parser_version == PARSER_VERSION
    assert parsed.name is not None and parsed.name.value == "王小明"
    assert parsed.gender is not None and parsed.gender.value is Gender.MALE
    assert parsed.age is not None and parsed.age.value == 22
    assert parsed.birth is None  # not stated, and never derived from the age
    assert _values(parsed.phones) == {"15912345678"}
    assert _values(parsed.emails) == {"xiaoming.wang@163.com"}
    assert parsed.expected_position is not None
    assert parsed.expected_position.value == "数据分析师"
    assert _values(parsed.expected_cities) == {"成都"}
    salary = parsed.expected_salary
    assert salary is not None
    assert (salary.value.min_monthly_cny, salary.value.max_monthly_cny) == (8000, 10000)
    [school] = parsed.education
    assert school.school is not None and school.school.value == "四川大学"
    assert school.major is not None and school.major.value == "统计学"
    assert school.degree is not None and school.degree.value is Degree.BACHELOR
    assert (school.start, school.end) == (YearMonth(2021, 9), YearMonth(2025, 6))
    [internship] = parsed.work_history
    assert internship.is_internship
    assert internship.employer is not None
    assert internship.employer.value == "成都数联科技有限公司"
    assert internship.title is not None and internship.title.value == "数据分析实习生"
    experience = parsed.years_of_experience
    assert experience is not None
    assert experience.value.years == 0 and experience.value.basis is ExperienceBasis.STATED
    assert {"Python", "SQL", "Tableau", "Excel", "Pandas"} <= _values(parsed.skills)
    assert _values(parsed.certificates) == {"CET-6", "计算机二级"}


def test_experienced_engineer() -> None:
    parsed = parse_fields(fx.engineer_text(), today=TODAY)
    assert parsed.name is not None and parsed.name.value == "张伟"
    assert parsed.birth is not None and parsed.birth.value == YearMonth(1990, 5)
    assert parsed.age is None
    assert _values(parsed.phones) == {"13812345678"}
    assert parsed.highest_degree is not None
    assert parsed.highest_degree.value is Degree.BACHELOR
    current, previous = parsed.work_history
    assert current.employer is not None and current.employer.value == "杭州云栖科技有限公司"
    assert current.title is not None and current.title.value == "高级Java开发工程师"
    assert current.end_is_present and current.end is None
    assert previous.end == YearMonth(2016, 2)
    assert previous.title is not None and previous.title.value == "Java开发工程师"
    experience = parsed.years_of_experience
    assert experience is not None
    # 2012.07 to 2026.11 (至今), no gaps: 14 years 5 months.
    assert experience.value.basis is ExperienceBasis.WORK_DATES
    assert experience.value.years == 14.4
    skills = _values(parsed.skills)
    assert {"Java", "Spring Boot", "MySQL", "Redis", "Kafka", "Docker", "Kubernetes"} <= skills
    assert {"Python", "Linux", "Go"} <= skills
    assert "Spring" not in skills  # only the longer "Spring Boot" was written
    assert _values(parsed.certificates) == {"CET-6", "PMP"}
    assert _values(parsed.expected_cities) == {"杭州", "上海"}
    salary = parsed.expected_salary
    assert salary is not None
    assert (salary.value.min_monthly_cny, salary.value.max_monthly_cny) == (25000, 35000)


def test_sales_manager() -> None:
    parsed = parse_fields(SALES_MANAGER, today=TODAY)
    assert parsed.name == FieldValue("刘芳", 0.95, FieldSource.RULE)
    assert parsed.gender is not None and parsed.gender.value is Gender.FEMALE
    assert parsed.age is not None and parsed.age.value == 35
    assert _values(parsed.phones) == {"0571-88886666", "13700001111"}
    assert parsed.highest_degree is not None
    assert parsed.highest_degree.value is Degree.MASTER
    experience = parsed.years_of_experience
    assert experience is not None
    assert experience.value.years == 10 and experience.value.basis is ExperienceBasis.STATED
    assert parsed.expected_position is not None
    assert parsed.expected_position.value == "销售总监"
    salary = parsed.expected_salary
    assert salary is not None
    assert salary.value.period == "year"
    assert (salary.value.min_monthly_cny, salary.value.max_monthly_cny) == (33333, 33333)
    assert _values(parsed.expected_cities) == {"杭州"}
    current, previous = parsed.work_history
    assert current.employer is not None
    assert current.employer.value == "浙江华远医疗器械股份有限公司"
    assert current.title is not None and current.title.value == "大区销售经理"
    assert current.start == YearMonth(2019, 3) and current.end_is_present
    assert previous.title is not None and previous.title.value == "销售主管"
    mba, bachelor = parsed.education
    assert mba.degree is not None and mba.degree.value is Degree.MASTER
    assert mba.major is not None and mba.major.value == "工商管理"
    assert bachelor.major is not None and bachelor.major.value == "市场营销"
    skills = _values(parsed.skills)
    assert {"渠道管理", "大客户销售", "招投标", "商务谈判", "客户关系管理"} <= skills
    assert {"Excel", "PowerPoint"} <= skills
    assert _values(parsed.certificates) == {"驾驶证"}


def test_mixed_chinese_and_english() -> None:
    parsed = parse_fields(MIXED, today=TODAY)
    assert parsed.name is not None and parsed.name.value == "张凯"
    assert parsed.gender is None  # never stated
    assert _values(parsed.phones) == {"18600001234"}
    assert _values(parsed.emails) == {"kevin.zhang@example.com"}
    assert parsed.expected_position is not None
    assert parsed.expected_position.value == "Senior Machine Learning Engineer"
    salary = parsed.expected_salary
    assert salary is not None
    assert (salary.value.min_monthly_cny, salary.value.max_monthly_cny) == (30000, 40000)
    assert salary.value.months_per_year == 15
    assert _values(parsed.expected_cities) == {"深圳", "香港"}
    tsinghua, hkust = parsed.education
    assert tsinghua.school is not None and tsinghua.school.value == "Tsinghua University"
    assert tsinghua.degree is not None and tsinghua.degree.value is Degree.BACHELOR
    assert tsinghua.major is not None and tsinghua.major.value == "Computer Science"
    assert tsinghua.start == YearMonth(2014, 9)
    assert hkust.school is not None and hkust.school.value == "香港科技大学"
    assert hkust.major is not None and hkust.major.value == "人工智能"
    assert parsed.highest_degree is not None
    assert parsed.highest_degree.value is Degree.MASTER
    [job] = parsed.work_history
    assert job.employer is not None and job.employer.value == "Tencent Technologies"
    assert job.title is not None and job.title.value == "Machine Learning Engineer"
    assert job.end_is_present
    experience = parsed.years_of_experience
    assert experience is not None and experience.value.years == 5
    assert experience.value.basis is ExperienceBasis.STATED
    assert {"Python", "C++", "PyTorch", "TensorFlow", "Spark", "SQL", "自然语言处理"} <= _values(
        parsed.skills
    )
    assert {"AWS认证", "IELTS"} <= _values(parsed.certificates)


def test_every_confidence_is_within_zero_and_one() -> None:
    for text in (FRESH_GRADUATE, SALES_MANAGER, MIXED, fx.engineer_text()):
        confidences = _all_confidences(parse_fields(text, today=TODAY))
        assert confidences
        assert all(0.0 <= c <= 1.0 for c in confidences)


def test_text_with_no_resume_content_yields_no_fields() -> None:
    parsed = parse_fields("谢谢您的关注，期待您的回复。\n\n此致敬礼", today=TODAY)
    assert parsed == ParsedResume(parser_version=PARSER_VERSION)
