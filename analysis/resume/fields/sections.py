"""Split a resume into sections by their headings (教育背景, 工作经历, Skills, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.resume.fields.text import Line

HEADINGS: dict[str, tuple[str, ...]] = {
    "basic": (
        "基本信息", "个人信息", "个人资料", "联系方式", "Personal Information", "Contact",
        "Personal Info", "Profile",
    ),
    "intent": (
        "求职意向", "求职期望", "职业意向", "期望工作", "求职目标", "求职方向", "Job Objective",
        "Career Objective", "Objective", "Job Intention",
    ),
    "education": (
        "教育背景", "教育经历", "学习经历", "教育情况", "学历背景", "Education",
        "Educational Background",
    ),
    "internship": (
        "实习经历", "实习经验", "Internship", "Internships", "Internship Experience",
    ),
    "work": (
        "工作经历", "工作经验", "职业经历", "工作履历", "从业经历", "Work Experience",
        "Professional Experience", "Employment History", "Experience", "Work History",
    ),
    "project": ("项目经历", "项目经验", "项目介绍", "Projects", "Project Experience"),
    "skills": (
        "专业技能", "技能特长", "个人技能", "技能", "技术栈", "技能证书", "专业技能与证书",
        "Skills", "Technical Skills",
    ),
    "certificates": (
        "证书", "资格证书", "证书资质", "获得证书", "Certificates", "Certifications",
    ),
    "awards": (
        "获奖情况", "荣誉奖项", "所获荣誉", "获奖经历", "荣誉证书", "Awards", "Honors",
    ),
    "campus": (
        "校园经历", "在校经历", "社会实践", "社团经历", "学生工作", "Activities",
        "Campus Experience",
    ),
    "summary": (
        "自我评价", "个人评价", "自我介绍", "个人总结", "个人优势", "Summary", "About Me",
    ),
    "languages": ("语言能力", "Languages"),
    "cover": ("求职信", "自荐信", "Cover Letter"),
}  # fmt: skip

_DECOR = re.compile(r"[\s【】\[\]■□●○◆◇▶►•·#*|_=<>《》/\\:\-—]+")
_LATIN_TAIL = re.compile(r"[a-z&]*")


@dataclass(frozen=True, slots=True)
class Section:
    """Lines [first_line, end_line) under one heading."""

    kind: str
    heading_line: int
    first_line: int
    end_line: int


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.lower())


_WORDS = sorted(
    ((_squash(w), kind) for kind, words in HEADINGS.items() for w in words),
    key=lambda pair: -len(pair[0]),
)


def heading_kind(text: str) -> str | None:
    """The section kind a heading line names ("工作经历 Work Experience", "EDUCATION 教育经历",
    "技 能", OCR's "WORKEXPERIENCE"), or None for any other line."""
    stripped = text.strip()
    if not stripped or len(stripped) > 40:
        return None
    # "工作经验：5年" is a labelled value, not a heading.
    if re.search(r":\s*\S", stripped.replace("：", ":")):
        return None
    squashed = _squash(_DECOR.sub(" ", stripped))
    if not squashed:
        return None
    for word, kind in _WORDS:
        if squashed == word:
            return kind
        # A keyword then its translation, or the translation first ("EDUCATION 教育经历").
        if squashed.startswith(word) and _LATIN_TAIL.fullmatch(squashed[len(word) :]):
            return kind
        if squashed.endswith(word) and _LATIN_TAIL.fullmatch(squashed[: -len(word)]):
            return kind
    return None


def find_sections(lines: list[Line]) -> list[Section]:
    """Sections in order; text before the first heading is not part of any section.

    A heading normally sits above its block. When the layout put a blank line after a heading
    but none before it (designer templates print "工作经历" under its entries), the heading
    closes the block above instead: from the previous blank line or heading down to it.
    """
    heads = [line.index for line in lines if heading_kind(line.text)]
    blank = [not line.text.strip() for line in lines]
    after = {
        i
        for i in heads
        if i > 0
        and not blank[i - 1]
        and (i + 1 >= len(lines) or blank[i + 1])
        and not _heading_at(lines, i - 1)
    }
    # Only trust "after" headings when the document uses them consistently.
    if len(after) < 2 or 2 * len(after) <= len(heads):
        after = set()
    elif after:
        # A closing heading pushed to the top of the next page has nothing under it.
        for n, index in enumerate(heads):
            stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
            if index not in after and all(blank[index + 1 : stop]):
                after.add(index)
    spans: list[tuple[int, str, int, int]] = []
    for n, index in enumerate(heads):
        kind = heading_kind(lines[index].text) or ""
        if index in after:
            start = index
            while start > 0 and blank[start - 1] and start - 1 not in heads:
                start -= 1  # blank lines between the block and a heading on the next page
            while start > 0 and not blank[start - 1] and start - 1 not in heads:
                start -= 1
            spans.append((index, kind, start, index))
        else:
            end = len(lines)
            if n + 1 < len(heads):
                nxt = heads[n + 1]
                end = nxt
                if nxt in after:
                    while end > index + 1 and not blank[end - 1]:
                        end -= 1
            spans.append((index, kind, index + 1, end))
    return [Section(kind, h, first, end) for h, kind, first, end in spans]


def _heading_at(lines: list[Line], index: int) -> bool:
    return heading_kind(lines[index].text) is not None


def lines_of(lines: list[Line], sections: list[Section], *kinds: str) -> list[Line]:
    """All lines inside sections of the given kinds, in order."""
    out: list[Line] = []
    for section in sections:
        if section.kind in kinds:
            out.extend(lines[section.first_line : section.end_line])
    return out


def section_of(sections: list[Section], line_index: int) -> str | None:
    """The kind of the section holding a line, or None outside every section."""
    for section in sections:
        if (
            section.first_line <= line_index < section.end_line
            or line_index == section.heading_line
        ):
            return section.kind
    return None
