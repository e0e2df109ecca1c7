"""A readable rendering of a parsed resume, each field with its confidence (for the CLI)."""

from __future__ import annotations

from typing import Any

from analysis.resume.pipeline import ResumeParse
from analysis.resume.types import FieldSource, FieldValue, ParsedResume, YearMonth

_GENDER_ZH = {"male": "男", "female": "女"}


def _ym(value: YearMonth | None, present: bool = False) -> str:
    if present:
        return "至今"
    if value is None:
        return "?"
    return f"{value.year}.{value.month:02d}" if value.month else str(value.year)


def span_text(start: YearMonth | None, end: YearMonth | None, present: bool) -> str:
    """A date range for display: "2016.03-至今"."""
    return f"{_ym(start)}-{_ym(end, present)}"


def history_lines(parsed: ParsedResume, *, work: int = 4, education: int = 3) -> list[str]:
    """Work then education entries with their dates, one short line each."""
    lines = []
    for w in parsed.work_history[:work]:
        parts = [f.value for f in (w.employer, w.title) if f is not None]
        kind = "（实习）" if w.is_internship else ""
        lines.append(f"{span_text(w.start, w.end, w.end_is_present)} {' · '.join(parts)}{kind}")
    for e in parsed.education[:education]:
        parts = [str(f.value) for f in (e.school, e.major) if f is not None]
        if e.degree is not None:
            parts.append(e.degree.value.label_zh)
        lines.append(f"{span_text(e.start, e.end, e.end_is_present)} {' · '.join(parts)}")
    return lines


def _fv(field: FieldValue[Any] | None) -> str:
    if field is None:
        return "（未识别）"
    value = field.value
    label = (
        getattr(value, "label_zh", None)
        or _GENDER_ZH.get(str(value))
        or str(getattr(value, "value", value))
    )
    return f"{label}  [置信度 {field.confidence:.2f}]"


def _many(values: tuple[FieldValue[Any], ...]) -> str:
    if not values:
        return "（未识别）"
    return "、".join(f"{v.value}({v.confidence:.2f})" for v in values)


def describe_parse(result: ResumeParse) -> str:
    """Lines of `field: value [confidence]`; fields the resume does not state say so."""
    p = result.parsed
    ex = result.extracted
    ocr = "是" if ex.ocr_used else "否"
    lines = [
        f"文件类型: {ex.source_kind.value}  页数: {ex.page_count}  OCR: {ocr}",
        f"解析器版本: {p.parser_version}",
        f"姓名: {_fv(p.name)}",
        f"手机: {_many(p.phones)}",
        f"邮箱: {_many(p.emails)}",
        f"性别: {_fv(p.gender)}",
        f"出生: {_fv(p.birth)}"
        if p.birth is None
        else f"出生: {_ym(p.birth.value)}  [置信度 {p.birth.confidence:.2f}]",
        f"年龄: {_fv(p.age)}",
        f"现居城市: {_fv(p.current_city)}",
        f"最高学历: {_fv(p.highest_degree)}",
    ]
    if p.years_of_experience is not None:
        yx = p.years_of_experience
        basis = "简历写明" if yx.value.basis.value == "stated" else "按工作经历推算"
        lines.append(f"工作年限: {yx.value.years:g} 年（{basis}）  [置信度 {yx.confidence:.2f}]")
    else:
        lines.append("工作年限: （未识别）")
    lines.append("教育经历:" if p.education else "教育经历: （未识别）")
    for e in p.education:
        parts = [_fv(e.school), _fv(e.degree), _fv(e.major)]
        lines.append(f"  - {span_text(e.start, e.end, e.end_is_present)}  " + " | ".join(parts))
    lines.append("工作经历:" if p.work_history else "工作经历: （未识别）")
    for w in p.work_history:
        kind = "（实习）" if w.is_internship else ""
        parts = [_fv(w.employer), _fv(w.title)]
        lines.append(
            f"  - {span_text(w.start, w.end, w.end_is_present)}{kind}  " + " | ".join(parts)
        )
    stated = tuple(s for s in p.skills if s.source is FieldSource.SECTION)
    mentioned = tuple(s for s in p.skills if s.source is not FieldSource.SECTION)
    lines += [
        f"技能（简历所列）: {_many(stated)}",
        f"技能（经历中提到）: {_many(mentioned)}",
        f"证书: {_many(p.certificates)}",
        f"期望职位: {_fv(p.expected_position)}",
        f"期望城市: {_many(p.expected_cities)}",
    ]
    if p.expected_salary is not None:
        s = p.expected_salary
        lines.append(
            f"期望薪资: {s.value.min_monthly_cny}-{s.value.max_monthly_cny} 元/月"
            f"  [置信度 {s.confidence:.2f}]"
        )
    else:
        lines.append("期望薪资: （未识别）")
    for warning in ex.warnings:
        lines.append(f"提示: {warning}")
    return "\n".join(lines)
