"""From one application, other candidates in the pool with similar profiles and scores.

The pool is bounded so the cost does not grow with the whole database: the best-ranked
applications of the same job, plus (for the whole pool) the best-ranked of every other open job.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.candidates.models import Candidate, Resume
from workflows.errors import NotFoundError
from workflows.jobs.models import Job, JobStatus
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.ranking.similarity import Profile, similarity, skill_map
from workflows.ranking.views import display_name

log = logging.getLogger(__name__)

POOL_SAME_JOB = 400
POOL_PER_OTHER_JOB = 100
MAX_OTHER_JOBS = 20
DEFAULT_LIMIT = 5
MIN_SIMILARITY = 0.3


@dataclass(frozen=True, slots=True)
class SimilarCandidate:
    """One similar application and why it is similar."""

    application_id: int
    job_id: int
    job_title: str
    name: str
    masked_phone: str
    stage: Stage
    overall_score: float | None
    match_score: float | None
    similarity: float
    reasons: tuple[str, ...]
    shared_skills: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SimilarResult:
    """The starting application and the most similar others, best first."""

    application_id: int
    name: str
    job_id: int
    job_title: str
    same_job_only: bool
    pool_size: int
    items: list[SimilarCandidate]


def _resume_facts(parsed: dict[str, Any]) -> tuple[list[str], str]:
    skills = [str(s.get("value", "")) for s in parsed.get("skills") or [] if isinstance(s, dict)]
    school = ""
    for edu in parsed.get("education") or []:
        value = (edu.get("school") or {}).get("value") if isinstance(edu, dict) else None
        if value:
            school = str(value)
            break
    return skills, school


async def _top_ids(job_id: int, candidate_id: int, limit: int) -> list[int]:
    rows = (
        await Application.filter(job_id=job_id, rank_score__isnull=False)
        .exclude(candidate_id=candidate_id)
        .order_by("-rank_score", "-id")
        .limit(limit)
        .values("id")
    )
    return [int(r["id"]) for r in rows]


async def _pool(app: Application, same_job_only: bool) -> list[int]:
    job_id: int = app.job.id
    candidate_id: int = app.candidate.id
    ids = await _top_ids(job_id, candidate_id, POOL_SAME_JOB)
    if same_job_only:
        return ids
    jobs = (
        await Job.filter(status=JobStatus.OPEN)
        .exclude(id=job_id)
        .order_by("-id")
        .limit(MAX_OTHER_JOBS)
        .values("id")
    )
    for job in jobs:
        ids += await _top_ids(int(job["id"]), candidate_id, POOL_PER_OTHER_JOB)
    return ids


async def load_profiles(application_ids: list[int], vault: PiiVault) -> dict[int, Profile]:
    """Profiles of these applications: resume facts, candidate facts, current report scores."""
    if not application_ids:
        return {}
    apps = await Application.filter(id__in=application_ids).values(
        "id", "candidate_id", "resume_id", "overall_score", "match_score"
    )
    cand_ids = {int(a["candidate_id"]) for a in apps}
    cands = {
        int(c["id"]): c
        for c in await Candidate.filter(id__in=list(cand_ids)).values(
            "id", "highest_degree", "years_experience"
        )
    }
    resume_ids = [int(a["resume_id"]) for a in apps if a["resume_id"] is not None]
    resumes: dict[int, tuple[list[str], str]] = {}
    resume_rows = await Resume.filter(id__in=resume_ids).values("id", "parsed_enc")
    await vault.unlock_tokens(str(r["parsed_enc"]) for r in resume_rows)
    for r in resume_rows:
        if not r["parsed_enc"]:
            continue
        try:
            parsed = json.loads(vault.decrypt(r["parsed_enc"], context=contexts.RESUME))
        except (ValueError, TypeError):
            log.warning("resume %s could not be read for similarity", r["id"])
            continue
        resumes[int(r["id"])] = _resume_facts(parsed)
    dims: dict[int, tuple[dict[str, float], dict[str, str]]] = {}
    for rep in await Report.filter(application_id__in=application_ids, is_current=True).values(
        "application_id", "dimensions"
    ):
        scores = {
            str(d["code"]): float(d["score"])
            for d in rep["dimensions"] or []
            if d.get("score") is not None
        }
        names = {str(d["code"]): str(d.get("name") or d["code"]) for d in rep["dimensions"] or []}
        dims[int(rep["application_id"])] = (scores, names)
    out: dict[int, Profile] = {}
    for a in apps:
        cand = cands.get(int(a["candidate_id"]), {})
        skills, school = resumes.get(int(a["resume_id"] or 0), ([], ""))
        scores, names = dims.get(int(a["id"]), ({}, {}))
        out[int(a["id"])] = Profile(
            application_id=int(a["id"]),
            candidate_id=int(a["candidate_id"]),
            skills=skill_map(skills),
            degree=str(cand.get("highest_degree") or ""),
            years=cand.get("years_experience"),
            school=school,
            overall=a["overall_score"],
            match=a["match_score"],
            dimensions=scores,
            dimension_names=names,
        )
    return out


async def similar(
    application_id: int,
    *,
    viewer: Actor,
    vault: PiiVault,
    same_job_only: bool = False,
    limit: int = DEFAULT_LIMIT,
) -> SimilarResult:
    """The `limit` most similar other candidates; the read is audited."""
    app = await Application.get_or_none(id=application_id).prefetch_related("candidate", "job")
    if app is None:
        raise NotFoundError(
            f"application {application_id}", user_message=f"找不到申请编号 #{application_id}"
        )
    pool = [i for i in dict.fromkeys(await _pool(app, same_job_only)) if i != app.id]
    profiles = await load_profiles([app.id, *pool], vault)
    base = profiles[app.id]
    scored = []
    for other_id in pool:
        other = profiles.get(other_id)
        if other is None or other.candidate_id == base.candidate_id:
            continue
        sim = similarity(base, other)
        if sim.score >= MIN_SIMILARITY:
            scored.append((sim, other_id))
    scored.sort(key=lambda t: (-t[0].score, -t[1]))
    # One line per person: a candidate applying to two jobs shows where they match best.
    chosen: list[tuple[Any, int]] = []
    seen: set[int] = set()
    for sim, other_id in scored:
        cand_id = profiles[other_id].candidate_id
        if cand_id in seen:
            continue
        seen.add(cand_id)
        chosen.append((sim, other_id))
        if len(chosen) >= limit:
            break
    rows = {
        a.id: a
        for a in await Application.filter(id__in=[i for _, i in chosen]).prefetch_related(
            "candidate", "job"
        )
    }
    await vault.unlock(app.candidate.id, *(r.candidate.id for r in rows.values()))
    items = [
        SimilarCandidate(
            application_id=i,
            job_id=rows[i].job.id,
            job_title=rows[i].job.title,
            name=display_name(vault, rows[i].candidate.name_enc),
            masked_phone=rows[i].candidate.masked_phone,
            stage=Stage(rows[i].stage),
            overall_score=rows[i].overall_score,
            match_score=rows[i].match_score,
            similarity=sim.score,
            reasons=sim.reasons,
            shared_skills=sim.shared_skills,
        )
        for sim, i in chosen
    ]
    await record_access(
        viewer,
        "application.similar.listed",
        "application",
        app.id,
        pool=len(pool),
        shown=[c.application_id for c in items],
    )
    return SimilarResult(
        application_id=app.id,
        name=display_name(vault, app.candidate.name_enc),
        job_id=app.job.id,
        job_title=app.job.title,
        same_job_only=same_job_only,
        pool_size=len(pool),
        items=items,
    )
