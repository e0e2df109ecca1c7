"""What an import did: counts, the jobs it touched, and the cell errors that stopped it."""

from __future__ import annotations

from dataclasses import dataclass, field

from workflows.spreadsheets.schema import KIND_LABELS, ImportKind
from workflows.spreadsheets.validation import CellError


@dataclass
class ImportResult:
    """What an import did, or why it did nothing (`errors` non-empty: nothing was saved)."""

    kind: ImportKind
    file_name: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    applications_opened: int = 0
    question_set: str = ""
    jobs: list[str] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_examples: int = 0

    @property
    def ok(self) -> bool:
        """True when the rows were saved."""
        return not self.errors

    @property
    def kind_label(self) -> str:
        """候选人 / 题库 / 薪资带宽."""
        return KIND_LABELS[self.kind]
