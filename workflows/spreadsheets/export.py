"""Export a job's applications to an .xlsx workbook (contact data masked unless allowed)."""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from analysis.reports.probes import FLAG_LABELS
from analysis.scoring.labels import scored_by_text
from settings import Settings
from workflows.actors import Actor, ActorKind
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.models import Report
from workflows.candidates.models import Candidate
from workflows.decisions.policy import recommendation
from workflows.errors import NotFoundError
from workflows.jobs.models import Dimension, Job
from workflows.links import report_url
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.spreadsheets.access import mask_email, viewer_may_see_contact
from workflows.spreadsheets.workbook import (
    NOTE_FONT,
    local_naive,
    safe_file_name,
    safe_sheet_title,
    set_value,
    write_header,
)
from workflows.staff.models import Staff

# Rows fetched per query: keeps memory flat and the number of queries ~ rows / BATCH.
BATCH = 500
NOT_ASSESSED = "未评估"
RECOMMENDATION_LABELS = {"advance": "进入下一轮", "reject": "淘汰"}
# Amber band below the pass line: close enough that HR should look before rejecting.
AMBER_MARGIN = 10.0

GREEN = PatternFill("solid", fgColor="C6EFCE")
AMBER = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")

FIXED_BEFORE = ["编号", "姓名", "手机", "邮箱", "阶段", "综合得分", "置信度"]
FIXED_AFTER = ["标记", "匹配度", "推荐", "评分引擎", "报告链接", "更新时间"]


@dataclass(frozen=True, slots=True)
class ExportFile:
    """The workbook bytes, a file name for chat, and how many candidate rows it holds."""

    content: bytes
    file_name: str
    row_count: int


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One application as exported."""

    application_id: int
    name: str
    phone: str
    email: str
    stage: Stage
    overall: float | None
    confidence: float | None
    dimensions: dict[str, float | None]
    flags: tuple[str, ...]
    match: float | None
    recommendation: str
    report_url: str
    updated_at: datetime | None
    rank_key: tuple[float, float, int] = (0.0, 0.0, 0)
    scored_by: str = ""  # engine and model that scored the interview


@dataclass(frozen=True, slots=True)
class ExportMeta:
    """Facts about the job and the export for the second sheet."""

    job_id: int
    title: str
    pass_line: float
    auto_advance: bool
    auto_reject: bool
    dimensions: tuple[tuple[str, str], ...]  # (code, name)
    exported_at: datetime
    exported_by: str
    full_contact: bool
    stage_counts: dict[Stage, int] = field(default_factory=dict)


def recommendation_label(overall: float | None, pass_line: float) -> str:
    """进入下一轮 at or above the pass line, 淘汰 below it, 未评估 without an interview score."""
    return RECOMMENDATION_LABELS.get(recommendation(overall, pass_line), NOT_ASSESSED)


def flag_labels(report_flags: list[str], match_explanation: dict[str, Any]) -> tuple[str, ...]:
    """Chinese labels of the report's flags, plus a failed hard requirement from matching."""
    labels = [FLAG_LABELS.get(code, code) for code in report_flags]
    if match_explanation.get("disqualified"):
        labels.append("不符合硬性要求")
    return tuple(dict.fromkeys(labels))


async def export_job(
    job_id: int, *, viewer: Actor, vault: PiiVault, settings: Settings
) -> ExportFile:
    """One row per application of the job, with scores, flags, contact data and report links."""
    job = await Job.get_or_none(id=job_id).prefetch_related("owner")
    if job is None:
        raise NotFoundError(f"job {job_id} not found", user_message=f"找不到岗位 #{job_id}")
    owner_id = job.owner.dingtalk_user_id if job.owner else None
    full = await viewer_may_see_contact(viewer, owner_id)
    dims: list[tuple[str, str]] = []
    if job.competency_model_id is not None:  # type: ignore[attr-defined]
        dims = [
            (d["code"], d["name"])
            for d in await Dimension.filter(competency_model_id=job.competency_model_id)  # type: ignore[attr-defined]
            .order_by("id")
            .values("code", "name")
        ]
    staff = None
    if viewer.kind is ActorKind.STAFF:
        staff = await Staff.get_or_none(dingtalk_user_id=viewer.id)
    rows = await _rows(job, vault, settings, full)
    rows.sort(key=lambda r: r.rank_key)
    now = datetime.now(UTC)
    meta = ExportMeta(
        job_id=job.id,
        title=job.title,
        pass_line=job.pass_line,
        auto_advance=job.auto_advance,
        auto_reject=job.auto_reject,
        dimensions=tuple(dims),
        exported_at=now,
        exported_by=f"{staff.name}（{staff.dingtalk_user_id}）" if staff else str(viewer),
        full_contact=full,
        stage_counts=dict(Counter(r.stage for r in rows)),
    )
    content = await asyncio.to_thread(build_workbook, meta, rows)
    await record_access(
        viewer,
        "job.exported",
        "job",
        job.id,
        count=len(rows),
        contact="full" if full else "masked",
    )
    stamp = local_naive(now)
    assert stamp is not None
    name = safe_file_name(f"{job.title}-候选人-{stamp:%Y%m%d-%H%M}")
    return ExportFile(content, name, len(rows))


async def _rows(job: Job, vault: PiiVault, settings: Settings, full: bool) -> list[ExportRow]:
    out: list[ExportRow] = []
    last_id = 0
    while True:
        # Keyset pages: three queries per BATCH rows, however many applications the job has.
        apps = (
            await Application.filter(job_id=job.id, id__gt=last_id)
            .order_by("id")
            .limit(BATCH)
            .values(
                "id",
                "candidate_id",
                "stage",
                "overall_score",
                "match_score",
                "rank_score",
                "match_explanation",
                "updated_at",
            )
        )
        if not apps:
            return out
        last_id = apps[-1]["id"]
        cands = {
            c["id"]: c
            for c in await Candidate.filter(id__in={a["candidate_id"] for a in apps}).values(
                "id", "name_enc", "phone_enc", "email_enc", "masked_phone"
            )
        }
        await vault.unlock(*cands)
        reports = {
            r["application_id"]: r
            for r in await Report.filter(
                application_id__in=[a["id"] for a in apps], is_current=True
            ).values("application_id", "overall_score", "confidence", "dimensions", "flags")
        }
        for a in apps:
            out.append(
                _row(
                    a,
                    cands[a["candidate_id"]],
                    reports.get(a["id"]),
                    job,
                    vault,
                    settings,
                    full,
                )
            )


def _row(
    a: dict[str, Any],
    cand: dict[str, Any],
    report: dict[str, Any] | None,
    job: Job,
    vault: PiiVault,
    settings: Settings,
    full: bool,
) -> ExportRow:
    name = vault.decrypt(cand["name_enc"], context=contexts.CANDIDATE_NAME) or "（未识别姓名）"
    email = vault.decrypt(cand["email_enc"], context=contexts.CANDIDATE_EMAIL)
    if full:
        phone = vault.decrypt(cand["phone_enc"], context=contexts.CANDIDATE_PHONE)
    else:
        phone, email = cand["masked_phone"], mask_email(email)
    dims: dict[str, float | None] = {}
    confidence = None
    flags: list[str] = []
    scorer = ""
    overall = a["overall_score"]
    if report is not None:
        dims = {str(d.get("code")): d.get("score") for d in report["dimensions"] or []}
        confidence = report["confidence"]
        flags = list(report["flags"] or [])
        if overall is None:
            overall = report["overall_score"]
        scorer = scored_by_text(report["dimensions"] or [])
    rank = a["rank_score"] if a["rank_score"] is not None else overall
    return ExportRow(
        application_id=a["id"],
        name=name,
        phone=phone,
        email=email,
        stage=Stage(a["stage"]),
        overall=overall,
        confidence=confidence,
        dimensions=dims,
        flags=flag_labels(flags, a["match_explanation"] or {}),
        match=a["match_score"],
        recommendation=recommendation_label(overall, job.pass_line),
        # A file gets forwarded: its links name no staff member, so they open only after
        # DingTalk 免登 says who is looking (and may_view agrees).
        report_url=report_url(settings, a["id"]),
        updated_at=a["updated_at"],
        # Best first: ranked score, then interview score, unscored last, ties by number.
        rank_key=(
            -(rank if rank is not None else -1.0),
            -(overall if overall is not None else -1.0),
            a["id"],
        ),
        scored_by=scorer,
    )


def build_workbook(meta: ExportMeta, rows: list[ExportRow]) -> bytes:
    """The .xlsx bytes: candidates sheet (styled, filtered, frozen) and a job facts sheet."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = safe_sheet_title("候选人")
    dim_names = [name for _, name in meta.dimensions]
    headers = [*FIXED_BEFORE, *dim_names, *FIXED_AFTER]
    widths = [8, 12, 16, 26, 12, 10, 9, *[10.0] * len(dim_names), 30, 9, 12, 36, 12, 18]
    write_header(ws, headers, [float(w) for w in widths])
    col = {h: i for i, h in enumerate(headers, start=1)}
    link_font = Font(color="0563C1", underline="single")
    for r, row in enumerate(rows, start=2):
        set_value(ws, r, col["编号"], row.application_id)
        set_value(ws, r, col["姓名"], row.name)
        set_value(ws, r, col["手机"], row.phone)
        set_value(ws, r, col["邮箱"], row.email)
        set_value(ws, r, col["阶段"], STAGE_LABELS_ZH[row.stage])
        _score(ws, r, col["综合得分"], row.overall, "0.0")
        _score(ws, r, col["置信度"], row.confidence, "0%")
        for offset, (code, _) in enumerate(meta.dimensions):
            _score(ws, r, len(FIXED_BEFORE) + 1 + offset, row.dimensions.get(code), "0.0")
        set_value(ws, r, col["标记"], "、".join(row.flags))
        _score(ws, r, col["匹配度"], row.match, "0")
        set_value(ws, r, col["推荐"], row.recommendation)
        set_value(ws, r, col["评分引擎"], row.scored_by)
        link = set_value(ws, r, col["报告链接"], "查看报告")
        link.hyperlink = row.report_url
        link.font = link_font
        when = set_value(ws, r, col["更新时间"], local_naive(row.updated_at))
        when.number_format = "yyyy-mm-dd hh:mm"
    last = max(len(rows) + 1, 2)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last}"
    _conditional(ws, meta, col, last)
    _facts_sheet(wb, meta, len(rows))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _score(ws: Any, row: int, column: int, value: float | None, fmt: str) -> None:
    if value is None:
        cell = set_value(ws, row, column, NOT_ASSESSED)
        cell.alignment = Alignment(horizontal="center")
        return
    cell = set_value(ws, row, column, float(value))
    cell.number_format = fmt


def _conditional(ws: Any, meta: ExportMeta, col: dict[str, int], last: int) -> None:
    line = meta.pass_line
    amber = line - AMBER_MARGIN
    for title in ("综合得分", "匹配度"):
        letter = get_column_letter(col[title])
        ref = f"{letter}2:{letter}{last}"
        # ISNUMBER: Excel ranks text (未评估) above every number, so a bare >= would colour it.
        top = f"{letter}2"
        rules = (
            (f"AND(ISNUMBER({top}),{top}>={line})", GREEN),
            (f"AND(ISNUMBER({top}),{top}<{line},{top}>={amber})", AMBER),
            (f"AND(ISNUMBER({top}),{top}<{amber})", RED),
        )
        for formula, fill in rules:
            rule = FormulaRule(formula=[formula], fill=fill)  # type: ignore[no-untyped-call]
            ws.conditional_formatting.add(ref, rule)
    if meta.dimensions:
        first = get_column_letter(len(FIXED_BEFORE) + 1)
        end = get_column_letter(len(FIXED_BEFORE) + len(meta.dimensions))
        ws.conditional_formatting.add(
            f"{first}2:{end}{last}",
            ColorScaleRule(  # type: ignore[no-untyped-call]
                start_type="num",
                start_value=0,
                start_color="F8696B",
                mid_type="num",
                mid_value=5,
                mid_color="FFEB84",
                end_type="num",
                end_value=10,
                end_color="63BE7B",
            ),
        )


def _facts_sheet(wb: Workbook, meta: ExportMeta, total: int) -> None:
    ws = wb.create_sheet(safe_sheet_title("岗位信息"))
    write_header(ws, ["项目", "内容"], [16.0, 48.0])
    facts: list[tuple[str, Any]] = [
        ("岗位编号", meta.job_id),
        ("岗位名称", meta.title),
        ("及格线", meta.pass_line),
        ("自动晋级", "开" if meta.auto_advance else "关"),
        ("自动淘汰", "开" if meta.auto_reject else "关"),
        ("候选人总数", total),
    ]
    facts += [(f"阶段：{STAGE_LABELS_ZH[s]}", n) for s, n in _in_stage_order(meta.stage_counts)]
    facts += [
        ("评估维度", "、".join(name for _, name in meta.dimensions) or "无"),
        ("导出时间", local_naive(meta.exported_at)),
        ("导出人", meta.exported_by),
        (
            "联系方式",
            "完整显示" if meta.full_contact else "已脱敏（仅岗位负责人、HR负责人可见完整信息）",
        ),
    ]
    for r, (key, value) in enumerate(facts, start=2):
        set_value(ws, r, 1, key).font = Font(bold=True)
        cell = set_value(ws, r, 2, value)
        if isinstance(value, datetime):
            cell.number_format = "yyyy-mm-dd hh:mm"
        cell.alignment = Alignment(horizontal="left")
    note = set_value(
        ws, len(facts) + 3, 1, "分数颜色：绿色≥及格线，黄色低于及格线10分以内，红色更低。"
    )
    note.font = NOTE_FONT
    ws.freeze_panes = "A2"


def _in_stage_order(counts: dict[Stage, int]) -> list[tuple[Stage, int]]:
    return [(s, counts[s]) for s in Stage if counts.get(s)]
