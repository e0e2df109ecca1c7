"""Twelve resume layouts: where each block of a generated resume goes on the page or in Word."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis.resume.corpus.content import DEGREE_ZH, Person
from analysis.resume.corpus.formats import Block, Writer
from analysis.resume.corpus.header import Header, make_header
from analysis.resume.corpus.render import (
    PAGE_H,
    Item,
    Page,
    make_docx,
    make_pdf,
    make_scan,
    para,
    table,
    text_width,
    textbox,
    wrap,
)

BODY, HEAD, TITLE = 10.0, 13.0, 20.0


def blocks(p: Person, w: Writer, rng: random.Random) -> list[Block]:
    """The sections of the resume, in a plausible order."""
    interns = [j for j in p.jobs if "实习" in j.title]
    jobs = [j for j in p.jobs if "实习" not in j.title]
    together = rng.random() < 0.4  # internships listed under 工作经历
    out: list[Block] = []
    edu = Block("education", w.heading("education"), tuple(w.school(s) for s in p.schools))
    work_entries = tuple(w.job(j) for j in (p.jobs if together else jobs))
    work = Block("work", w.heading("work"), work_entries)
    first, second = (edu, work) if rng.random() < 0.6 else (work, edu)
    out += [first, second]
    if interns and not together:
        out.insert(
            out.index(edu) + 1,
            Block("work", w.heading("internship"), tuple(w.job(j) for j in interns)),
        )
    if p.campus:
        out.append(Block("campus", w.heading("campus"), tuple(w.dated(*c) for c in p.campus)))
    if p.projects:
        out.append(Block("projects", w.heading("projects"), tuple(w.dated(*x) for x in p.projects)))
    if p.awards:
        out.append(Block("awards", w.heading("awards"), lines=tuple(w.award(*a) for a in p.awards)))
    if p.skills:
        lead = rng.choice(("", "熟练使用", "熟悉"))
        out.append(Block("skills", w.heading("skills"), lines=w.list_items(p.skills, lead)))
    if p.certificates:
        out.append(
            Block("certificates", w.heading("certificates"), lines=w.list_items(p.certificates))
        )
    if rng.random() < 0.5:
        text = "性格开朗，责任心强，具备良好的沟通能力和团队合作精神，能够承受工作压力。"
        out.append(Block("summary", w.heading("summary"), lines=(text,)))
    return out


def block_lines(block: Block) -> list[str]:
    """A block's content lines (entries with their detail lines)."""
    lines: list[str] = []
    for entry in block.entries:
        lines.extend(entry.lines)
        lines.extend(entry.details)
    lines.extend(block.lines)
    return lines


class Flow:
    """Places lines top-down in a column, starting new pages when the column is full."""

    def __init__(self, pages: list[Page], x: float, width: float, top: float = 40.0) -> None:
        self.pages, self.x, self.width, self.y, self.top = pages, x, width, top, top
        self.page = 0

    def line(
        self, text: str, size: float = BODY, *, x: float | None = None, gap: float = 0
    ) -> float:
        """Place one (wrapped) line; return the y where it was placed."""
        placed = self.y + gap
        for part in wrap(text, size, self.width - ((x or self.x) - self.x)):
            if self.y + gap + size > PAGE_H - 40:
                self.page += 1
                self.y, gap = self.top, 0
                placed = self.y
            while len(self.pages) <= self.page:
                self.pages.append(Page())
            self.pages[self.page].items.append(
                Item(x if x is not None else self.x, self.y + gap, part, size)
            )
            self.y += gap + size * 1.6
            gap = 0
        return placed

    def gap(self, points: float) -> None:
        """Vertical space."""
        self.y += points


def _details(flow: Flow, header: Header, rng: random.Random, per_row: int) -> None:
    items = list(header.details) + list(header.intent)
    for i in range(0, len(items), per_row):
        flow.line("    ".join(items[i : i + per_row]))


def _title(flow: Flow, header: Header) -> None:
    for line in header.title:
        # Designers shrink a long name line to fit its column rather than wrap it.
        flow.line(line, min(TITLE, flow.width / max(text_width(line, 1.0), 1.0)))
    flow.gap(6)


def _section(flow: Flow, block: Block, *, after: bool = False, rule: bool = True) -> None:
    if not after:
        flow.line(block.heading, HEAD, gap=10)
        if rule:
            flow.pages[flow.page].rules.append(
                (flow.x, flow.y - 3, flow.x + flow.width, flow.y - 3)
            )
    for entry in block.entries:
        for line in entry.lines:
            flow.line(line)
        for detail in entry.details:
            flow.line(detail, x=flow.x + 12)
    for line in block.lines:
        flow.line(line)
    if after:
        flow.line(block.heading, HEAD, gap=2)
        flow.gap(16)


def _intent_block(header: Header) -> Block | None:
    return Block("intent", "求职意向", lines=header.intent) if header.intent else None


def classic(p: Person, rng: random.Random, *, after: bool = False, ocr: bool = False) -> list[Page]:
    """One column, headings before (or after) their blocks."""
    w = Writer(p, rng)
    header = make_header(p, rng, ocr=ocr)
    pages: list[Page] = []
    flow = Flow(pages, 50, 495)
    _title(flow, header)
    _details(flow, Header(header.title, header.details, (), False), rng, rng.choice((1, 2, 3)))
    intent = _intent_block(header)
    if intent:
        _section(
            flow,
            Block("intent", rng.choice(("求职意向", "求职目标")), lines=intent.lines),
            after=after,
        )
    for block in blocks(p, w, rng):
        _section(flow, block, after=after)
    return pages


def sidebar(p: Person, rng: random.Random, *, right: bool = False, ocr: bool = False) -> list[Page]:
    """A narrow side column with name, details, skills and certificates; the main column beside."""
    w = Writer(p, rng)
    header = make_header(p, rng, ocr=ocr)
    pages: list[Page] = [Page()]
    side_x, main_x = (425.0, 40.0) if right else (30.0, 200.0)
    side = Flow(pages, side_x, 145)
    main = Flow(pages, main_x, 360)
    _title(side, header)
    for item in header.details:
        side.line(item, 9.0)
    side_kinds = {"skills", "certificates"}
    all_blocks = blocks(p, w, rng)
    for block in all_blocks:
        if block.kind in side_kinds:
            side.line(block.heading, HEAD, gap=12)
            for line in block.lines:
                side.line(line, 9.0)
    intent = _intent_block(header)
    if intent:
        _section(main, intent)
    for block in all_blocks:
        if block.kind not in side_kinds:
            _section(main, block, rule=True)
    return pages


def timeline(p: Person, rng: random.Random) -> list[Page]:
    """Dates in a narrow left column, each at the height of its entry in the right column."""
    w = Writer(p, rng)
    header = make_header(p, rng)
    pages: list[Page] = []
    flow = Flow(pages, 40, 515)
    _title(flow, header)
    _details(flow, Header(header.title, header.details + header.intent, (), False), rng, 2)
    for block in blocks(p, w, rng):
        flow.line(block.heading, HEAD, gap=12)
        for entry in block.entries:
            y = flow.line(entry.undated[0], x=170)
            pages[flow.page].items.append(Item(40, y, entry.date, BODY))
            for line in entry.undated[1:]:
                flow.line(line, x=170)
            for detail in entry.details:
                flow.line(detail, x=170)
        for line in block.lines:
            flow.line(line, x=170)
    return pages


def grid(p: Person, rng: random.Random) -> list[Page]:
    """Personal details in a ruled table of label and value cells; education as table rows."""
    w = Writer(p, rng)
    header = make_header(p, rng, with_title=False)
    pages: list[Page] = [Page()]
    flow = Flow(pages, 50, 495)
    flow.line(rng.choice(("个人简历", "求职简历")), TITLE)
    cells: list[tuple[str, str]] = [("姓名", p.name)]
    for item in header.details:
        label, sep, value = item.replace(":", "：").partition("：")
        if sep and not label.startswith("姓"):
            cells.append((label.replace(" ", ""), value.strip()))
        elif not sep:
            cells.append(("其他", item))
    cells += [tuple(i.replace(":", "：").split("：", 1)) for i in header.intent]  # type: ignore[misc]
    page = pages[0]
    x_cols = (50.0, 120.0, 300.0, 370.0, 545.0)
    for i in range(0, len(cells), 2):
        y = flow.y
        page.rules.append((50, y - 4, 545, y - 4))
        for k, (label, value) in enumerate(cells[i : i + 2]):
            page.items.append(Item(x_cols[2 * k] + 4, y, label, BODY))
            page.items.append(Item(x_cols[2 * k + 1] + 4, y, value.strip(), BODY))
        flow.gap(BODY * 2)
    page.rules.append((50, flow.y - 4, 545, flow.y - 4))
    for x in x_cols:
        page.rules.append((x, 40 + TITLE * 1.6 - 4, x, flow.y - 4))
    for block in blocks(p, w, rng):
        if block.kind == "education":
            flow.line(block.heading, HEAD, gap=12)
            flow.line("时间        学校              专业              学历")
            for s in p.schools:
                y = flow.line(w.span(s.span))
                page.items.append(Item(170, y, s.school, BODY))
                page.items.append(Item(320, y, s.major, BODY))
                page.items.append(Item(470, y, DEGREE_ZH[s.degree], BODY))
        else:
            _section(flow, block)
    return pages


def cover_letter(p: Person, rng: random.Random) -> list[Page]:
    """A cover letter page in prose first, then the resume."""
    pages: list[Page] = []
    flow = Flow(pages, 60, 475)
    flow.line("求职信", TITLE)
    school = p.schools[-1].school if p.schools else "本地一所大学"
    employer = p.jobs[0].employer if p.jobs else "一家公司"
    prose = (
        "尊敬的领导：",
        f"您好！我是{school}的一名毕业生，非常感谢您在百忙之中阅读我的求职材料。",
        f"在校期间我担任过学生干部，曾获得{p.awards[0][1] if p.awards else '多项奖励'}，"
        f"毕业后在{employer}积累了一定的工作经验。",
        "我热爱这份工作，希望能加入贵公司，与公司共同成长。此致敬礼！",
    )
    for line in prose:
        flow.line(line, gap=4)
    flow.page += 1
    flow.y = flow.top
    rest = classic(p, rng)
    return [*pages, *rest]


def _docx_entries(block: Block) -> str:
    return "".join(para(line) for line in block_lines(block))


def docx_tables(p: Person, rng: random.Random) -> bytes:
    """Word: a details table of label/value cells, an education table, paragraphs for the rest."""
    w = Writer(p, rng)
    header = make_header(p, rng, with_title=False)
    body = para(rng.choice(("个人简历", "简  历")), bold=True)
    cells = [["姓名", p.name]]
    for item in (*header.details, *header.intent):
        label, sep, value = item.replace(":", "：").partition("：")
        if sep and not label.startswith("姓"):
            cells.append([label, value.strip()])
        elif not sep:
            cells.append(["", item])
    rows = [
        cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["", ""])
        for i in range(0, len(cells), 2)
    ]
    body += table(rows)
    for block in blocks(p, w, rng):
        body += para(block.heading, bold=True)
        if block.kind == "education" and rng.random() < 0.7:
            edu_rows = [["时间", "学校", "专业", "学历"]]
            edu_rows += [
                [w.span(s.span), s.school, s.major, DEGREE_ZH[s.degree]] for s in p.schools
            ]
            body += table(edu_rows)
        else:
            body += _docx_entries(block)
    return make_docx(body)


def docx_textbox(p: Person, rng: random.Random) -> bytes:
    """Word: name and contact details in a text box, the resume in paragraphs."""
    w = Writer(p, rng)
    header = make_header(p, rng)
    box = [*header.title, *header.details, *header.intent]
    body = textbox(box)
    for block in blocks(p, w, rng):
        body += para(block.heading, bold=True) + _docx_entries(block)
    return make_docx(body)


def docx_two_cells(p: Person, rng: random.Random) -> bytes:
    """Word: the whole page is one table row, a side cell and a main cell (a common template)."""
    w = Writer(p, rng)
    header = make_header(p, rng)
    all_blocks = blocks(p, w, rng)
    side = [*header.title, *header.details]
    main = list(header.intent)
    for block in all_blocks:
        target = side if block.kind in ("skills", "certificates") else main
        target.append(block.heading)
        target.extend(block_lines(block))
    return make_docx(table([["\n".join(side), "\n".join(main)]]))


def _scan(
    build: Callable[[Person, random.Random], list[Page]], font: Path
) -> Callable[[Person, random.Random], bytes]:
    def render(p: Person, rng: random.Random) -> bytes:
        return make_scan(build(p, rng), font, rng)

    return render


@dataclass(frozen=True, slots=True)
class Layout:
    """A named layout and how to build the file."""

    name: str
    suffix: str
    build: Callable[[Person, random.Random], bytes]
    needs_font: bool = False


def _pdf(
    build: Callable[[Person, random.Random], list[Page]],
) -> Callable[[Person, random.Random], bytes]:
    return lambda p, rng: make_pdf(build(p, rng))


def layouts(font: Path | None) -> list[Layout]:
    """Every layout; the scanned ones only when a CJK font is available to draw them."""
    out = [
        Layout("pdf_classic", ".pdf", _pdf(lambda p, r: classic(p, r))),
        Layout("pdf_headers_after", ".pdf", _pdf(lambda p, r: classic(p, r, after=True))),
        Layout("pdf_sidebar_left", ".pdf", _pdf(lambda p, r: sidebar(p, r))),
        Layout("pdf_sidebar_right", ".pdf", _pdf(lambda p, r: sidebar(p, r, right=True))),
        Layout("pdf_timeline", ".pdf", _pdf(timeline)),
        Layout("pdf_table", ".pdf", _pdf(grid)),
        Layout("pdf_cover_letter", ".pdf", _pdf(cover_letter)),
        Layout("docx_tables", ".docx", docx_tables),
        Layout("docx_textbox", ".docx", docx_textbox),
        Layout("docx_two_cells", ".docx", docx_two_cells),
    ]
    if font is not None:
        out.append(
            Layout("scan_single", ".jpg", _scan(lambda p, r: classic(p, r, ocr=True), font), True)
        )
        out.append(
            Layout("scan_sidebar", ".jpg", _scan(lambda p, r: sidebar(p, r, ocr=True), font), True)
        )
    return out
