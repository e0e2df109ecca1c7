"""Read-side use cases on jobs: what is open, with pipeline counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tortoise.functions import Count

from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.errors import NotFoundError
from workflows.jobs.models import Job, JobStatus


@dataclass(frozen=True, slots=True)
class JobSummary:
    """One job with how many applications sit in each stage."""

    id: int
    title: str
    city: str
    headcount: int
    owner_user_id: str | None
    pass_line: float
    counts: dict[Stage, int]

    @property
    def total(self) -> int:
        """All applications of the job."""
        return sum(self.counts.values())


async def open_jobs() -> list[JobSummary]:
    """Open jobs, newest first, with per-stage counts (one grouped query)."""
    jobs = await Job.filter(status=JobStatus.OPEN).order_by("-id").prefetch_related("owner")
    rows = (
        await Application.filter(job_id__in=[j.id for j in jobs])
        .annotate(n=Count("id"))
        .group_by("job_id", "stage")
        .values("job_id", "stage", "n")
    )
    counts: dict[int, Counter[Stage]] = {j.id: Counter() for j in jobs}
    for row in rows:
        counts[row["job_id"]][Stage(row["stage"])] += int(row["n"])
    return [
        JobSummary(
            id=j.id,
            title=j.title,
            city=j.city,
            headcount=j.headcount,
            owner_user_id=j.owner.dingtalk_user_id if j.owner else None,
            pass_line=j.pass_line,
            counts=dict(counts[j.id]),
        )
        for j in jobs
    ]


async def find_job(reference: str) -> Job:
    """A job by id (`12`, `#12`) or by (part of) its title; raises NotFoundError."""
    ref = reference.strip().lstrip("#")
    if ref.isdigit():
        job = await Job.get_or_none(id=int(ref))
        if job is not None:
            return job
    if ref:
        exact = await Job.filter(title=ref).first()
        if exact is not None:
            return exact
        matches = await Job.filter(title__icontains=ref, status=JobStatus.OPEN).limit(2)
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(
                f"ambiguous job {ref!r}", user_message=f"有多个岗位包含“{ref}”，请用岗位编号指定"
            )
    raise NotFoundError(f"job {reference!r} not found", user_message=f"找不到岗位“{reference}”")
