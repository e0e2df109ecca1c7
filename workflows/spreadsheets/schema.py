"""The three import kinds: their columns, cell parsers, examples and notes (Chinese)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workflows.jobs.models import QuestionType
from workflows.outcomes.demographics import REGIONS, SCHOOL_TIERS
from workflows.spreadsheets import cells
from workflows.spreadsheets.cells import CellInvalidError

__all__ = ["CellInvalidError"]


class ImportKind(StrEnum):
    """What a workbook holds, told by its header row."""

    CANDIDATES = "candidates"
    QUESTIONS = "questions"
    SALARY_BANDS = "salary_bands"
    OUTCOMES = "outcomes"


KIND_LABELS: dict[ImportKind, str] = {
    ImportKind.CANDIDATES: "候选人",
    ImportKind.QUESTIONS: "题库",
    ImportKind.SALARY_BANDS: "薪资带宽",
    ImportKind.OUTCOMES: "录用后表现",
}


Parser = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Column:
    """One import column: header, whether it must be filled, parser, example and note."""

    header: str
    required: bool
    parse: Parser
    example: Any
    note: str
    width: float = 14.0


# ---------------------------------------------------------------- cell parsers


def _as_text(value: Any) -> str:
    # Free text keeps its full-width punctuation (？，) exactly as HR typed it.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _folded(value: Any) -> str:
    """Text with full-width digits and letters folded (１３８ -> 138) for numbers and codes."""
    return unicodedata.normalize("NFKC", _as_text(value))


def text(max_chars: int) -> Parser:
    """Free text up to `max_chars` characters."""

    def parse(value: Any) -> str:
        out = _as_text(value)
        if len(out) > max_chars:
            raise CellInvalidError(f"内容过长（{len(out)}字），最多{max_chars}字")
        return out

    return parse


_PHONE = re.compile(r"^1[3-9]\d{9}$")


def phone(value: Any) -> str:
    """A mainland mobile number (spaces, dashes and +86 allowed)."""
    digits = re.sub(r"[\s\-()（）]", "", _folded(value))
    for prefix in ("+86", "0086", "86"):
        if digits.startswith(prefix) and len(digits) == 11 + len(prefix):
            digits = digits[len(prefix) :]
    if not _PHONE.match(digits):
        raise CellInvalidError(f"手机号应为11位中国大陆手机号，当前为「{_folded(value)[:20]}」")
    return digits


_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def email(value: Any) -> str:
    """An e-mail address."""
    out = _folded(value)
    if len(out) > 120 or not _EMAIL.match(out):
        raise CellInvalidError(f"邮箱格式不正确：「{out[:40]}」")
    return out.lower()


def integer(low: int, high: int) -> Parser:
    """A whole number in [low, high] (Excel may store it as 15000.0 or as text)."""

    def parse(value: Any) -> int:
        if isinstance(value, bool):
            raise CellInvalidError(f"应为{low}到{high}之间的整数")
        try:
            number = float(_folded(value).replace(",", ""))
        except ValueError:
            raise CellInvalidError(
                f"应为{low}到{high}之间的整数，当前为「{_folded(value)[:20]}」"
            ) from None
        if not number.is_integer() or not low <= number <= high:
            raise CellInvalidError(f"应为{low}到{high}之间的整数，当前为「{_folded(value)[:20]}」")
        return int(number)

    return parse


def years(value: Any) -> float:
    """Years of experience: 5, 5.5, 5年."""
    raw = _folded(value).removesuffix("年").removesuffix("以上").strip()
    try:
        number = float(raw)
    except ValueError:
        raise CellInvalidError(
            f"工作年限应为0到50之间的数字，当前为「{_folded(value)[:20]}」"
        ) from None
    if not 0 <= number <= 50:
        raise CellInvalidError(f"工作年限应为0到50之间的数字，当前为「{_folded(value)[:20]}」")
    return round(number, 1)


DEGREES: dict[str, str] = {
    "博士": "doctor",
    "博士研究生": "doctor",
    "硕士": "master",
    "硕士研究生": "master",
    "研究生": "master",
    "本科": "bachelor",
    "学士": "bachelor",
    "大专": "associate",
    "专科": "associate",
    "中专": "secondary_vocational",
    "高中": "high_school",
    "初中": "junior_high",
}


def degree(value: Any) -> str:
    """A degree label (本科, 硕士, …) -> analysis Degree value."""
    out = _folded(value)
    if out not in DEGREES:
        raise CellInvalidError(
            f"学历应为 博士/硕士/本科/大专/中专/高中/初中 之一，当前为「{out[:20]}」"
        )
    return DEGREES[out]


_LIST_SEPARATORS = re.compile(r"[,，、;；/\n]+")


def word_list(max_items: int, max_chars: int = 40) -> Parser:
    """Items separated by 、 , ; / or new lines."""

    def parse(value: Any) -> list[str]:
        items = [i.strip() for i in _LIST_SEPARATORS.split(_as_text(value)) if i.strip()]
        if len(items) > max_items:
            raise CellInvalidError(f"最多{max_items}项，当前{len(items)}项")
        long = next((i for i in items if len(i) > max_chars), None)
        if long is not None:
            raise CellInvalidError(f"「{long[:20]}…」过长，每项最多{max_chars}字")
        return list(dict.fromkeys(items))

    return parse


def paragraphs(max_items: int, max_chars: int = 1000) -> Parser:
    """Several texts separated by new lines or |."""

    def parse(value: Any) -> list[str]:
        items = [i.strip() for i in re.split(r"[\n|｜]+", _as_text(value)) if i.strip()]
        if len(items) > max_items:
            raise CellInvalidError(f"最多{max_items}条，当前{len(items)}条")
        if any(len(i) > max_chars for i in items):
            raise CellInvalidError(f"每条最多{max_chars}字")
        return items

    return parse


_MONEY = re.compile(r"^(\d+(?:\.\d+)?)\s*([kK千wW万]?)$")
_MONEY_UNITS = {"": 1, "k": 1000, "K": 1000, "千": 1000, "w": 10000, "W": 10000, "万": 10000}


def _money(text_value: str) -> int:
    match = _MONEY.match(text_value.replace(",", "").replace("元", "").strip())
    if match is None:
        raise ValueError(text_value)
    return round(float(match.group(1)) * _MONEY_UNITS[match.group(2)])


def salary_range(value: Any) -> tuple[int, int]:
    """Expected monthly salary: 15000, 15k, 1.5万, or a range 15000-20000 / 15k~20k."""
    raw = _folded(value)
    parts = re.split(r"\s*[-~～—至到]\s*", raw)
    try:
        numbers = [_money(p) for p in parts if p]
    except ValueError:
        raise CellInvalidError(
            f"期望月薪应为金额或范围，如 15000 或 15000-20000，当前为「{raw[:20]}」"
        ) from None
    if len(numbers) not in (1, 2) or not all(500 <= n <= 1_000_000 for n in numbers):
        raise CellInvalidError(f"期望月薪应为500到1000000元之间的金额或范围，当前为「{raw[:20]}」")
    low, high = numbers[0], numbers[-1]
    if low > high:
        raise CellInvalidError("期望月薪范围的下限不能高于上限")
    return low, high


QUESTION_TYPES: dict[str, QuestionType] = {
    "自我介绍": QuestionType.SELF_INTRODUCTION,
    "行为": QuestionType.BEHAVIOURAL,
    "行为题": QuestionType.BEHAVIOURAL,
    "行为面试": QuestionType.BEHAVIOURAL,
    "情景": QuestionType.SITUATIONAL,
    "情景题": QuestionType.SITUATIONAL,
    "技术": QuestionType.TECHNICAL,
    "技术题": QuestionType.TECHNICAL,
    "专业": QuestionType.TECHNICAL,
    "价值观": QuestionType.VALUES,
    **{t.value: t for t in QuestionType},
}


def question_type(value: Any) -> QuestionType:
    """自我介绍 / 行为 / 情景 / 技术 / 价值观 (or the English code)."""
    out = _folded(value)
    found = QUESTION_TYPES.get(out) or QUESTION_TYPES.get(out.lower())
    if found is None:
        raise CellInvalidError(
            f"类型应为 自我介绍/行为/情景/技术/价值观 之一，当前为「{out[:20]}」"
        )
    return found


# The offer salary suggestion places candidates in exactly these levels (workflows.offers.salary).
SALARY_LEVELS: tuple[str, ...] = ("初级", "中级", "高级")


def salary_level(value: Any) -> str:
    """初级 / 中级 / 高级."""
    out = _folded(value)
    if out not in SALARY_LEVELS:
        raise CellInvalidError(f"级别应为 初级/中级/高级 之一，当前为「{out[:20]}」")
    return out


def job_id(value: Any) -> int:
    """A job number as shown by 岗位 (12 or #12)."""
    raw = _folded(value).lstrip("#＃")
    if not raw.isdigit() or int(raw) < 1:
        raise CellInvalidError(
            f"岗位编号应为数字（发送「岗位」可查看），当前为「{_folded(value)[:20]}」"
        )
    return int(raw)


# ---------------------------------------------------------------- the three schemas

CANDIDATE_COLUMNS: tuple[Column, ...] = (
    Column("姓名", True, text(32), "张伟", "必填，最多32字", 10),
    Column("手机", False, phone, "13812345678", "手机、邮箱至少填一项；用于识别重复候选人", 16),
    Column("邮箱", False, email, "zhangwei@example.com", "选填", 24),
    Column("岗位编号", True, job_id, 1, "必填，发送「岗位」查看编号；导入后为该岗位创建申请", 10),
    Column("学历", False, degree, "本科", "选填：博士/硕士/本科/大专/中专/高中/初中", 8),
    Column("学校", False, text(64), "浙江大学", "选填", 16),
    Column("工作年限", False, years, 5, "选填，0到50之间的数字（年）", 10),
    Column("技能", False, word_list(30), "Python、MySQL、Redis", "选填，用顿号或逗号分隔", 26),
    Column(
        "期望月薪", False, salary_range, "20000-25000", "选填，如 20000 或 20000-25000（元/月）", 14
    ),
    Column("城市", False, text(32), "杭州", "选填，期望工作城市", 10),
)

QUESTION_COLUMNS: tuple[Column, ...] = (
    Column("题目", True, text(1000), "请讲一次你主动推动跨团队协作的经历，结果如何？", "必填", 48),
    Column("类型", True, question_type, "行为", "必填：自我介绍/行为/情景/技术/价值观", 10),
    Column("思考时间", False, integer(0, 600), 30, "选填，秒，默认30", 10),
    Column("作答时间", False, integer(10, 1800), 180, "选填，秒，默认180", 10),
    Column("难度", False, integer(1, 5), 2, "选填，1到5，默认2", 8),
    Column(
        "能力维度",
        False,
        word_list(6, 64),
        "teamwork、communication",
        "选填，维度编码或名称，多个用顿号分隔",
        24,
    ),
    Column("等价组", False, text(64), "teamwork", "选填，同组题目可互换，每次面试抽一道", 12),
    Column(
        "参考答案",
        False,
        paragraphs(5),
        "我牵头协调了产品和研发……",
        "选填，多条用换行或 | 分隔",
        36,
    ),
    Column(
        "追问模板",
        False,
        paragraphs(5, 300),
        "你具体是怎么说服对方的？",
        "选填，多条用换行或 | 分隔",
        30,
    ),
    Column("题本", False, text(128), "", "选填，填写后按行顺序加入该题本（不存在则新建）", 20),
)

SALARY_COLUMNS: tuple[Column, ...] = (
    Column("岗位编号", True, job_id, 1, "必填，发送「岗位」查看编号", 10),
    Column("级别", True, salary_level, "中级", "必填：初级/中级/高级", 10),
    Column("月薪下限", True, integer(500, 1_000_000), 22000, "必填，元/月", 12),
    Column("月薪上限", True, integer(500, 1_000_000), 30000, "必填，元/月，不低于下限", 12),
)

# What became of hires (validity), and demographics used only for the fairness analysis.
OUTCOME_COLUMNS: tuple[Column, ...] = (
    Column(
        "申请编号",
        True,
        cells.application_id,
        0,
        "必填，导出表中的「编号」；表现类列仅限已录用的申请，性别等可填任何申请（示例行 0 不导入）",
        10,
    ),
    Column("姓名", False, text(32), "张伟", "选填，仅便于核对，不导入", 10),
    Column("入职日期", False, cells.day, "2026-03-01", "选填，如 2026-03-01", 12),
    Column("试用期结果", False, cells.probation, "通过", "选填：通过/未通过/延长/进行中", 10),
    Column("转正日期", False, cells.day, "2026-06-01", "选填", 12),
    Column("绩效周期", False, text(16), "2026H1", "与绩效评级同填，如 2026H1、2026Q3", 10),
    Column("绩效评级", False, cells.rating, "A", "选填：S/A/B/C/D 或 1到5", 10),
    Column("离职日期", False, cells.day, "", "选填", 12),
    Column("离职类型", False, cells.leaving_type, "", "选填：主动/被动", 10),
    Column("离职原因", False, text(200), "", "选填，加密保存", 20),
    Column("性别", False, cells.gender, "", "选填，仅用于公平性分析，加密保存", 8),
    Column("出生年份", False, cells.birth_year, "", "选填，仅用于公平性分析（年龄段）", 10),
    Column("地区", False, cells.one_of("地区", REGIONS), "", "选填：华北/华东等", 10),
    Column("学校层次", False, cells.one_of("学校层次", SCHOOL_TIERS), "", "选填", 10),
)

SCHEMAS: dict[ImportKind, tuple[Column, ...]] = {
    ImportKind.CANDIDATES: CANDIDATE_COLUMNS,
    ImportKind.QUESTIONS: QUESTION_COLUMNS,
    ImportKind.SALARY_BANDS: SALARY_COLUMNS,
    ImportKind.OUTCOMES: OUTCOME_COLUMNS,
}

# Headers that identify each kind; checked in this order (the most specific first).
SIGNATURES: tuple[tuple[ImportKind, frozenset[str]], ...] = (
    (ImportKind.OUTCOMES, frozenset({"申请编号", "试用期结果", "绩效评级"})),
    (ImportKind.SALARY_BANDS, frozenset({"级别", "月薪下限", "月薪上限"})),
    (ImportKind.QUESTIONS, frozenset({"题目", "类型"})),
    (ImportKind.CANDIDATES, frozenset({"姓名", "岗位编号"})),
)

# Other spellings HR uses for the same column.
HEADER_ALIASES: dict[str, str] = {
    "手机号": "手机",
    "手机号码": "手机",
    "电话": "手机",
    "联系电话": "手机",
    "电子邮箱": "邮箱",
    "邮件": "邮箱",
    "email": "邮箱",
    "岗位id": "岗位编号",
    "岗位": "岗位编号",
    "最高学历": "学历",
    "毕业院校": "学校",
    "工作经验": "工作年限",
    "技能标签": "技能",
    "期望薪资": "期望月薪",
    "题干": "题目",
    "题型": "类型",
    "维度": "能力维度",
    "职级": "级别",
    "下限": "月薪下限",
    "上限": "月薪上限",
    "编号": "申请编号",
    "绩效": "绩效评级",
    "试用期": "试用期结果",
}


def canonical_header(header: str) -> str:
    """The schema header for a (normalised) header cell."""
    return HEADER_ALIASES.get(header, HEADER_ALIASES.get(header.lower(), header))


def is_example_row(kind: ImportKind, cells: dict[str, Any]) -> bool:
    """True for the template's example row, left in by the user (it is skipped, not imported)."""
    filled = [c for c in SCHEMAS[kind] if c.example not in ("", None)]
    return all(
        cells.get(c.header) is not None and _as_text(cells[c.header]) == _as_text(c.example)
        for c in filled
    )
