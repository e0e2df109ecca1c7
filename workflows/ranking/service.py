"""A job's candidates ranked by the stored weighted key, with filters and paging.

The hot path is one range scan of the index (job_id, rank_score, id): applications with a key
come first (key descending, newest first on ties), those without one follow (newest first).
Splitting the two keeps the scan index-ordered on both dialects, where `DESC NULLS LAST` alone
would make PostgreSQL sort every application of the job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from analysis.reports.probes import INTEGRITY_FLAGS
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.rank_score import INTERVIEW_WEIGHT
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.errors import NotFoundError
from workflows.jobs.models import Job
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.ranking.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, RankFilters
from workflows.ranking.views import (
    DimensionCell,
    ReportFacts,
    current_reports,
    display_name,
    has_integrity_flag,
)


@dataclass(frozen=True, slots=True)
class RankRow:
    """One ranked application."""

    position: int
    application_id: int
    candidate_id: int
    name: str
    masked_phone: str
    stage: Stage
    rank_score: float | None
    overall_score: float | None
    match_score: float | None
    confidence: float | None
    dimensions: tuple[DimensionCell, ...]
    flags: tuple[str, ...]
    integrity_flag: bool
    recommendation: str
    has_report: bool


@dataclass(frozen=True, slots=True)
class RankPage:
    """A page of the ranking and how many applications pass the filters."""

    job_id: int
    job_title: str
    rows: list[RankRow]
    total: int
    page: int
    page_size: int
    filters: RankFilters = field(default_factory=RankFilters)

    @property
    def pages(self) -> int:
        """Number of pages (at least 1)."""
        return max(1, -(-self.total // self.page_size))


def _is_postgres() -> bool:
    return bool(Application._meta.db.capabilities.dialect == "postgres")


async def _flagged_ids(job_id: int) -> list[int]:
    # SQLite (the small embedded default) has no JSON containment in the ORM: filter here.
    rows = await Report.filter(application__job_id=job_id, is_current=True).values(
        "application_id", "flags"
    )
    return [int(r["application_id"]) for r in rows if has_integrity_flag(r["flags"] or [])]


def _flagged_subquery() -> Subquery:
    # PostgreSQL: one hashed subplan over jsonb containment, never the flags in Python.
    condition = Q(*[Q(flags__contains=[flag]) for flag in sorted(INTEGRITY_FLAGS)], join_type="OR")
    return Subquery(Report.filter(condition, is_current=True).values("application_id"))


async def filtered(job_id: int, filters: RankFilters) -> QuerySet[Application]:
    """The job's applications that pass the filters (unordered)."""
    query = Application.filter(job_id=job_id)
    if filters.stages:
        query = query.filter(stage__in=[s.value for s in filters.stages])
    if filters.min_overall is not None:
        # An interviewed key is >= 0.8 x overall, so the bound narrows the index range scanned.
        query = query.filter(
            overall_score__gte=filters.min_overall,
            rank_score__gte=INTERVIEW_WEIGHT * filters.min_overall - 1e-6,
        )
    if filters.min_match is not None:
        query = query.filter(match_score__gte=filters.min_match)
    if filters.has_report:
        # Only store_report writes overall_score, so a score means a report; the few reports
        # that assessed nothing (no overall score) are the only ones looked up.
        unscored = Report.filter(is_current=True, overall_score__isnull=True).values(
            "application_id"
        )
        query = query.filter(Q(overall_score__isnull=False) | Q(id__in=Subquery(unscored)))
    if filters.no_integrity_flags:
        if _is_postgres():
            query = query.exclude(id__in=_flagged_subquery())
        else:
            flagged = await _flagged_ids(job_id)
            if flagged:
                query = query.exclude(id__in=flagged)
    return query


def _row(position: int, app: Application, facts: ReportFacts | None, vault: PiiVault) -> RankRow:
    cand = app.candidate
    return RankRow(
        position=position,
        application_id=app.id,
        candidate_id=cand.id,
        name=display_name(vault, cand.name_enc),
        masked_phone=cand.masked_phone,
        stage=Stage(app.stage),
        rank_score=app.rank_score,
        overall_score=app.overall_score,
        match_score=app.match_score,
        confidence=facts.confidence if facts else None,
        dimensions=facts.dimensions if facts else (),
        flags=facts.flags if facts else (),
        integrity_flag=facts.integrity if facts else False,
        recommendation=app.recommendation,
        has_report=facts is not None,
    )


async def ranked_applications(
    job_id: int, filters: RankFilters, *, offset: int, limit: int
) -> tuple[list[Application], int]:
    """Applications at [offset, offset+limit) of the ranking (candidate loaded), and the total."""
    return await ranked_page(await filtered(job_id, filters), offset=offset, limit=limit)


async def ranked_page(
    base: QuerySet[Application], *, offset: int, limit: int
) -> tuple[list[Application], int]:
    """One page of any set of applications in ranking order (keyed first), and the total."""
    total = await base.count()
    keyed = base.filter(rank_score__isnull=False)
    apps: list[Application] = list(
        await keyed.order_by("-rank_score", "-id")
        .offset(offset)
        .limit(limit)
        .prefetch_related("candidate")
    )
    if len(apps) == limit:
        return apps, total
    # The keyed part ended on this page (or before it): continue with the unkeyed ones.
    n_keyed = offset + len(apps) if apps else await keyed.count()
    if total > n_keyed:
        apps += (
            await base.filter(rank_score__isnull=True)
            .order_by("-id")
            .offset(max(0, offset - n_keyed))
            .limit(limit - len(apps))
            .prefetch_related("candidate")
        )
    return apps, total


async def rank(
    job_id: int,
    filters: RankFilters | None = None,
    *,
    viewer: Actor,
    vault: PiiVault,
    page: int = 1,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> RankPage:
    """One page of a job's candidates, best weighted score first; the read is audited."""
    filters = filters or RankFilters()
    job = await Job.get_or_none(id=job_id)
    if job is None:
        raise NotFoundError(f"job {job_id}", user_message=f"找不到岗位 #{job_id}")
    page = max(1, page)
    page_size = min(max(1, page_size), MAX_PAGE_SIZE)
    offset = (page - 1) * page_size
    apps, total = await ranked_applications(job_id, filters, offset=offset, limit=page_size)
    facts = await current_reports([a.id for a in apps])
    await vault.unlock(*(a.candidate.id for a in apps))
    rows = [_row(offset + i + 1, a, facts.get(a.id), vault) for i, a in enumerate(apps)]
    await record_access(
        viewer, "job.ranking.viewed", "job", job_id, count=len(rows), page=page, total=total
    )
    return RankPage(job.id, job.title, rows, total, page, page_size, filters)
