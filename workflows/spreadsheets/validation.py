"""Detect the import kind from the header row and validate every cell before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from analysis.compliance import check_texts, refusal_message
from workflows.jobs.models import Dimension, Job, JobStatus
from workflows.spreadsheets import outcome_rows
from workflows.spreadsheets.reading import Sheet, SheetRow
from workflows.spreadsheets.schema import (
    KIND_LABELS,
    SCHEMAS,
    SIGNATURES,
    CellInvalidError,
    ImportKind,
    canonical_header,
    is_example_row,
)

REQUIRED_EMPTY = "必填，不能为空"


@dataclass(frozen=True, slots=True)
class CellError:
    """One refused cell: Excel row number, column letter, header and the Chinese reason."""

    row: int
    column: str
    header: str
    reason: str

    def __str__(self) -> str:
        if not self.column:
            return f"第{self.row}行：{self.reason}"
        return f"第{self.row}行 {self.column}列（{self.header}）：{self.reason}"


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A valid row: its Excel row number and the parsed value of each filled column."""

    number: int
    values: dict[str, Any]
    # Columns with something in them, valid or not (a bad phone is not a missing phone).
    filled: frozenset[str] = frozenset()


@dataclass
class Validated:
    """The outcome of validation: rows to import, or the errors that stop the import."""

    kind: ImportKind
    sheet: str
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_examples: int = 0


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each schema column sits in the sheet (0-based index)."""

    kind: ImportKind
    index: dict[str, int]


def detect(sheets: list[Sheet]) -> tuple[Sheet, Layout] | None:
    """The first sheet whose header row names an import kind, with its column positions."""
    for sheet in sheets:
        headers = [canonical_header(h) for h in sheet.headers]
        present = set(headers)
        for kind, signature in SIGNATURES:
            if signature <= present:
                known = {c.header for c in SCHEMAS[kind]}
                index: dict[str, int] = {}
                for i, h in enumerate(headers):
                    if h in known and h not in index:
                        index[h] = i
                return sheet, Layout(kind, index)
    return None


def expected_headers_text() -> str:
    """What the header row must contain, per kind (for the error message)."""
    return "；".join(
        f"{KIND_LABELS[kind]}：" + "、".join(sorted(sig, key=_header_order(kind)))
        for kind, sig in SIGNATURES
    )


def _header_order(kind: ImportKind) -> Any:
    order = {c.header: i for i, c in enumerate(SCHEMAS[kind])}
    return lambda h: order.get(h, 99)


def _letter(index: int) -> str:
    return get_column_letter(index + 1)


def _is_example(row: SheetRow, layout: Layout) -> bool:
    cells = {h: row.values[i] for h, i in layout.index.items() if i < len(row.values)}
    return is_example_row(layout.kind, cells)


def parse_cells(sheet: Sheet, layout: Layout) -> Validated:
    """Parse every cell of every row; collect all errors (no database access)."""
    out = Validated(layout.kind, sheet.title)
    columns = SCHEMAS[layout.kind]
    for col in columns:
        if col.required and col.header not in layout.index:
            out.errors.append(CellError(1, "", col.header, f"缺少必填列「{col.header}」"))
    unknown = [
        h for h in sheet.headers if h and canonical_header(h) not in {c.header for c in columns}
    ]
    if unknown:
        out.warnings.append("以下列不会导入：" + "、".join(unknown[:10]))
    for row in sheet.rows:
        if _is_example(row, layout):
            out.skipped_examples += 1
            continue
        values: dict[str, Any] = {}
        filled: set[str] = set()
        for col in columns:
            i = layout.index.get(col.header)
            raw = row.values[i] if i is not None and i < len(row.values) else None
            if raw is None:
                if col.required and i is not None:
                    out.errors.append(CellError(row.number, _letter(i), col.header, REQUIRED_EMPTY))
                continue
            assert i is not None
            filled.add(col.header)
            try:
                values[col.header] = col.parse(raw)
            except CellInvalidError as exc:
                out.errors.append(CellError(row.number, _letter(i), col.header, str(exc)))
        out.rows.append(ParsedRow(row.number, values, frozenset(filled)))
    return out


def cell_error(layout: Layout, row: int, header: str, reason: str) -> CellError:
    """An error on a named column of a row."""
    i = layout.index.get(header)
    return CellError(row, _letter(i) if i is not None else "", header, reason)


async def check_rows(validated: Validated, layout: Layout) -> None:
    """Checks across rows and against the database (jobs, dimensions, duplicates in the file)."""
    if validated.kind is ImportKind.CANDIDATES:
        await _check_candidates(validated, layout)
    elif validated.kind is ImportKind.QUESTIONS:
        await _check_questions(validated, layout)
    elif validated.kind is ImportKind.OUTCOMES:
        await outcome_rows.check(validated, layout, cell_error)
    else:
        await _check_salary(validated, layout)
    validated.errors.sort(key=lambda e: (e.row, e.column))
    if not validated.rows and not validated.errors:
        validated.errors.append(CellError(2, "", "", "没有可导入的数据行（示例行不会导入）"))


async def _jobs(validated: Validated) -> dict[int, Job]:
    ids = {r.values["岗位编号"] for r in validated.rows if "岗位编号" in r.values}
    return {j.id: j for j in await Job.filter(id__in=ids)} if ids else {}


def _check_job(validated: Validated, layout: Layout, jobs: dict[int, Job], open_only: bool) -> None:
    for r in validated.rows:
        job_ref = r.values.get("岗位编号")
        if job_ref is None:
            continue
        job = jobs.get(job_ref)
        if job is None:
            reason = f"岗位编号 {job_ref} 不存在（发送「岗位」可查看在招岗位）"
            validated.errors.append(cell_error(layout, r.number, "岗位编号", reason))
        elif open_only and job.status in (JobStatus.CLOSED, JobStatus.PAUSED):
            reason = f"岗位 #{job.id}「{job.title}」已暂停或关闭，不能导入候选人"
            validated.errors.append(cell_error(layout, r.number, "岗位编号", reason))


async def _check_candidates(validated: Validated, layout: Layout) -> None:
    _check_job(validated, layout, await _jobs(validated), open_only=True)
    seen: dict[tuple[str, str, int], int] = {}
    for r in validated.rows:
        if "手机" not in r.filled and "邮箱" not in r.filled:
            header = "手机" if "手机" in layout.index else "邮箱"
            validated.errors.append(cell_error(layout, r.number, header, "手机和邮箱至少填写一项"))
        for header in ("手机", "邮箱"):
            value = r.values.get(header)
            job_ref = r.values.get("岗位编号")
            if value is None or job_ref is None:
                continue
            key = (header, value, job_ref)
            if key in seen:
                reason = f"与第{seen[key]}行重复（同一岗位的同一{header}）"
                validated.errors.append(cell_error(layout, r.number, header, reason))
            else:
                seen[key] = r.number


async def _check_questions(validated: Validated, layout: Layout) -> None:
    dims = await Dimension.all().values("code", "name")
    by_key: dict[str, str] = {}
    for d in dims:
        by_key[d["code"].lower()] = d["code"]
        by_key.setdefault(d["name"], d["code"])
    known = "、".join(sorted({d["name"] for d in dims})[:12]) or "（尚无能力维度）"
    seen: dict[str, int] = {}
    for r in validated.rows:
        codes: list[str] = []
        for item in r.values.get("能力维度", []):
            code = by_key.get(item) or by_key.get(item.lower())
            if code is None:
                reason = f"能力维度「{item}」不存在，可用：{known}"
                validated.errors.append(cell_error(layout, r.number, "能力维度", reason))
            else:
                codes.append(code)
        if "能力维度" in r.values:
            r.values["能力维度"] = list(dict.fromkeys(codes))
        text = r.values.get("题目")
        if text is None:
            continue
        # The same compliance rule as the console's form: refused with the topic and the rule.
        issues = check_texts([text, *r.values.get("追问模板", [])])
        if issues:
            validated.errors.append(cell_error(layout, r.number, "题目", refusal_message(issues)))
        if text in seen:
            reason = f"与第{seen[text]}行的题目重复"
            validated.errors.append(cell_error(layout, r.number, "题目", reason))
        else:
            seen[text] = r.number


async def _check_salary(validated: Validated, layout: Layout) -> None:
    _check_job(validated, layout, await _jobs(validated), open_only=False)
    seen: dict[tuple[int, str], int] = {}
    for r in validated.rows:
        low, high = r.values.get("月薪下限"), r.values.get("月薪上限")
        if low is not None and high is not None and high < low:
            reason = f"月薪上限（{high}）不能低于月薪下限（{low}）"
            validated.errors.append(cell_error(layout, r.number, "月薪上限", reason))
        job_ref, level = r.values.get("岗位编号"), r.values.get("级别")
        if job_ref is None or level is None:
            continue
        if (job_ref, level) in seen:
            reason = f"与第{seen[(job_ref, level)]}行重复（同一岗位的同一级别）"
            validated.errors.append(cell_error(layout, r.number, "级别", reason))
        else:
            seen[(job_ref, level)] = r.number
