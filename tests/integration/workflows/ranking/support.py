"""Builders for ranking tests: candidates with encrypted names and parsed resumes, scored
applications with current reports. Scores go through the same writers production uses."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from analysis.reports import ReportDraft
from workflows.applications.models import Application
from workflows.applications.rank_score import refresh_rank_score
from workflows.applications.stages import Stage
from workflows.assessments.reports import store_report
from workflows.candidates.models import Candidate, Resume
from workflows.jobs.models import Job
from workflows.privacy.vault import PiiVault

DIMS = (("communication", "沟通表达"), ("problem_solving", "问题解决"), ("teamwork", "团队协作"))


def make_vault() -> PiiVault:
    """A vault with throwaway keys."""
    return PiiVault(os.urandom(32), b"ranking-test-hash-key")


@dataclass
class Person:
    """What one test application looks like."""

    name: str
    match: float | None = None
    overall: float | None = None
    dims: dict[str, float | None] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    stage: Stage = Stage.SCREENED
    skills: list[str] = field(default_factory=list)
    degree: str = "本科"
    years: float | None = 5.0
    school: str = ""
    phone: str = "138****0000"


def _parsed(p: Person) -> dict[str, Any]:
    fv = {"confidence": 0.9, "source": "explicit"}
    return {
        "parser_version": "test",
        "name": {"value": p.name, **fv},
        "skills": [{"value": s, **fv} for s in p.skills],
        "education": [{"school": {"value": p.school, **fv}}] if p.school else [],
    }


async def add_application(job: Job, p: Person, vault: PiiVault) -> Application:
    """A candidate, resume and application; an interview report when `overall` is given."""
    cand = await Candidate.create(
        name_enc=vault.encrypt(p.name, context="candidate.name"),
        masked_phone=p.phone,
        highest_degree=p.degree,
        years_experience=p.years,
    )
    resume = await Resume.create(
        candidate=cand,
        storage_key=f"resumes/{cand.id}",
        file_name=f"{p.name}.pdf",
        sha256=f"{cand.id:064d}",
        parsed_enc=vault.encrypt(json.dumps(_parsed(p), ensure_ascii=False), context="resume"),
    )
    app = await Application.create(
        candidate=cand, job=job, resume=resume, stage=p.stage, match_score=p.match
    )
    await refresh_rank_score(app.id)
    if p.overall is not None or p.dims:
        await add_report(app.id, p)
    return await Application.get(id=app.id)


async def add_report(application_id: int, p: Person) -> None:
    """Store a current report through `store_report` (which refreshes the ranking key)."""
    names = dict(DIMS)
    dims: list[dict[str, Any]] = [
        {
            "code": code,
            "name": names.get(code, code),
            "score": score,
            "confidence": 0.8 if score is not None else 0.0,
            "not_assessed_reason": "" if score is not None else "本次面试没有考察该维度的题目",
            "evidence": [],
        }
        for code, score in p.dims.items()
    ]
    integrity = {"no_face", "multiple_faces", "looking_away"}
    values = {
        "overall_score": p.overall,
        "confidence": 0.75,
        "dimensions": dims,
        "strengths": [
            {"code": d["code"], "name": d["name"], "summary": f"{d['name']} {d['score']:.1f}/10"}
            for d in dims
            if d["score"] is not None and d["score"] >= 7
        ],
        "weaknesses": [
            {"code": d["code"], "name": d["name"], "summary": f"{d['name']} {d['score']:.1f}/10"}
            for d in dims
            if d["score"] is not None and d["score"] < 6
        ],
        "not_assessed": [
            {"code": d["code"], "name": d["name"], "reason": d["not_assessed_reason"]}
            for d in dims
            if d["score"] is None
        ],
        "suggestions": [],
        "flags": p.flags,
        "flag_details": [
            {
                "flag": f,
                "label": {"multiple_faces": "画面中出现多人"}.get(f, f),
                "kind": "integrity" if f in integrity else "quality",
            }
            for f in p.flags
        ],
    }
    await store_report(application_id, "test-v1", ReportDraft(**values), [application_id])
