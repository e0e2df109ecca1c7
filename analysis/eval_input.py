"""Reading the input files of `dinghire eval …` with one clear line per problem.

Every reader raises EvalInputError, whose str() names the file (and line) and what is wrong with
it; the CLI prints that line and exits with code 2 (dinghire.cli.input_errors). Use these readers
for any new evaluation command so a malformed file never ends in a traceback.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class EvalInputError(ValueError):
    """An evaluation input that cannot be used; str() is the one-line message."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class TsvRow:
    """One data row of a TSV file, with its line number for messages."""

    line: int
    values: dict[str, str]


def read_text(path: Path) -> str:
    """The file as UTF-8 text (BOM dropped); refuses missing, unreadable, binary or empty files."""
    if not path.exists():
        raise EvalInputError(path, "no such file")
    if not path.is_file():
        raise EvalInputError(path, "is not a file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise EvalInputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise EvalInputError(
            path, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line
        ) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EvalInputError(path, "is empty")
    if "\x00" in text:
        raise EvalInputError(path, "is a binary file, not text")
    return text


def read_tsv(path: Path, columns: Sequence[str]) -> list[TsvRow]:
    """Rows of a tab-separated file whose header names `columns`; every cell must be filled."""
    lines = read_text(path).splitlines()
    header = [name.strip() for name in lines[0].split("\t")]
    wanted = ", ".join(columns)
    missing = [c for c in columns if c not in header]
    if missing:
        if len(header) == len(columns) and not set(header) & set(columns):
            reason = f"the first line must be the header '{wanted}' (tab-separated)"
        else:
            reason = f"header lacks column(s) {', '.join(missing)} (expected: {wanted})"
        raise EvalInputError(path, reason, 1)
    rows: list[TsvRow] = []
    for number, fields in enumerate(csv.reader(lines[1:], delimiter="\t"), start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            reason = f"{len(fields)} tab-separated fields, the header has {len(header)}"
            raise EvalInputError(path, reason, number)
        values = {name: value.strip() for name, value in zip(header, fields, strict=True)}
        empty = [c for c in columns if not values[c]]
        if empty:
            raise EvalInputError(path, f"empty {', '.join(empty)}", number)
        rows.append(TsvRow(number, values))
    if not rows:
        raise EvalInputError(path, "has a header but no rows")
    return rows


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON Lines file of objects."""
    out: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalInputError(path, f"not valid JSON ({exc.msg})", number) from exc
        if not isinstance(value, dict):
            raise EvalInputError(path, "each line must be a JSON object {...}", number)
        out.append((number, value))
    return out
