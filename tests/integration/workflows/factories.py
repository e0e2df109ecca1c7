"""Small builders for rows the service tests need."""

from __future__ import annotations

from workflows.candidates.models import Candidate
from workflows.jobs.models import Job


async def make_job(title: str = "高级后端开发工程师") -> Job:
    """An open job with no competency model."""
    return await Job.create(title=title, city="杭州")


async def make_candidate(masked_phone: str = "138****5678") -> Candidate:
    """A candidate with only a masked phone."""
    return await Candidate.create(masked_phone=masked_phone)
