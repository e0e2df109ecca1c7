"""The resume corpus generator: seeded, varied, and its files really say what the gold says."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from analysis.resume.corpus.content import SURNAMES_COMPOUND, SURNAMES_RARE, make_person
from analysis.resume.corpus.evaluate import Report, load_gold, score
from analysis.resume.corpus.fonts import find_cjk_font
from analysis.resume.corpus.formats import Writer
from analysis.resume.corpus.generate import GOLD_FILE, generate
from analysis.resume.extract.api import extract_text
from analysis.resume.extract.model import ExtractLimits
from analysis.resume.types import (
    Degree,
    EducationEntry,
    FieldSource,
    FieldValue,
    ParsedResume,
    WorkEntry,
    YearMonth,
)

FONT = find_cjk_font()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, per_layout=2, seed=5, font=None)  # no scans: keeps the test fast
    return folder


def test_the_same_seed_writes_the_same_corpus(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path, per_layout=2, seed=5, font=None)
    assert (tmp_path / GOLD_FILE).read_text() == (corpus / GOLD_FILE).read_text()
    for path in corpus.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
    other = tmp_path / "other"
    generate(other, per_layout=2, seed=6, font=None)
    assert (other / GOLD_FILE).read_text() != (corpus / GOLD_FILE).read_text()


@pytest.mark.skipif(FONT is None, reason="needs a CJK font (fonts-noto-cjk) for scans")
def test_twelve_layouts_with_scans(tmp_path: Path) -> None:
    summary = generate(tmp_path, per_layout=1, seed=1, font=FONT)
    assert len(set(summary.layouts)) >= 12
    assert {"scan_single", "scan_sidebar"} <= set(summary.layouts)
    assert (tmp_path / "scan_single_000.jpg").read_bytes()[:3] == b"\xff\xd8\xff"


def test_every_gold_entry_is_in_the_file_text(corpus: Path) -> None:
    limits = ExtractLimits()
    for row in load_gold(corpus):
        text = re.sub(
            r"\s+", "", extract_text(row.file.read_bytes(), row.file.name, limits=limits).text
        )
        for job in row.work:
            assert job["employer"] in text, (row.file.name, job)
            assert job["title"] in text, (row.file.name, job)
        for school in row.education:
            assert school["school"] in text, (row.file.name, school)
            assert school["major"] in text, (row.file.name, school)
        assert row.fields["phone"][-4:] in text


def test_two_column_pdfs_put_text_side_by_side(corpus: Path) -> None:
    document = pdfium.PdfDocument((corpus / "pdf_sidebar_left_000.pdf").read_bytes())
    textpage = document[0].get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    lefts = {round(box[0]) for box in boxes if box[2] > box[0]}
    assert min(lefts) < 100 and max(lefts) > 200  # a side column and a main column
    document.close()


def test_people_and_styles_vary() -> None:
    rng = random.Random(3)
    people = [make_person(rng) for _ in range(300)]
    names = [p.name for p in people]
    assert any(n[:2] in SURNAMES_COMPOUND for n in names)
    assert any(n[0] in SURNAMES_RARE for n in names)
    assert any(j.span.end is None for p in people for j in p.jobs)
    assert any("实习" in j.title for p in people for j in p.jobs)
    assert {s.degree for p in people for s in p.schools} == {
        "associate",
        "bachelor",
        "master",
        "doctor",
    }
    spans = [
        Writer(p, random.Random(i)).span(p.jobs[0].span) for i, p in enumerate(people) if p.jobs
    ]
    assert any("年" in s for s in spans) and any("/" in s for s in spans)
    assert any(re.search(r"\.\d(?!\d)", s) for s in spans)  # 2019.9
    assert {w for s in spans for w in ("至今", "现在", "今") if s.endswith(w)} >= {"现在", "今"}
    for p in people:
        for job in p.jobs:
            if job.span.end is not None:
                assert job.span.start <= job.span.end


def _perfect(
    fields: dict[str, object], work: list[dict[str, str]], edu: list[dict[str, str]]
) -> ParsedResume:
    def fv(value: object) -> FieldValue[object]:
        return FieldValue(value, 0.9, FieldSource.RULE)

    def ym(text: str) -> YearMonth | None:
        return None if text == "present" else YearMonth(int(text[:4]), int(text[5:]))

    return ParsedResume(
        parser_version="gold",
        name=fv(fields["name"]),  # type: ignore[arg-type]
        phones=(fv(fields["phone"]),),  # type: ignore[arg-type]
        emails=(fv(fields["email"]),),  # type: ignore[arg-type]
        work_history=tuple(
            WorkEntry(
                employer=fv(w["employer"]),  # type: ignore[arg-type]
                title=fv(w["title"]),  # type: ignore[arg-type]
                start=ym(w["start"]),
                end=ym(w["end"]),
                end_is_present=w["end"] == "present",
            )
            for w in work
        ),
        education=tuple(
            EducationEntry(
                school=fv(e["school"]),  # type: ignore[arg-type]
                major=fv(e["major"]),  # type: ignore[arg-type]
                degree=fv(Degree(e["degree"])),  # type: ignore[arg-type]
                start=ym(e["start"]),
                end=ym(e["end"]),
            )
            for e in edu
        ),
    )


def test_score_counts_right_wrong_and_spurious(corpus: Path) -> None:
    row = load_gold(corpus)[0]
    report = Report()
    score(row, _perfect(row.fields, row.work, row.education), report)
    assert report.work.prf()[2] == 1.0 and report.education.prf()[2] == 1.0
    assert report.field_right["name"] == 1 and report.field_right["phone"] == 1
    # Fields the parse left empty but the gold states are wrong, not skipped.
    assert report.field_total["skills"] == 1 and report.field_right["skills"] == 0
    wrong = Report()
    shifted = [{**w, "start": "1999-01"} for w in row.work]
    score(row, _perfect({**row.fields, "name": "某某"}, shifted, row.education), wrong)
    assert wrong.field_right["name"] == 0
    assert wrong.work.matched == 0 and wrong.work.predicted == len(row.work)


def test_gold_lines_are_json_with_layouts(corpus: Path) -> None:
    rows = [json.loads(line) for line in (corpus / GOLD_FILE).read_text().splitlines()]
    assert len({r["layout"] for r in rows}) == 10  # the ten layouts that need no font
    assert all(r["work"] for r in rows)
