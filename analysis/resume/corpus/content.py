"""Random resume content with its gold fields: people, schools, employers, dates and extras."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# Common, rare and compound surnames: the parser must not depend on a surname list.
SURNAMES_COMMON = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董")
SURNAMES_RARE = tuple("傅阮缪禤亓鄢笪晁訾蒯郦佴宓逄麴甯靖粟")
SURNAMES_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "端木", "皇甫", "慕容", "夏侯", "闻人", "司徒")
GIVEN = tuple("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英怡紫建安晓雯思远嘉琪子涵浩然雨萱梓轩")

# (name, kind): kind decides the plausible degrees.
UNIVERSITIES = (
    "北京大学", "清华大学", "复旦大学", "浙江大学", "华南理工大学", "中山大学", "武汉大学",
    "四川大学", "南京大学", "厦门大学", "山东大学", "吉林大学", "湖南大学", "重庆大学",
    "西安交通大学", "哈尔滨工业大学", "华中科技大学", "同济大学", "上海交通大学", "东南大学",
    "南开大学", "天津大学", "大连理工大学", "北京师范大学", "华东师范大学", "暨南大学",
    "深圳大学", "广东工业大学", "广东外语外贸大学", "华南师范大学", "广州大学", "江西财经大学",
    "郑州大学", "云南大学", "贵州大学", "广西大学", "南昌大学", "苏州大学", "杭州电子科技大学",
    "浙江工商大学", "上海财经大学", "中央财经大学", "对外经济贸易大学", "北京邮电大学",
    "西南交通大学", "长沙理工大学", "中国人民大学", "中国传媒大学", "首都经济贸易大学",
    "广州美术学院", "四川美术学院", "北京语言大学", "华北电力大学", "江南大学",
)  # fmt: skip
COLLEGES = (
    "广州番禺职业技术学院", "深圳职业技术学院", "广东轻工职业技术学院", "顺德职业技术学院",
    "浙江金融职业学院", "武汉职业技术学院", "南京工业职业技术大学", "成都航空职业技术学院",
)  # fmt: skip
MAJORS = (
    "计算机科学与技术", "软件工程", "市场营销", "工商管理", "会计学", "财务管理", "新闻学",
    "汉语言文学", "英语", "日语", "视觉传达设计", "电子商务", "国际经济与贸易", "统计学",
    "机械设计制造及其自动化", "电气工程及其自动化", "人力资源管理", "法学", "广告学", "物流管理",
)  # fmt: skip
CITIES = (
    ("广东", "广州"), ("广东", "深圳"), ("浙江", "杭州"), ("江苏", "南京"), ("江苏", "苏州"),
    ("湖北", "武汉"), ("四川", "成都"), ("陕西", "西安"), ("湖南", "长沙"), ("福建", "厦门"),
    ("山东", "青岛"), ("河南", "郑州"), ("", "北京"), ("", "上海"), ("", "天津"), ("", "重庆"),
)  # fmt: skip
DISTRICTS = ("天河区", "南山区", "西湖区", "鼓楼区", "高新区", "海淀区", "浦东新区", "江汉区")
BRANDS = (
    "云栖", "华远", "美联", "卓信", "启航", "瑞丰", "盛达", "智联", "恒通", "博雅", "天擎",
    "锦程", "优品", "睿思", "星河", "海纳", "蓝鲸", "万象", "鼎新", "德润",
)  # fmt: skip
INDUSTRIES = (
    "网络科技", "信息技术", "医疗器械", "贸易", "文化传媒", "电子商务", "教育科技", "广告",
    "物流", "餐饮管理", "房地产开发", "智能制造", "食品", "服饰", "咨询",
)  # fmt: skip
SUFFIXES = ("有限公司", "股份有限公司", "有限责任公司", "集团有限公司")
INSTITUTIONS = (
    "《北京晚报》", "《南方都市报》", "广东省人民医院", "北京金杜律师事务所",
    "中国工商银行广州分行", "招商银行深圳分行", "腾讯", "字节跳动", "美团", "华为技术有限公司",
    "普华永道中天会计师事务所",
    "杭州市第二中学", "顺丰速运",
)  # fmt: skip
TITLES = (
    "销售助理", "销售经理", "大客户经理", "市场专员", "品牌策划", "新媒体运营", "产品经理",
    "Java开发工程师", "前端开发工程师", "测试工程师", "数据分析师", "UI设计师", "平面设计师",
    "会计", "出纳", "财务主管", "人事专员", "招聘主管", "行政助理", "记者", "编辑", "客服主管",
    "采购专员", "店长", "英语教师", "法务专员", "项目经理", "运营总监",
)  # fmt: skip
INTERN_TITLES = ("运营实习生", "市场部实习生", "财务实习生", "开发实习生", "设计实习生")
DUTIES = (
    "负责客户开发与维护，完成季度销售目标。", "独立策划线上推广活动，粉丝增长三万。",
    "参与需求评审与接口设计，编写单元测试。", "整理月度经营数据并输出分析报告。",
    "负责公众号与短视频内容排期，单篇阅读量过十万。", "协助部门经理完成招聘与培训工作。",
    "对接供应商，优化采购流程，成本下降8%。", "负责门店日常管理与排班，团队12人。",
    "撰写新闻稿件与人物专访，多篇获评优秀稿件。", "完成凭证录入、报表编制与税务申报。",
    "主导年度预算编制。", "管理华东区12家门店。", "搭建会员体系，复购率提升15%。",
)  # fmt: skip
SKILLS = (
    "Excel", "PowerPoint", "Photoshop", "Illustrator", "Python", "SQL", "Java", "剪映",
    "会声会影", "粤语", "日语", "用户访谈", "直播带货", "Axure", "SPSS", "AutoCAD", "Premiere",
    "C4D", "文案写作", "用友", "金蝶", "Tableau", "Vue", "MySQL",
)  # fmt: skip
CERTIFICATES = (
    "Adobe中国认证设计师", "高级营销员", "英语六级", "英语四级", "普通话二级甲等", "C1驾驶证",
    "初级会计职称", "教师资格证", "计算机二级", "人力资源管理师三级", "日语N2", "PMP",
)  # fmt: skip
AWARDS = (
    "华南大学生创意营销大赛一等奖", "国家励志奖学金", "校级三好学生",
    "全国大学生数学建模竞赛二等奖",    "校级一等奖学金", "优秀毕业生", "挑战杯创业计划竞赛银奖",
)  # fmt: skip
CAMPUS = (
    ("学生会宣传部", "部长"), ("校青年志愿者协会", "副会长"), ("摄影协会", "社长"),
    ("院团委组织部", "干事"), ("ACM程序设计社团", "成员"),
)  # fmt: skip
PROJECTS = (
    ("智能推荐系统", "项目负责人"), ("校园二手交易小程序", "前端开发"), ("品牌年轻化调研", "组长"),
    ("企业财务共享中心建设", "核心成员"), ("门店会员体系搭建", "负责人"),
)  # fmt: skip
_DEFAULT: tuple[str, ...] = ("负责团队日常管理。",)
DEGREE_ZH = {"doctor": "博士", "master": "硕士", "bachelor": "本科", "associate": "大专"}
_RANK = {"associate": 1, "bachelor": 2, "master": 3, "doctor": 4}


@dataclass(frozen=True, slots=True)
class Span:
    """A dated period; ``end`` None means 至今."""

    start: tuple[int, int]
    end: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Job:
    """One gold work entry (internships included)."""

    employer: str
    title: str
    span: Span
    duties: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class School:
    """One gold education entry."""

    school: str
    major: str
    degree: str  # Degree value
    span: Span


@dataclass(slots=True)
class Person:
    """Everything a generated resume says, with the gold answer for each field."""

    name: str
    gender: str | None
    birth_year: int | None
    age: int | None
    phone: str
    email: str
    province: str
    city: str | None
    position: str | None
    expected_cities: tuple[str, ...]
    salary: tuple[int, int] | None
    jobs: list[Job]
    schools: list[School]
    skills: tuple[str, ...]
    certificates: tuple[str, ...]
    awards: tuple[tuple[tuple[int, int], str], ...]
    campus: tuple[tuple[Span, str, str], ...]
    projects: tuple[tuple[Span, str, str], ...]
    style: dict[str, int] = field(default_factory=dict)

    @property
    def highest_degree(self) -> str | None:
        """The gold highest degree."""
        if not self.schools:
            return None
        return max((s.degree for s in self.schools), key=lambda d: _RANK[d])


def _name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        surname = rng.choice(SURNAMES_COMPOUND)
        return surname + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
    surname = rng.choice(SURNAMES_RARE if roll < 0.5 else SURNAMES_COMMON)
    return surname + "".join(rng.sample(GIVEN, rng.choice((1, 2, 2))))


def _company(rng: random.Random, city: str) -> str:
    if rng.random() < 0.2:
        return rng.choice(INSTITUTIONS)
    prefix = rng.choice((city, city + "市", ""))
    return prefix + rng.choice(BRANDS) + rng.choice(INDUSTRIES) + rng.choice(SUFFIXES)


def _phone(rng: random.Random) -> str:
    return rng.choice(("13", "15", "17", "18", "19")) + "".join(
        str(rng.randrange(10)) for _ in range(9)
    )


def _email(rng: random.Random) -> str:
    user = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(4, 8)))
    user += str(rng.randint(1, 9999)) if rng.random() < 0.6 else ""
    return f"{user}@{rng.choice(('qq.com', '163.com', '126.com', 'gmail.com', 'foxmail.com'))}"


def _schools(rng: random.Random, birth: int) -> list[School]:
    start = birth + 18
    if rng.random() < 0.25:
        school = rng.choice(COLLEGES)
        return [School(school, rng.choice(MAJORS), "associate", Span((start, 9), (start + 3, 6)))]
    first = School(
        rng.choice(UNIVERSITIES), rng.choice(MAJORS), "bachelor", Span((start, 9), (start + 4, 6))
    )
    out = [first]
    if rng.random() < 0.35:
        out.append(
            School(
                rng.choice(UNIVERSITIES),
                rng.choice(MAJORS),
                "master",
                Span((start + 4, 9), (start + 7, 6)),
            )
        )
        if rng.random() < 0.2:
            out.append(
                School(
                    rng.choice(UNIVERSITIES),
                    rng.choice(MAJORS),
                    "doctor",
                    Span((start + 7, 9), (start + 11, 6)),
                )
            )
    return out


def _jobs(rng: random.Random, city: str, graduated: tuple[int, int]) -> list[Job]:
    jobs: list[Job] = []
    year, month = graduated
    if rng.random() < 0.4:
        # An internship in the summer before graduating.
        span = Span((year - 1, 7), (year - 1, 9))
        jobs.append(
            Job(_company(rng, city), rng.choice(INTERN_TITLES), span, (rng.choice(DUTIES),))
        )
    month = month + 1
    for index in range(rng.randint(1, 3)):
        length = rng.randint(8, 40)
        start = (year, month)
        end_index = year * 12 + month - 1 + length
        end = (end_index // 12, end_index % 12 + 1)
        last = index == 2 or end[0] >= 2026 or rng.random() < 0.3
        if last and rng.random() < 0.7:
            jobs.append(Job(_company(rng, city), rng.choice(TITLES), Span(start, None), ()))
            break
        if end[0] >= 2026:
            break
        duties = tuple(rng.sample(DUTIES, rng.randint(0, 2)))
        jobs.append(Job(_company(rng, city), rng.choice(TITLES), Span(start, end), duties))
        gap = end_index + rng.randint(1, 3)
        year, month = gap // 12, gap % 12 + 1
    # Fill duties of the open-ended job last so the dataclass stays frozen.
    return [
        j if j.duties or j.span.end is not None else Job(j.employer, j.title, j.span, _DEFAULT)
        for j in jobs
    ]


def make_person(rng: random.Random) -> Person:
    """One random person; everything consistent (dates in order, degrees by school type)."""
    birth = rng.randint(1980, 2002)
    province, city = rng.choice(CITIES)
    schools = _schools(rng, birth)
    graduated = schools[-1].span.end or (birth + 22, 6)
    jobs = _jobs(rng, city, graduated)
    if rng.random() < 0.5:
        jobs.reverse()  # most recent first, as most templates do
    if rng.random() < 0.5:
        schools.reverse()
    age_style = rng.random()
    campus_span = Span((birth + 19, 3), (birth + 20, 6))
    club, role = rng.choice(CAMPUS)
    project, part = rng.choice(PROJECTS)
    project_span = Span((birth + 20, 3), (birth + 20, 8))
    salary_low = rng.choice((6, 8, 10, 12, 15, 20, 25))
    return Person(
        name=_name(rng),
        gender=rng.choice(("male", "female")) if rng.random() < 0.85 else None,
        birth_year=birth if age_style < 0.55 else None,
        age=2026 - birth if 0.55 <= age_style < 0.9 else None,
        phone=_phone(rng),
        email=_email(rng),
        province=province,
        city=city if rng.random() < 0.8 else None,
        position=rng.choice(TITLES) if rng.random() < 0.85 else None,
        expected_cities=(rng.choice(CITIES)[1],) if rng.random() < 0.6 else (),
        salary=(salary_low * 1000, (salary_low + rng.choice((2, 3, 5))) * 1000)
        if rng.random() < 0.5
        else None,
        jobs=jobs,
        schools=schools,
        skills=tuple(rng.sample(SKILLS, rng.randint(2, 5))),
        certificates=tuple(rng.sample(CERTIFICATES, rng.randint(0, 3))),
        awards=tuple(
            ((birth + rng.randint(19, 21), rng.randint(1, 12)), a)
            for a in rng.sample(AWARDS, rng.randint(0, 2))
        ),
        campus=((campus_span, club, role),) if rng.random() < 0.5 else (),
        projects=((project_span, project, part),) if rng.random() < 0.4 else (),
    )
