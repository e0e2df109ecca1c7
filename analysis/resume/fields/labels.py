"""Labelled values ("姓名：张三", "期望薪资 15-20K", table cells "性别\t男") in resume text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.resume.fields.text import Line

LABELS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "Name"),
    "gender": ("性别", "Gender", "Sex"),
    "birth": (
        "出生年月", "出生日期", "出生年份", "生日", "出生", "Date of Birth", "Birthday", "DOB",
    ),
    "age": ("年龄", "Age"),
    "phone": ("手机号码", "手机号", "手机", "联系电话", "电话", "Mobile", "Phone", "Tel"),
    "email": ("电子邮箱", "邮箱", "电子邮件", "E-mail", "Email"),
    "position": (
        "期望职位", "期望岗位", "意向岗位", "意向职位", "应聘职位", "应聘岗位", "求职意向",
        "目标职位", "求职岗位", "期望从事职业", "求职目标", "求职方向", "意向职业", "期望岗位",
        "Desired Position", "Target Position",
        "Position Applied", "Objective",
    ),
    "salary": (
        "期望薪资", "期望月薪", "期望薪酬", "期望年薪", "期望工资", "薪资要求", "薪资期望",
        "期望待遇", "Expected Salary", "Salary Expectation",
    ),
    "city": (
        "期望城市", "期望地点", "期望工作地点", "意向城市", "工作地点", "期望工作城市",
        "Preferred Location", "Expected City", "Desired Location",
    ),
    "experience": ("工作年限", "工作经验", "从业年限", "Years of Experience"),
    "degree": ("最高学历", "学历", "Degree"),
    "school": ("毕业院校", "毕业学校", "学校", "School", "University"),
    "major": ("所学专业", "专业", "Major"),
    "employer": ("公司名称", "公司", "单位", "工作单位", "Company", "Employer"),
    "title": ("职位", "岗位", "职务", "担任", "Title", "Position"),
    "current_city": (
        "现居住地", "现居地", "现居城市", "现居", "居住地", "所在地", "所在城市", "现住址", "住址",
        "家庭住址", "联系地址", "通讯地址", "地址", "Location", "Address", "Current City",
    ),
    # Only here so that a value stops where the next label starts.
    "other": (
        "民族", "籍贯",
        "政治面貌", "婚姻状况", "婚否", "身高", "体重", "户口", "户籍", "微信", "QQ",
        "当前薪资", "目前薪资", "到岗时间", "求职状态", "工作性质", "期望行业", "国籍",
        "Location", "Address", "WeChat", "Nationality", "Status",
    ),
}  # fmt: skip

_LATIN = re.compile(r"^[A-Za-z][A-Za-z \-]*$")


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A label and the value after it; offsets are into the full text."""

    key: str
    label: str
    value: str
    value_start: int
    line_index: int


@cache
def _label_regex() -> re.Pattern[str]:
    all_labels = sorted({lb for group in LABELS.values() for lb in group}, key=len, reverse=True)
    parts = []
    for label in all_labels:
        escaped = re.escape(label).replace(r"\ ", r"\s*")
        if len(label) == 2 and not _LATIN.match(label):
            # Designers letter-space two-character labels to align them: "性 别", "学　历".
            escaped = f"{re.escape(label[0])}[ \u3000]{{0,3}}{re.escape(label[1])}"
        if _LATIN.match(label):
            # English labels need a colon: "Name: Li" but not "name" inside a sentence.
            parts.append(rf"(?<![A-Za-z]){escaped}(?=\s*:)")
        else:
            parts.append(escaped)
    return re.compile("(?P<label>" + "|".join(parts) + ")", re.IGNORECASE)


@cache
def _key_of() -> dict[str, str]:
    return {_label_key(label): key for key, group in LABELS.items() for label in group}


def _label_key(label: str) -> str:
    squashed = re.sub(r"\s+", " ", label.lower()).strip()
    if not _LATIN.match(squashed):
        squashed = squashed.replace(" ", "").replace("\u3000", "")
    return squashed


def _is_label_at(text: str, start: int, end: int) -> bool:
    """A label counts when followed by a colon, or when it is a whole cell/word of the line."""
    rest = text[end:]
    if re.match(r"\s*:", rest):
        return True
    before_ok = start == 0 or text[start - 1] in " \t|/"
    after_ok = rest == "" or rest[0] in " \t|"
    return before_ok and after_ok


def find_labels(lines: list[Line]) -> list[LabelHit]:
    """Every labelled value, in text order; values stop at the next label, a tab or a '|'."""
    hits: list[LabelHit] = []
    keys = _key_of()
    for line in lines:
        text = line.text
        spans = [
            (m.start(), m.end(), m.group("label"))
            for m in _label_regex().finditer(text)
            if _is_label_at(text, m.start(), m.end())
        ]
        for i, (_start, end, label) in enumerate(spans):
            stop = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            raw = text[end:stop]
            colon = re.match(r"\s*:\s*", raw)
            offset = colon.end() if colon else len(raw) - len(raw.lstrip())
            value = raw[offset:]
            cut = re.search(r"\t|\||\s{2,}", value)
            if cut:
                value = value[: cut.start()]
            value = value.strip(" ,;、，；")
            if value:
                key = keys[_label_key(label)]
                hits.append(LabelHit(key, label, value, line.start + end + offset, line.index))
    return hits


def first(hits: list[LabelHit], key: str) -> LabelHit | None:
    """The first hit for a key."""
    return next((h for h in hits if h.key == key), None)
