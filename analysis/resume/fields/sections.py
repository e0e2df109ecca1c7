"""Split a resume into sections by their headings (教育背景, 工作经历, Skills, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.resume.fields.text import Line

HEADINGS: dict[str, tuple[str, ...]] = {
    "basic": ("基本信息", "个人信息", "个人资料", "联系方式", "Personal Information", "Contact"),
    "intent": (
        "求职意向", "求职期望", "职业意向", "期望工作", "Job Objective", "Career Objective",
        "Objective",
    ),
    "education": (
        "教育背景", "教育经历", "学习经历", "教育情况", "学历背景", "Education",
        "Educational Background",
    ),
    "internship": ("实习经历", "实习经验", "Internship", "Internships", "Internship Experience"),
    "work": (
        "工作经历", "工作经验", "职业经历", "工作履历", "从业经历", "Work Experience",
        "Professional Experience", "Employment History", "Experience",
    ),
    "project": ("项目经历", "项目经验", "项目介绍", "Projects", "Project Experience"),
    "skills": (
        "专业技能", "技能特长", "个人技能", "技能", "技术栈", "技能证书", "专业技能与证书",
        "Skills", "Technical Skills",
    ),
    "certificates": ("证书", "资格证书", "证书资质", "获得证书", "Certificates", "Certifications"),
    "awards": ("获奖情况", "荣誉奖项", "所获荣誉", "获奖经历", "Awards", "Honors"),
    "campus": ("校园经历", "在校经历", "社会实践", "社团经历", "Activities"),
    "summary": ("自我评价", "个人评价", "自我介绍", "个人总结", "个人优势", "Summary", "About Me"),
    "languages": ("语言能力", "Languages"),
}  # fmt: skip

_DECOR = re.compile(r"[\s【】\[\]■□●○◆◇▶►•·#*|_=<>《》/\\:\-—]+")


@dataclass(frozen=True, slots=True)
class Section:
    """Lines [first_line, end_line) under one heading."""

    kind: str
    heading_line: int
    first_line: int
    end_line: int


def _heading_kind(text: str) -> str | None:
    stripped = text.strip()
    if not stripped or len(stripped) > 40:
        return None
    # "工作经验：5年" is a labelled value, not a heading.
    if re.search(r":\s*\S", stripped.replace("：", ":")):
        return None
    cleaned = _DECOR.sub(" ", stripped).strip()
    lowered = cleaned.lower()
    for kind, words in HEADINGS.items():
        for word in words:
            w = word.lower()
            if lowered == w:
                return kind
            # "教育背景 Education" / "工作经历 WORK EXPERIENCE": a keyword then a translation.
            if lowered.startswith(w) and re.fullmatch(r"[\sa-z&]*", lowered[len(w) :]):
                return kind
    return None


def find_sections(lines: list[Line]) -> list[Section]:
    """Sections in order; text before the first heading is not part of any section."""
    heads = [(line.index, kind) for line in lines if (kind := _heading_kind(line.text))]
    sections = []
    for i, (index, kind) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(lines)
        sections.append(Section(kind, index, index + 1, end))
    return sections


def lines_of(lines: list[Line], sections: list[Section], *kinds: str) -> list[Line]:
    """All lines inside sections of the given kinds, in order."""
    out: list[Line] = []
    for section in sections:
        if section.kind in kinds:
            out.extend(lines[section.first_line : section.end_line])
    return out
