"""Builders for spreadsheet tests: a seeded job with candidates, applications and reports."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.candidates.models import Candidate
from workflows.jobs.models import Dimension, Job
from workflows.privacy.vault import PiiVault, mask_phone
from workflows.seed.service import seed_demo

BACKEND = "高级后端开发工程师"


def make_vault() -> PiiVault:
    """A vault with throwaway keys."""
    return PiiVault(os.urandom(32), b"spreadsheet-test-hash-key")


@dataclass
class Person:
    """One test application."""

    name: str
    phone: str
    email: str = ""
    stage: Stage = Stage.SCORED
    overall: float | None = None
    confidence: float | None = None
    dims: dict[str, float | None] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    match: float | None = None
    disqualified: bool = False


async def backend_job() -> tuple[Job, list[tuple[str, str]]]:
    """The seeded backend job and its dimensions (code, name) in column order."""
    await seed_demo()
    job = await Job.get(title=BACKEND)
    dims = await Dimension.filter(competency_model_id=job.competency_model_id).order_by("id")  # type: ignore[attr-defined]
    return job, [(d.code, d.name) for d in dims]


async def add(job: Job, p: Person, vault: PiiVault) -> Application:
    """Candidate (encrypted contact data), application, and a current report when scored."""
    cand = await Candidate.create(
        name_enc=vault.encrypt(p.name, context="candidate.name"),
        phone_enc=vault.encrypt(p.phone, context="candidate.phone"),
        email_enc=vault.encrypt(p.email, context="candidate.email"),
        phone_hash=vault.keyed_hash("phone", p.phone),
        email_hash=vault.keyed_hash("email", p.email) if p.email else None,
        masked_phone=mask_phone(p.phone),
    )
    app = await Application.create(
        candidate=cand,
        job=job,
        stage=p.stage,
        overall_score=p.overall,
        match_score=p.match,
        match_explanation={"disqualified": p.disqualified},
        stage_changed_at=datetime.now(UTC) - timedelta(days=1),
    )
    if p.overall is not None:
        await Report.create(
            application=app,
            analyser_version="test",
            overall_score=p.overall,
            confidence=p.confidence,
            dimensions=[{"code": c, "name": c, "score": s} for c, s in p.dims.items()],
            flags=p.flags,
            is_current=True,
        )
    return app
