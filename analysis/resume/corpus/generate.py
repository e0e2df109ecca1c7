"""Write a seeded corpus of generated resumes and their gold fields (gold.jsonl) to a folder."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.resume.corpus.content import Person, Span, make_person
from analysis.resume.corpus.layouts import Layout, layouts

GOLD_FILE = "gold.jsonl"


def _ym(value: tuple[int, int] | None) -> str:
    return "present" if value is None else f"{value[0]:04d}-{value[1]:02d}"


def _span(span: Span) -> dict[str, str]:
    return {"start": _ym(span.start), "end": _ym(span.end)}


def gold_of(person: Person) -> dict[str, Any]:
    """The gold answer for a person as plain JSON."""
    p = person
    return {
        "fields": {
            "name": p.name,
            "gender": p.gender,
            "birth_year": p.birth_year,
            "age": p.age,
            "phone": p.phone,
            "email": p.email,
            "current_city": p.city,
            "highest_degree": p.highest_degree,
            "expected_position": p.position,
            "expected_cities": list(p.expected_cities),
            "expected_salary": list(p.salary) if p.salary else None,
            "skills": list(p.skills),
            "certificates": list(p.certificates),
        },
        "work": [
            {"employer": j.employer.strip("《》"), "title": j.title, **_span(j.span)}
            for j in p.jobs
        ],
        "education": [
            {"school": s.school, "major": s.major, "degree": s.degree, **_span(s.span)}
            for s in p.schools
        ],
    }


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """What was written."""

    folder: Path
    files: int
    layouts: tuple[str, ...]


def generate(
    folder: Path, *, per_layout: int = 8, seed: int = 13, font: Path | None = None
) -> CorpusSummary:
    """Write per_layout resumes for every layout; the same seed always gives the same corpus."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen: list[Layout] = layouts(font)
    rows: list[str] = []
    for layout_index, layout in enumerate(chosen):
        for n in range(per_layout):
            rng = random.Random(seed * 1_000_003 + layout_index * 1009 + n)
            person = make_person(rng)
            data = layout.build(person, rng)
            name = f"{layout.name}_{n:03d}{layout.suffix}"
            (folder / name).write_bytes(data)
            rows.append(
                json.dumps(
                    {"file": name, "layout": layout.name, **gold_of(person)}, ensure_ascii=False
                )
            )
    (folder / GOLD_FILE).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return CorpusSummary(folder, len(rows), tuple(layout.name for layout in chosen))
