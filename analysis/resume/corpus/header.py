"""The top of a generated resume: name line and labelled or bare personal details."""

from __future__ import annotations

import random
from dataclasses import dataclass

from analysis.resume.corpus.content import Person


@dataclass(frozen=True, slots=True)
class Header:
    """Title lines (name), detail items (each one "label：value" or a bare value), intent items."""

    title: tuple[str, ...]
    details: tuple[str, ...]
    intent: tuple[str, ...]
    name_in_details: bool


def _spaced(label: str, rng: random.Random) -> str:
    # "性 别" / "学 历": designers letter-space two-character labels to align a column.
    return " ".join(label) if len(label) == 2 and rng.random() < 0.3 else label


def _phone(number: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 1:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 2:
        return f"+86 {number}"
    return number


def make_header(
    person: Person, rng: random.Random, *, ocr: bool = False, with_title: bool = True
) -> Header:
    """Draw a header style for the person; ``ocr`` adds the artefacts scanners produce;
    without ``with_title`` the layout prints no title line, so the position goes to the intent."""
    p = person
    colon = rng.choice(("：", ":", "： "))
    name_style = rng.randrange(6)
    if name_style == 3 and not p.position:
        name_style = 0
    title: list[str] = []
    details: list[str] = []
    if name_style == 0:
        title.append(p.name)
    elif name_style == 2:
        title.append(" ".join(p.name))
    elif name_style == 3:
        title.append(f"{p.name}&{p.position}")
    elif name_style == 4:
        title.append(f"{p.name}的个人简历")
    else:
        title.append(rng.choice(("个人简历", "简历", "RESUME 个人简历")))
        details.append(f"{_spaced('姓名', rng)}{colon}{p.name}")
    if p.gender:
        zh = "男" if p.gender == "male" else "女"
        details.append(rng.choice((f"性别{colon}{zh}", f"{_spaced('性别', rng)}{colon}{zh}", zh)))
    if p.birth_year:
        month = rng.randint(1, 12)
        details.append(
            rng.choice(
                (
                    f"出生年月{colon}{p.birth_year}.{month:02d}",
                    f"{p.birth_year}年{month}月出生",
                    f"出生日期{colon}{p.birth_year}-{month:02d}-{rng.randint(10, 28)}",
                    f"{_spaced('生日', rng)}{colon}{p.birth_year}/{month:02d}",
                )
            )
        )
    if p.age:
        details.append(rng.choice((f"年龄{colon}{p.age}", f"{p.age}岁", f"年 龄{colon}{p.age}岁")))
    details.append(rng.choice(("电话", "手机", "联系电话", "Tel")) + colon + _phone(p.phone, rng))
    email = p.email
    if ocr and rng.random() < 0.4:
        email += "e"  # a paragraph mark read as a letter: "…@qq.come"
    details.append(rng.choice((f"邮箱{colon}{email}", f"E-mail{colon}{email}", email)))
    if p.city:
        city_line = (
            f"{p.province}省{p.city}市" if p.province else f"{p.city}市{rng.choice(('', '朝阳区'))}"
        )
        details.append(
            rng.choice(
                (
                    f"现居{colon}{p.city}",
                    f"住址{colon}{city_line}{rng.choice(('天河区', '高新区', ''))}",
                    f"所在地{colon}{p.city}",
                    city_line,
                    f"现居住地{colon}{p.city}市",
                )
            )
        )
    if p.schools and rng.random() < 0.4:
        degree = {"doctor": "博士", "master": "硕士", "bachelor": "本科", "associate": "大专"}[
            p.highest_degree or "bachelor"
        ]
        details.append(f"{_spaced('学历', rng)}{colon}{degree}")
    intent: list[str] = []
    if p.position and (name_style != 3 or not with_title):
        label = rng.choice(("求职意向", "求职目标", "求职方向", "期望职位", "应聘岗位"))
        intent.append(f"{label}{colon}{p.position}")
    if p.expected_cities:
        label = rng.choice(("期望城市", "意向城市", "期望工作地点"))
        intent.append(f"{label}{colon}{'/'.join(p.expected_cities)}")
    if p.salary:
        low, high = p.salary
        amount = rng.choice(
            (
                f"{low // 1000}-{high // 1000}K",
                f"{low}-{high}元/月",
                f"{low // 1000}K-{high // 1000}K",
            )
        )
        intent.append(f"{rng.choice(('期望薪资', '期望月薪', '薪资要求'))}{colon}{amount}")
    return Header(tuple(title), tuple(details), tuple(intent), name_style in (1, 5))
