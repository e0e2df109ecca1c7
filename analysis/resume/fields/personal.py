"""Name, gender, birth date and age."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from analysis.resume.fields.dates import parse_year_month
from analysis.resume.fields.entities import clamp, of_type
from analysis.resume.fields.labels import LabelHit, first
from analysis.resume.fields.text import Line
from analysis.resume.types import EntityLike, FieldSource, FieldValue, Gender, YearMonth

# Common single and compound surnames: the unlabelled-name heuristic only trusts these.
_SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
    "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
    "尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时"
    "穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾"
    "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # Rarer surnames (百家姓 and the census list beyond the top 300).
    "傅禤亓鄢笪晁訾蒯郦佴宓逄麴甯靖粟璩濮郜仝厉暴钮蔺楚闻祖郗盖束厍谈茅储帅庾詹凤荆"
    "羿阎佟扈勾伏赖燕杭官雍蓬郁晋习展黄滑夔相钭宦宿"
)
_SURNAMES_2 = {
    "端木",
    "夏侯",
    "闻人",
    "司徒",
    "司空",
    "宇文",
    "呼延",
    "澹台",
    "公冶",
    "濮阳",
    "太史",
    "申屠",
    "南宫",
    "钟离",
    "万俟",
    "赫连",
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "令狐",
}
_NOT_NAMES = {
    "个人简历",
    "个人",
    "简历",
    "求职",
    "应聘",
    "基本信息",
    "个人信息",
    "求职意向",
    "联系方式",
    # Field labels the NER model sometimes takes for names (ResumeNER has few labelled forms).
    "性别",
    "姓名",
    "年龄",
    "电话",
    "手机",
    "邮箱",
    "民族",
    "籍贯",
    "学历",
    "住址",
    "现居",
    "婚否",
    "婚姻",
    "身高",
    "体重",
    "生日",
    "出生",
    "政治面貌",
    "户口",
    "地址",
    "微信",
    # Closing words of letters and cover pages.
    "此致敬礼",
    "此致",
    "敬礼",
    "谢谢",
    "您好",
    "求职信",
    "自荐信",
}
_CN_NAME = re.compile(r"^[\u4e00-\u9fa5]{1,4}(?:·[\u4e00-\u9fa5]{1,6})?$")
_EN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}$")
_TOKEN_SPLIT = re.compile(r"[\s|/,，、;；()（）]+")
# A lone 男/女 cell; OCR may glue the next cell to it ("男1985年3月出生").
_GENDER_TOKEN = re.compile(r"(?:^|[\s|/,，、;；])(男|女)(?=$|[\s|/,，、;；]|\d{2})")
_AGE = re.compile(r"(?<!\d)(\d{2})\s*岁")
_BORN = re.compile(
    r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?\s*(?:出生|生)|生于\s*((?:19|20)\d{2})"
)
_HEAD_LINES = 8


def _looks_like_cn_name(token: str) -> bool:
    if not _CN_NAME.match(token) or token in _NOT_NAMES:
        return False
    surname_ok = token[:2] in _SURNAMES_2 or token[0] in _SURNAMES_1
    return surname_ok and 2 <= len(token.split("·")[0]) <= 4


def _clean_name(value: str) -> str | None:
    token = _TOKEN_SPLIT.split(value.strip())[0] if value.strip() else ""
    if _CN_NAME.match(token) and 2 <= len(token) <= 10 and token not in _NOT_NAMES:
        return token
    english = value.strip()
    if _EN_NAME.match(english):
        return english
    return None


def find_name(
    lines: list[Line], hits: list[LabelHit], entities: Sequence[EntityLike]
) -> FieldValue[str] | None:
    """Labelled name, else a NER NAME near the top, else a surname heuristic on the top lines."""
    labelled = first(hits, "name")
    rule = _clean_name(labelled.value) if labelled else None
    head_end = lines[min(len(lines), 15) - 1].end if lines else 0
    # A NER name must also look like a Chinese name: the model was trained on prose, and
    # field labels such as 性别 at the top of a resume can fool it.
    ner = next(
        (
            e
            for e in of_type(entities, "NAME")
            if e.start <= head_end and _looks_like_cn_name(e.text.strip())
        ),
        None,
    )
    if rule:
        agrees = ner is not None and ner.text.strip() == rule
        return FieldValue(rule, 0.98 if agrees else 0.95, FieldSource.RULE)
    if ner is not None:
        return FieldValue(ner.text.strip(), clamp(min(0.9, ner.confidence)), FieldSource.NER)
    return _guess_from_top(lines)


def _guess_from_top(lines: list[Line]) -> FieldValue[str] | None:
    seen = 0
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > 3:
            break
        text = re.sub(r"^(?:个人简历|简历)\s*[-_—:]?\s*", "", text)
        text = re.sub(r"(?:的)?(?:个人简历|简历)$", "", text).strip()
        tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
        if tokens and _looks_like_cn_name(tokens[0]):
            return FieldValue(tokens[0], 0.7 if len(tokens) > 1 else 0.65, FieldSource.RULE)
        if seen == 1 and _EN_NAME.match(text):
            return FieldValue(text, 0.55, FieldSource.RULE)
        # "Kevin Zhang 张凯": a short first line with a Chinese name among its words.
        cn = [t for t in tokens if _looks_like_cn_name(t)]
        if seen == 1 and cn and len(tokens) <= 4:
            return FieldValue(cn[0], 0.6, FieldSource.RULE)
    return None


def find_gender(
    lines: list[Line], hits: list[LabelHit], header_lines: set[int] | None = None
) -> FieldValue[Gender] | None:
    """性别：男/女, or a lone 男/女 among the first lines."""
    labelled = first(hits, "gender")
    if labelled:
        value = labelled.value.strip().lower()
        if value.startswith("男") or value in ("male", "m"):
            return FieldValue(Gender.MALE, 0.97, FieldSource.RULE)
        if value.startswith("女") or value in ("female", "f"):
            return FieldValue(Gender.FEMALE, 0.97, FieldSource.RULE)
    name = first(hits, "name")
    glued = re.match(r"^[\u4e00-\u9fa5]{3,4}([男女])$", name.value.split()[0]) if name else None
    if glued:
        # OCR joined the name cell and the gender cell: "田伟嘉女".
        gender = Gender.MALE if glued.group(1) == "男" else Gender.FEMALE
        return FieldValue(gender, 0.75, FieldSource.RULE)
    for line in lines:
        if line.index >= _HEAD_LINES and (header_lines is None or line.index not in header_lines):
            continue
        match = _GENDER_TOKEN.search(line.text)
        if match:
            gender = Gender.MALE if match.group(1) == "男" else Gender.FEMALE
            return FieldValue(gender, 0.8, FieldSource.RULE)
    return None


def find_birth(text: str, hits: list[LabelHit], today: date) -> FieldValue[YearMonth] | None:
    """出生年月 / 出生日期 / 1990年5月出生; plausible for a working-age person."""
    labelled = first(hits, "birth")
    if labelled:
        ym = parse_year_month(labelled.value)
        if ym and _plausible_birth(ym.year, today):
            return FieldValue(ym, 0.95, FieldSource.RULE)
    match = _BORN.search(text)
    if match:
        year = int(match.group(1) or match.group(3))
        month = int(match.group(2)) if match.group(2) else None
        if _plausible_birth(year, today) and (month is None or 1 <= month <= 12):
            return FieldValue(YearMonth(year, month), 0.85, FieldSource.RULE)
    return None


def _plausible_birth(year: int, today: date) -> bool:
    return today.year - 75 <= year <= today.year - 14


def find_age(
    lines: list[Line], hits: list[LabelHit], header_lines: set[int] | None = None
) -> FieldValue[int] | None:
    """Stated age only (年龄：28 / 28岁 / "33 岁" on a line of its own); never derived."""
    labelled = first(hits, "age")
    if labelled:
        match = re.search(r"\d{2}", labelled.value)
        if match and 14 <= int(match.group(0)) <= 75:
            return FieldValue(int(match.group(0)), 0.95, FieldSource.RULE)
    for line in lines:
        in_header = line.index < _HEAD_LINES or (
            header_lines is not None and line.index in header_lines
        )
        match = _AGE.search(line.text)
        if match and in_header and 14 <= int(match.group(1)) <= 75:
            return FieldValue(int(match.group(1)), 0.85, FieldSource.RULE)
    return None
