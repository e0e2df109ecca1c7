"""Score the resume parser on a folder of resumes with gold.jsonl: fields, layouts, entries."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.eval_input import EvalInputError, read_text
from analysis.resume.corpus.generate import GOLD_FILE
from analysis.resume.errors import ResumeInputError
from analysis.resume.fields.dictionary import DictionaryMatcher
from analysis.resume.fields.skills import certificate_matcher, skill_matcher
from analysis.resume.types import (
    EducationEntry,
    FieldSource,
    ParsedResume,
    WorkEntry,
    YearMonth,
)

FIELDS = (
    "name", "gender", "birth_year", "age", "phone", "email", "current_city", "highest_degree",
    "expected_position", "expected_cities", "expected_salary", "skills", "certificates",
)  # fmt: skip
_REQUIRED = ("file", "layout", "fields", "work", "education")


@dataclass(frozen=True, slots=True)
class GoldResume:
    """One line of gold.jsonl."""

    line: int
    file: Path
    layout: str
    fields: dict[str, Any]
    work: list[dict[str, str]]
    education: list[dict[str, str]]


def load_gold(folder: Path) -> list[GoldResume]:
    """Read and check gold.jsonl (every listed resume file must exist)."""
    if not folder.exists():
        raise EvalInputError(folder, "no such folder")
    if not folder.is_dir():
        raise EvalInputError(folder, "is not a folder")
    path = folder / GOLD_FILE
    if not path.exists():
        raise EvalInputError(path, "no such file (one JSON object per resume; see docs)")
    out: list[GoldResume] = []
    for number, raw in enumerate(read_text(path).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise EvalInputError(path, f"not valid JSON ({exc.msg})", number) from None
        if not isinstance(row, dict):
            raise EvalInputError(path, "each line must be a JSON object", number)
        missing = [key for key in _REQUIRED if key not in row]
        if missing:
            raise EvalInputError(path, f"lacks key(s) {', '.join(missing)}", number)
        if not isinstance(row["fields"], dict) or not isinstance(row["work"], list):
            raise EvalInputError(path, "'fields' must be an object and 'work' a list", number)
        if not isinstance(row["education"], list):
            raise EvalInputError(path, "'education' must be a list", number)
        resume = folder / str(row["file"])
        if not resume.is_file():
            raise EvalInputError(path, f"resume file {row['file']} not found", number)
        out.append(
            GoldResume(
                number, resume, str(row["layout"]), row["fields"], row["work"], row["education"]
            )
        )
    if not out:
        raise EvalInputError(path, "has no resumes")
    return out


def _canonical(matcher: DictionaryMatcher, items: Iterable[str]) -> frozenset[str]:
    out = set()
    for item in items:
        text = item.strip()
        found = matcher.find(text)
        whole = [m for m in found if m.start == 0 and m.end == len(text)]
        out.add(whole[0].canonical.lower() if whole else text.lower())
    return frozenset(out)


def _ym(value: YearMonth | None, present: bool) -> str | None:
    if present:
        return "present"
    if value is None:
        return None
    return f"{value.year:04d}-{value.month:02d}" if value.month else f"{value.year:04d}"


def predicted_fields(parsed: ParsedResume) -> dict[str, Any]:
    """The parse in gold.jsonl's terms."""
    p = parsed
    salary = p.expected_salary.value if p.expected_salary else None
    return {
        "name": p.name.value if p.name else None,
        "gender": p.gender.value.value if p.gender else None,
        "birth_year": p.birth.value.year if p.birth else None,
        "age": p.age.value if p.age else None,
        "phone": p.phones[0].value if p.phones else None,
        "email": p.emails[0].value if p.emails else None,
        "current_city": p.current_city.value if p.current_city else None,
        "highest_degree": p.highest_degree.value.value if p.highest_degree else None,
        "expected_position": p.expected_position.value if p.expected_position else None,
        "expected_cities": [c.value for c in p.expected_cities],
        "expected_salary": [salary.min_monthly_cny, salary.max_monthly_cny] if salary else None,
        # The gold lists what the skills / certificates sections state; dictionary finds in job
        # descriptions are extra evidence the gold does not enumerate.
        "skills": [s.value for s in p.skills if s.source is FieldSource.SECTION],
        "certificates": [c.value for c in p.certificates if c.source is FieldSource.SECTION],
    }


def _same(name: str, gold: Any, got: Any) -> bool:
    if name == "skills":
        return _canonical(skill_matcher(), gold or []) == _canonical(skill_matcher(), got or [])
    if name == "certificates":
        matcher = certificate_matcher()
        return _canonical(matcher, gold or []) == _canonical(matcher, got or [])
    if name == "expected_cities":
        return set(gold or []) == set(got or [])
    return bool(gold == got)


def work_key(entry: WorkEntry) -> tuple[str | None, ...]:
    """What must match for a work entry to count."""
    employer = entry.employer.value.strip("《》 ") if entry.employer else None
    title = entry.title.value if entry.title else None
    return (employer, title, _ym(entry.start, False), _ym(entry.end, entry.end_is_present))


def education_key(entry: EducationEntry) -> tuple[str | None, ...]:
    """What must match for an education entry to count."""
    return (
        entry.school.value if entry.school else None,
        entry.major.value if entry.major else None,
        entry.degree.value.value if entry.degree else None,
        _ym(entry.start, False),
        _ym(entry.end, entry.end_is_present),
    )


@dataclass(slots=True)
class Counts:
    """Matched, predicted and gold entry counts."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(gold: list[tuple[str | None, ...]], got: list[tuple[str | None, ...]]) -> int:
    left = list(got)
    matched = 0
    for key in gold:
        if key in left:
            left.remove(key)
            matched += 1
    return matched


@dataclass(slots=True)
class Report:
    """Everything measured on the corpus."""

    resumes: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    field_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    layout_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    layout_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    work: Counts = field(default_factory=Counts)
    education: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def field_accuracy(self) -> float:
        """Right over scored (resume, field) pairs."""
        total = sum(self.field_total.values())
        return sum(self.field_right.values()) / total if total else 0.0


def score(gold: GoldResume, parsed: ParsedResume, report: Report) -> None:
    """Add one resume's results to the report."""
    report.resumes += 1
    got = predicted_fields(parsed)
    for name in FIELDS:
        expected, value = gold.fields.get(name), got[name]
        if expected in (None, [], "") and value in (None, [], ""):
            continue  # neither says anything: nothing to score
        ok = _same(name, expected, value)
        report.field_total[name] += 1
        report.layout_total[gold.layout] += 1
        if ok:
            report.field_right[name] += 1
            report.layout_right[gold.layout] += 1
        elif len(report.errors) < 400:
            report.errors.append(f"{gold.file.name} {name}: gold={expected!r} got={value!r}")
    for kind, counts, gold_rows, entries, key in (
        ("work", report.work, gold.work, parsed.work_history, work_key),
        ("education", report.education, gold.education, parsed.education, education_key),
    ):
        wanted = [_gold_key(kind, row) for row in gold_rows]
        found = [key(e) for e in entries]  # type: ignore[arg-type]
        matched = _match(wanted, found)
        counts.matched += matched
        counts.predicted += len(found)
        counts.gold += len(wanted)
        report.layout_right[gold.layout] += matched
        report.layout_total[gold.layout] += max(len(wanted), len(found))
        if matched < max(len(wanted), len(found)) and len(report.errors) < 400:
            report.errors.append(f"{gold.file.name} {kind}: gold={wanted} got={found}")


def _gold_key(kind: str, row: dict[str, str]) -> tuple[str | None, ...]:
    if kind == "work":
        return (row.get("employer"), row.get("title"), row.get("start"), row.get("end"))
    return (
        row.get("school"),
        row.get("major"),
        row.get("degree"),
        row.get("start"),
        row.get("end"),
    )


def format_report(report: Report, *, show_errors: int = 0) -> str:
    """The printed report."""
    lines = [f"resumes: {report.resumes}  failed to parse: {len(report.failed)}"]
    lines.append(f"field accuracy: {100 * report.field_accuracy:.1f}%")
    lines.append("per field:")
    for name in FIELDS:
        total = report.field_total.get(name, 0)
        if total:
            right = report.field_right.get(name, 0)
            lines.append(f"  {name:<18} {100 * right / total:6.1f}%  ({right}/{total})")
    lines.append("per layout (fields and entries):")
    for layout in sorted(report.layout_total):
        total = report.layout_total[layout]
        right = report.layout_right.get(layout, 0)
        lines.append(f"  {layout:<20} {100 * right / total:6.1f}%  ({right}/{total})")
    for kind, counts in (("work", report.work), ("education", report.education)):
        p, r, f1 = counts.prf()
        lines.append(
            f"{kind} entries: precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
            f"(matched {counts.matched}, predicted {counts.predicted}, gold {counts.gold})"
        )
    for failure in report.failed:
        lines.append(f"failed: {failure}")
    lines.extend(f"  ! {error}" for error in report.errors[:show_errors])
    return "\n".join(lines)


def run_eval(
    folder: Path, parse: Callable[[Path], ParsedResume], *, show_errors: int = 0
) -> tuple[Report, str]:
    """Parse every resume in the folder and score it against gold.jsonl."""
    rows = load_gold(folder)
    report = Report()
    for row in rows:
        try:
            parsed = parse(row.file)
        except ResumeInputError as exc:  # count as a miss, keep going
            report.failed.append(f"{row.file.name}: {exc}")
            parsed = ParsedResume(parser_version="failed")
        score(row, parsed, report)
    return report, format_report(report, show_errors=show_errors)
