"""How a generated resume writes each thing: date styles, entry orders, labels, headings."""

from __future__ import annotations

import random
from dataclasses import dataclass

from analysis.resume.corpus.content import DEGREE_ZH, Job, Person, School, Span

HEADINGS: dict[str, tuple[str, ...]] = {
    "intent": ("求职意向", "求职目标", "求职意向 Job Intention", "JOB OBJECTIVE 求职意向"),
    "education": ("教育背景", "教育经历", "学习经历", "教育背景 Education", "EDUCATION 教育经历"),
    "work": ("工作经历", "工作经验", "职业经历", "工作经历 Work Experience", "WORK EXPERIENCE"),
    "internship": ("实习经历", "实习经历 Internship"),
    "skills": ("专业技能", "技能特长", "个人技能", "技能 Skills"),
    "certificates": ("证书", "资格证书", "证书 Certificates"),
    "awards": ("获奖情况", "荣誉奖项", "所获荣誉", "荣誉奖项 Awards"),
    "campus": ("校园经历", "在校经历", "社团经历"),
    "projects": ("项目经历", "项目经验", "项目经历 Projects"),
    "summary": ("自我评价", "个人评价", "自我评价 About Me"),
    "basic": ("基本信息", "个人信息", "个人资料"),
}  # fmt: skip
_SEPARATORS = ("-", " - ", "–", "~", " 至 ", "—")
_PRESENT = ("至今", "现在", "今", "至今")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated entry as text: the date, its other parts, and how they are arranged."""

    date: str
    lines: tuple[str, ...]  # the entry's lines in the chosen order (date line included)
    undated: tuple[str, ...]  # the same lines without the date (for timeline layouts)
    details: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A section: its kind, its heading and its content."""

    kind: str
    heading: str
    entries: tuple[Entry, ...] = ()
    lines: tuple[str, ...] = ()


class Writer:
    """Writes one person's resume in styles drawn once per resume (as a template would)."""

    def __init__(self, person: Person, rng: random.Random) -> None:
        self.p = person
        self.rng = rng
        self.date_style = rng.randrange(7)
        self.sep = rng.choice(_SEPARATORS)
        self.present = rng.choice(_PRESENT)
        if "至" in self.sep and self.present.startswith("至"):
            self.present = "今"
        if self.date_style == 6:
            self.sep, self.present = " - ", rng.choice(("Present", "Now", "至今"))
        self.work_order = rng.randrange(8)
        self.edu_order = rng.randrange(5)
        self.duty_style = rng.randrange(3)  # full stop / bullet / neither
        self.degree_prefix = rng.choice(("", "", "统招", "全日制"))
        self.cell = rng.choice(("  ", "   ", " | ", "\u3000"))

    def ym(self, ym: tuple[int, int]) -> str:
        """A year-month in this resume's style."""
        y, m = ym
        if self.date_style == 6:
            return f"{_MONTHS[m - 1]} {y}"
        return (
            f"{y}.{m:02d}",
            f"{y}.{m}",
            f"{y}/{m:02d}",
            f"{y}-{m:02d}",
            f"{y}年{m}月",
            f"{y}年{m:02d}月",
        )[self.date_style]

    def span(self, span: Span) -> str:
        """A date range in this resume's style."""
        end = self.present if span.end is None else self.ym(span.end)
        return f"{self.ym(span.start)}{self.sep}{end}"

    def heading(self, kind: str) -> str:
        """A heading for a section kind."""
        return self.rng.choice(HEADINGS[kind])

    def job(self, job: Job) -> Entry:
        """A work entry in this resume's order (company/dates/title in any arrangement)."""
        d, c, t, j = self.span(job.span), job.employer, job.title, self.cell
        order = self.work_order
        if order == 4 and not c.startswith("《"):
            order = 0
        lines: tuple[str, ...] = (
            (f"{d}{j}{c}{j}{t}",),
            (f"{c}{j}{t}{j}{d}",),
            (c, d, t),
            (t, d, c),
            (f"{c}/{t}/{d}",),
            (f"{c}{j}{t}", d),
            (d, f"{c}{j}{t}"),
            (f"{t}{j}{c}{j}{d}",),
        )[order]
        undated = (
            (f"{t}{j}{c}",)
            if order == 7
            else (f"{c}{j}{t}",)
            if order in (0, 1, 4, 5, 6)
            else tuple(x for x in lines if x != d)
        )
        return Entry(d, lines, undated, tuple(self.duty(x) for x in job.duties))

    def duty(self, text: str) -> str:
        """A duty line as this template writes it."""
        if self.duty_style == 1:
            return "• " + text
        if self.duty_style == 2:
            return text.rstrip("。")
        return text

    def school(self, school: School) -> Entry:
        """An education entry in this resume's order."""
        d, s, m, g, j = self.span(school.span), school.school, school.major, "", self.cell
        g = (
            self.degree_prefix + DEGREE_ZH[school.degree]
            if school.degree in ("bachelor", "master")
            else DEGREE_ZH[school.degree]
        )
        lines: tuple[str, ...] = (
            (f"{d}{j}{s}{j}{m}{j}{g}",),
            (f"{s}{j}{m}{j}{g}", d),
            (f"{s}{j}{g}{j}{m}{j}{d}",),
            (s, d, f"{m}{j}{g}"),
            (d, s, f"{g}{j}{m}"),
        )[self.edu_order]
        undated = tuple(x.replace(d, "").strip(" |\u3000") for x in lines if x != d)
        return Entry(d, lines, undated)

    def dated(self, span: Span, what: str, role: str) -> Entry:
        """A campus activity or a project: dated like a job but not one."""
        d, j = self.span(span), self.cell
        return Entry(d, (f"{d}{j}{what}{j}{role}",), (f"{what}{j}{role}",))

    def award(self, ym: tuple[int, int], what: str) -> str:
        """An award line ("2010.12华南大学生创意营销大赛一等奖")."""
        return self.ym(ym) + self.rng.choice(("", " ", "  ")) + what

    def list_items(self, items: tuple[str, ...], lead: str = "") -> tuple[str, ...]:
        """Skills or certificates as one joined line or a line per item."""
        style = self.rng.randrange(4)
        if style == 0:
            return (lead + "、".join(items),)
        if style == 1:
            return (lead + " / ".join(items),)
        if style == 2:
            return tuple("• " + item for item in items)
        return (lead + "，".join(items),)
