"""Import a workbook: detect its kind, validate every cell, then save all rows in one go."""

from __future__ import annotations

import asyncio

from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.events import DomainEvent, EventBus
from workflows.outcomes.access import require_fairness_access
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.spreadsheets import import_apply, outcome_rows
from workflows.spreadsheets.reading import DEFAULT_LIMITS, ReadLimits, SpreadsheetError, read_sheets
from workflows.spreadsheets.result import ImportResult
from workflows.spreadsheets.schema import ImportKind
from workflows.spreadsheets.validation import (
    Validated,
    check_rows,
    detect,
    expected_headers_text,
    parse_cells,
)


class _DeferredBus(EventBus):
    """Holds events raised inside the import transaction until it has committed."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[DomainEvent] = []

    async def publish(self, event: DomainEvent) -> None:
        """Keep the event; the import publishes it after commit (or drops it on rollback)."""
        self.held.append(event)


async def validate_workbook(
    data: bytes, file_name: str, limits: ReadLimits = DEFAULT_LIMITS
) -> Validated:
    """Read and validate without saving anything; raises SpreadsheetError for unreadable files."""
    sheets = await asyncio.to_thread(read_sheets, data, file_name, limits)
    found = detect(sheets)
    if found is None:
        raise SpreadsheetError(
            "no known header row",
            user_message="无法识别表格类型：第1行应为表头，且包含以下列之一——"
            + expected_headers_text()
            + "。发送「导入」可获取模板。",
        )
    sheet, layout = found
    validated = parse_cells(sheet, layout)
    await check_rows(validated, layout)
    return validated


async def import_workbook(
    data: bytes,
    file_name: str,
    *,
    actor: Actor,
    vault: PiiVault,
    bus: EventBus,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> ImportResult:
    """Validate every row; if all are good save them in one transaction, else save nothing."""
    validated = await validate_workbook(data, file_name, limits)
    result = ImportResult(
        kind=validated.kind,
        file_name=file_name,
        rows=len(validated.rows),
        warnings=list(validated.warnings),
        skipped_examples=validated.skipped_examples,
    )
    if validated.errors:
        result.errors = validated.errors
        await record_access(
            actor,
            "spreadsheet.import_refused",
            "import",
            validated.kind.value,
            rows=len(validated.rows),
            errors=len(validated.errors),
        )
        return result
    if validated.kind is ImportKind.OUTCOMES:
        # Performance and demographics: the HR head and admins only.
        await require_fairness_access(actor)
    deferred = _DeferredBus()
    async with in_transaction():
        if validated.kind is ImportKind.CANDIDATES:
            await import_apply.candidates(
                validated.rows, result, actor=actor, vault=vault, bus=deferred
            )
        elif validated.kind is ImportKind.QUESTIONS:
            await import_apply.questions(validated.rows, result)
        elif validated.kind is ImportKind.OUTCOMES:
            await outcome_rows.apply(validated.rows, result, actor=actor, vault=vault)
        else:
            await import_apply.salary_bands(validated.rows, result)
        await record_access(
            actor,
            "spreadsheet.imported",
            "import",
            validated.kind.value,
            rows=result.rows,
            created=result.created,
            updated=result.updated,
        )
    for event in deferred.held:
        await bus.publish(event)
    return result
