"""Two to five applications of one job side by side, with who is best per dimension."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.errors import NotFoundError, ValidationFailedError
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.ranking.views import DimensionCell, current_reports, display_name

MIN_COMPARED = 2
MAX_COMPARED = 5
# The scored card's 对比 button compares against this many best-ranked others.
COMPARE_TOP_OTHERS = 2


@dataclass(frozen=True, slots=True)
class CompareEntry:
    """One compared application."""

    application_id: int
    name: str
    stage: Stage
    overall_score: float | None
    match_score: float | None
    rank_score: float | None
    confidence: float | None
    dimensions: dict[str, DimensionCell]
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]
    flags: tuple[str, ...]
    integrity_flag: bool
    has_report: bool
    recommendation: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """The side-by-side view: entries in the order asked, dimensions in report order."""

    job_id: int
    job_title: str
    entries: list[CompareEntry]
    dimensions: list[tuple[str, str]]  # (code, name)
    best_by_dimension: dict[str, tuple[int, ...]]  # code -> application ids (ties share)
    best_overall: tuple[int, ...]
    best_match: tuple[int, ...]

    def cell(self, application_id: int, code: str) -> DimensionCell | None:
        """One entry's cell for a dimension (None when its report lacks the dimension)."""
        for entry in self.entries:
            if entry.application_id == application_id:
                return entry.dimensions.get(code)
        return None


def _best(values: dict[int, float | None]) -> tuple[int, ...]:
    known = {k: v for k, v in values.items() if v is not None}
    if not known:
        return ()
    top = max(known.values())
    return tuple(k for k, v in known.items() if abs(v - top) < 1e-9)


def _check_count(ids: list[int]) -> list[int]:
    unique = list(dict.fromkeys(ids))
    if len(unique) < MIN_COMPARED:
        raise ValidationFailedError(
            "too few to compare", user_message="请至少指定两位不同的候选人进行对比"
        )
    if len(unique) > MAX_COMPARED:
        raise ValidationFailedError(
            "too many to compare",
            user_message=f"一次最多对比 {MAX_COMPARED} 位候选人，您指定了 {len(unique)} 位",
        )
    return unique


async def compare(application_ids: list[int], *, viewer: Actor, vault: PiiVault) -> Comparison:
    """Compare 2–5 applications of the same job; the read is audited."""
    ids = _check_count(application_ids)
    apps = {
        a.id: a for a in await Application.filter(id__in=ids).prefetch_related("candidate", "job")
    }
    missing = [i for i in ids if i not in apps]
    if missing:
        listed = "、".join(f"#{i}" for i in missing)
        raise NotFoundError(f"applications {missing}", user_message=f"找不到申请编号 {listed}")
    jobs = {apps[i].job.id for i in ids}
    if len(jobs) > 1:
        detail = "；".join(f"#{i} 属于岗位 #{apps[i].job.id} {apps[i].job.title}" for i in ids)
        raise ValidationFailedError(
            "different jobs", user_message=f"只能对比同一岗位的候选人：{detail}"
        )
    facts = await current_reports(ids)
    await vault.unlock(*(apps[i].candidate.id for i in ids))
    entries: list[CompareEntry] = []
    dimensions: dict[str, str] = {}
    for i in ids:
        app, f = apps[i], facts.get(i)
        cells = {d.code: d for d in f.dimensions} if f else {}
        for d in cells.values():
            dimensions.setdefault(d.code, d.name)
        entries.append(
            CompareEntry(
                application_id=i,
                name=display_name(vault, app.candidate.name_enc),
                stage=Stage(app.stage),
                overall_score=app.overall_score,
                match_score=app.match_score,
                rank_score=app.rank_score,
                confidence=f.confidence if f else None,
                dimensions=cells,
                strengths=f.strengths if f else (),
                gaps=f.gaps if f else (),
                flags=f.flags if f else (),
                integrity_flag=f.integrity if f else False,
                has_report=f is not None,
                recommendation=app.recommendation,
            )
        )
    best = {
        code: _best(
            {
                e.application_id: (e.dimensions[code].score if code in e.dimensions else None)
                for e in entries
            }
        )
        for code in dimensions
    }
    job = apps[ids[0]].job
    for i in ids:
        await record_access(viewer, "application.compared", "application", i, with_ids=ids)
    return Comparison(
        job_id=job.id,
        job_title=job.title,
        entries=entries,
        dimensions=list(dimensions.items()),
        best_by_dimension=best,
        best_overall=_best({e.application_id: e.overall_score for e in entries}),
        best_match=_best({e.application_id: e.match_score for e in entries}),
    )


async def top_other_scored(application_id: int, limit: int = COMPARE_TOP_OTHERS) -> list[int]:
    """The best-ranked other interviewed applications of the same job."""
    app = await Application.get(id=application_id)
    rows = (
        await Application.filter(
            job_id=app.job_id,  # type: ignore[attr-defined]
            overall_score__isnull=False,
            rank_score__isnull=False,
        )
        .exclude(id=application_id)
        .order_by("-rank_score", "-id")
        .limit(limit)
        .values("id")
    )
    return [int(r["id"]) for r in rows]


async def compare_with_best_others(
    application_id: int, *, viewer: Actor, vault: PiiVault, limit: int = COMPARE_TOP_OTHERS
) -> Comparison | None:
    """One application against the best-ranked other scored ones of its job (None: no others)."""
    others = await top_other_scored(application_id, limit)
    if not others:
        return None
    return await compare([application_id, *others], viewer=viewer, vault=vault)
