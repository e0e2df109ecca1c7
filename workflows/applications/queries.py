"""Read-side queries on applications for HR (names decrypted, every read audited)."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """One line of a job's candidate list."""

    application_id: int
    candidate_id: int
    name: str
    masked_phone: str
    stage: Stage
    match_score: float | None
    overall_score: float | None


async def candidates_of_job(
    job_id: int, *, viewer: Actor, vault: PiiVault, limit: int = 20, offset: int = 0
) -> tuple[list[CandidateRow], int]:
    """A page of the job's applications, best scored first, and the total count."""
    query = Application.filter(job_id=job_id)
    total = await query.count()
    apps = (
        await query.order_by("-overall_score", "-match_score", "-id")
        .offset(offset)
        .limit(limit)
        .prefetch_related("candidate")
    )
    await vault.unlock(*(a.candidate.id for a in apps))
    rows = [
        CandidateRow(
            application_id=a.id,
            candidate_id=a.candidate.id,
            name=vault.decrypt(a.candidate.name_enc, context=contexts.CANDIDATE_NAME)
            or "（未识别姓名）",
            masked_phone=a.candidate.masked_phone,
            stage=Stage(a.stage),
            match_score=a.match_score,
            overall_score=a.overall_score,
        )
        for a in apps
    ]
    await record_access(viewer, "job.candidates.listed", "job", job_id, count=len(rows))
    return rows, total


async def application_exists(application_id: int) -> bool:
    """True when an application with this number exists."""
    return await Application.exists(id=application_id)


async def job_id_of(application_id: int) -> int | None:
    """The job an application belongs to (None when there is no such application)."""
    app = await Application.get_or_none(id=application_id)
    return None if app is None else int(app.job_id)  # type: ignore[attr-defined]
