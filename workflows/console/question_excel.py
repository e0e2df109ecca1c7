"""The question bank to and from Excel: export in the import template's columns (so a file
exported, edited and imported again round-trips), import through the existing validated,
all-or-nothing spreadsheet import (which also runs the compliance check)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from workflows.console.access import ConsoleViewer, require, require_configure
from workflows.console.questions import TYPE_LABELS
from workflows.errors import ValidationFailedError
from workflows.events import EventBus
from workflows.jobs.models import Question, QuestionSet, QuestionSetItem, QuestionType
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.spreadsheets.imports import import_workbook
from workflows.spreadsheets.result import ImportResult
from workflows.spreadsheets.schema import QUESTION_COLUMNS
from workflows.spreadsheets.workbook import safe_file_name, set_value, write_header
from workflows.staff.policy import Action

EXPORT_FILE_NAME = safe_file_name("钉聘-题库导出")
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


async def export_questions(viewer: ConsoleViewer) -> bytes:
    """Every bank question as an .xlsx in the import columns (题本: the first set it is in)."""
    await require_configure(viewer)
    questions = await Question.all().order_by("id")
    first_set: dict[int, str] = {}
    names = {s.id: s.name for s in await QuestionSet.all()}
    for item in await QuestionSetItem.all().order_by("question_set_id", "position"):
        first_set.setdefault(item.question_id, names.get(item.question_set_id, ""))  # type: ignore[attr-defined]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "题库"
    write_header(ws, [c.header for c in QUESTION_COLUMNS], [c.width for c in QUESTION_COLUMNS])
    for row, q in enumerate(questions, start=2):
        values = {
            "题目": q.text,
            "类型": TYPE_LABELS[QuestionType(q.type)],
            "思考时间": q.think_time_s,
            "作答时间": q.answer_time_s,
            "难度": q.difficulty,
            "能力维度": "、".join(q.dimension_codes),
            "等价组": q.equivalence_group,
            "参考答案": "\n".join(q.exemplar_answers),
            "追问模板": "\n".join(q.follow_up_templates),
            "题本": first_set.get(q.id, ""),
        }
        for col, column in enumerate(QUESTION_COLUMNS, start=1):
            value = values.get(column.header)
            set_value(ws, row, col, value if value not in ("", None) else None)
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    await record_access(
        viewer.actor, "console.questions.exported", "question_bank", "all", rows=len(questions)
    )
    return buffer.getvalue()


async def import_file(
    viewer: ConsoleViewer, data: bytes, file_name: str, *, vault: PiiVault, bus: EventBus
) -> ImportResult:
    """Import a workbook (questions, candidates or salary bands) the same way the chat does:
    validated, all or nothing, audited."""
    await require(viewer, Action.IMPORT_DATA)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationFailedError("upload too large", user_message="文件过大，请控制在 5 MB 以内")
    return await import_workbook(data, file_name, actor=viewer.actor, vault=vault, bus=bus)
