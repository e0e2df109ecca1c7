"""A synthetic cohort with known truth stored as the backend job's applications: current reports
with dimension scores, stage decisions, hires' outcomes and demographics."""

from __future__ import annotations

from datetime import UTC, date, datetime

from analysis.outcomes.synthetic import Cohort, make_cohort
from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.candidates.models import Candidate
from workflows.jobs.models import Job
from workflows.outcomes.demographics import Demographics, save_profile
from workflows.outcomes.models import HireOutcome, PerformanceRating, ProbationResult
from workflows.privacy.vault import PiiVault
from workflows.seed.service import seed_demo

BACKEND = "高级后端开发工程师"
# Synthetic dimension -> (code, name) of the backend model's dimensions.
MAPPING = {
    "逻辑思维": ("problem_solving", "问题解决"),
    "沟通表达": ("communication", "沟通表达"),
    "团队协作": ("teamwork", "团队协作"),
}
# Two dimensions unrelated to anything, with their own (non-collinear) spread.
FIXED = {"backend_expertise": ("后端技术", 7), "learning": ("学习能力", 5)}
BIRTH_YEARS = {"35岁以下": 1995, "35-44岁": 1985, "45岁及以上": 1975}
SYSTEM = Actor.system("test")


async def store_cohort(
    vault: PiiVault, n: int = 300, seed: int = 19, when: datetime | None = None
) -> tuple[Job, Cohort, dict[str, int]]:
    """Seed the demo org and store the cohort; returns the job, the cohort and app id by key."""
    await seed_demo()
    job = await Job.get(title=BACKEND)
    cohort = make_cohort(n, seed=seed)
    created = when or datetime(2026, 11, 10, tzinfo=UTC)
    ids: dict[str, int] = {}
    for i, a in enumerate(cohort.applicants):
        cand = await Candidate.create(masked_phone="138****0000")
        stage = Stage.HIRED if a.advanced else Stage.REJECTED
        app = await Application.create(
            candidate=cand, job=job, stage=stage, overall_score=a.overall, created_at=created
        )
        ids[a.key] = app.id
        if not a.advanced:
            await StageHistory.create(
                application=app,
                from_stage=Stage.SCORED,
                to_stage=Stage.REJECTED,
                actor="staff:hr_wangfang",
                at=created,
            )
        dims = [
            {"code": code, "name": name, "score": a.dimensions[synthetic]}
            for synthetic, (code, name) in MAPPING.items()
        ]
        dims += [
            {"code": code, "name": name, "score": 6.0 + (i % mod) / 10}
            for code, (name, mod) in FIXED.items()
        ]
        await Report.create(
            application=app,
            analyser_version="test",
            overall_score=a.overall,
            dimensions=dims,
            is_current=True,
            scoring_config_version=1,
        )
        if a.advanced:
            outcome = await HireOutcome.create(
                application=app, hired_on=date(2025, 1, 6), probation=ProbationResult.PASSED
            )
            await PerformanceRating.create(
                outcome=outcome, period="2025H2", label="x", value=3.0 + a.performance
            )
        g = a.groups
        await save_profile(
            cand.id,
            Demographics(g["gender"], BIRTH_YEARS[g["age_band"]], g["region"], g["school_tier"]),
            vault=vault,
            actor=SYSTEM,
            source="excel",
        )
    return job, cohort, ids
