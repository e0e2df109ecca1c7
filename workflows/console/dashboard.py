"""The console's numbers: funnel, drop-off by question, time in stage, time to hire, sources,
score distributions and the pass-line what-if, for one job or every job the viewer sees.

Everything is counted by the database (grouped queries) except the time in stage, which walks
the stage history once in order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Any

from tortoise.functions import Count

from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.models import Report
from workflows.console.access import ConsoleViewer, visible_job, visible_jobs
from workflows.interviews.models import Answer, InterviewSession

# The funnel steps: a label and the stages whose first entry counts as reaching the step.
FUNNEL: tuple[tuple[str, tuple[Stage, ...]], ...] = (
    ("已收到", (Stage.RECEIVED,)),
    ("已筛选", (Stage.SCREENED,)),
    ("已邀请", (Stage.INVITED,)),
    ("完成面试", (Stage.SUBMITTED,)),
    ("已评分", (Stage.SCORED,)),
    ("进入下一轮", (Stage.SHORTLISTED,)),
    ("录用", (Stage.OFFER_PENDING,)),
    ("已入职", (Stage.HIRED,)),
)
SOURCE_LABELS = {"dingtalk_bot": "钉钉机器人", "excel_import": "Excel 导入", "console": "控制台"}


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """A funnel step: how many applications reached it, and the share of the step before."""

    label: str
    count: int
    rate: float | None


@dataclass(frozen=True, slots=True)
class QuestionDrop:
    """How many started interviews answered at least this many questions."""

    position: int
    answered: int
    completion: float
    drop_off: float


@dataclass(frozen=True, slots=True)
class StageTime:
    """Median and mean hours spent in one stage before moving on."""

    stage: str
    label: str
    median_hours: float
    mean_hours: float
    samples: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Every figure the dashboard draws."""

    scope: str
    jobs: int
    pass_line: float | None
    funnel: list[FunnelStep]
    current: dict[str, int]
    questions: list[QuestionDrop]
    started_interviews: int
    stage_times: list[StageTime]
    time_to_hire_days: float | None
    sources: dict[str, int]
    overall_histogram: list[int]  # 101 counts: scored applications by integer overall score
    dimensions: dict[str, list[int]]  # name -> 11 counts: dimension scores 0-10


async def _funnel(job_ids: list[int], total: int) -> list[FunnelStep]:
    rows = (
        await StageHistory.filter(application__job_id__in=job_ids)
        .annotate(n=Count("application_id", distinct=True))
        .group_by("to_stage")
        .values("to_stage", "n")
    )
    reached = {str(r["to_stage"]): int(r["n"]) for r in rows}
    steps: list[FunnelStep] = []
    previous: int | None = None
    for label, stages in FUNNEL:
        count = total if stages == (Stage.RECEIVED,) else sum(reached.get(s, 0) for s in stages)
        rate = (count / previous) if previous else None
        steps.append(FunnelStep(label, count, round(rate, 4) if rate is not None else None))
        previous = count
    return steps


async def _questions(job_ids: list[int]) -> tuple[int, list[QuestionDrop]]:
    started = await InterviewSession.filter(
        application__job_id__in=job_ids, started_at__not_isnull=True
    ).count()
    rows = (
        await Answer.filter(
            session__application__job_id__in=job_ids, superseded=False, is_follow_up=False
        )
        .annotate(n=Count("node_index", distinct=True))
        .group_by("session_id")
        .values("session_id", "n")
    )
    answered = [int(r["n"]) for r in rows]
    deepest = max(answered, default=0)
    out: list[QuestionDrop] = []
    before = started
    for k in range(1, deepest + 1):
        at_least = sum(1 for n in answered if n >= k)
        out.append(
            QuestionDrop(
                k,
                at_least,
                round(at_least / started, 4) if started else 0.0,
                round((before - at_least) / started, 4) if started else 0.0,
            )
        )
        before = at_least
    return started, out


def _hours(a: datetime, b: datetime) -> float:
    return max(0.0, (b - a).total_seconds() / 3600)


# PostgreSQL: each history row's time since the previous change of the same application (its
# creation for the first), aggregated per stage left, in one statement.
_PG_TIMES = """
SELECT from_stage AS stage,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS median_s,
       avg(secs) AS mean_s,
       count(*) AS n
FROM (
    SELECT h.from_stage,
           GREATEST(0, EXTRACT(EPOCH FROM h.at - COALESCE(
               LAG(h.at) OVER (PARTITION BY h.application_id ORDER BY h.at, h.id),
               a.created_at))) AS secs
    FROM stage_history h JOIN application a ON a.id = h.application_id
    WHERE a.job_id = ANY($1::int[])
) t
WHERE from_stage IS NOT NULL
GROUP BY from_stage
"""
_PG_HIRE = """
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM h.at - a.created_at)) AS s
FROM stage_history h JOIN application a ON a.id = h.application_id
WHERE a.job_id = ANY($1::int[]) AND h.to_stage = 'hired'
"""


def _is_postgres() -> bool:
    return bool(StageHistory._meta.db.capabilities.dialect == "postgres")


async def _times_pg(job_ids: list[int]) -> tuple[list[StageTime], float | None]:
    conn = StageHistory._meta.db
    rows = await conn.execute_query_dict(_PG_TIMES, [job_ids])
    hire = await conn.execute_query_dict(_PG_HIRE, [job_ids])
    order = [s.value for s in Stage]
    times = [
        StageTime(
            str(r["stage"]),
            STAGE_LABELS_ZH[Stage(r["stage"])],
            round(float(r["median_s"]) / 3600, 2),
            round(float(r["mean_s"]) / 3600, 2),
            int(r["n"]),
        )
        for r in sorted(rows, key=lambda r: order.index(r["stage"]))
    ]
    seconds = hire[0]["s"] if hire else None
    return times, (round(float(seconds) / 86400, 2) if seconds is not None else None)


async def _times(job_ids: list[int]) -> tuple[list[StageTime], float | None]:
    if _is_postgres():
        return await _times_pg(job_ids)
    created: dict[int, datetime] = {
        int(r["id"]): r["created_at"]
        for r in await Application.filter(job_id__in=job_ids).values("id", "created_at")
    }
    rows = (
        await StageHistory.filter(application__job_id__in=job_ids)
        .order_by("application_id", "at", "id")
        .values_list("application_id", "from_stage", "to_stage", "at")
    )
    spent: dict[str, list[float]] = defaultdict(list)
    hire_days: list[float] = []
    last: tuple[int, str, datetime] | None = None
    for app_id, from_stage, to_stage, at in rows:
        if last is not None and last[0] == app_id:
            spent[last[1]].append(_hours(last[2], at))
        elif from_stage and app_id in created:
            spent[str(from_stage)].append(_hours(created[app_id], at))
        last = (app_id, str(to_stage), at)
        if to_stage == Stage.HIRED and app_id in created:
            hire_days.append(_hours(created[app_id], at) / 24)
    order = [s.value for s in Stage]
    times = [
        StageTime(
            s,
            STAGE_LABELS_ZH[Stage(s)],
            round(median(v), 2),
            round(sum(v) / len(v), 2),
            len(v),
        )
        for s, v in sorted(spent.items(), key=lambda kv: order.index(kv[0]))
    ]
    return times, (round(median(hire_days), 2) if hire_days else None)


async def _scores(job_ids: list[int]) -> tuple[list[int], dict[str, list[int]]]:
    overall = [0] * 101
    for row in await Application.filter(job_id__in=job_ids, overall_score__not_isnull=True).values(
        "overall_score"
    ):
        overall[min(100, max(0, round(float(row["overall_score"]))))] += 1
    dims: dict[str, list[int]] = {}
    for entries in await Report.filter(
        application__job_id__in=job_ids, is_current=True
    ).values_list("dimensions", flat=True):
        for d in entries or []:
            score = d.get("score")
            if score is None:
                continue
            bins = dims.setdefault(str(d.get("name") or d.get("code")), [0] * 11)
            bins[min(10, max(0, round(float(score))))] += 1
    return overall, dims


async def dashboard(viewer: ConsoleViewer, job_id: int | None = None) -> Dashboard:
    """The figures of one job, or of every job the viewer may see."""
    pass_line: float | None = None
    if job_id is not None:
        job = await visible_job(viewer, job_id)
        job_ids, scope, pass_line = [job.id], job.title, job.pass_line
    else:
        job_ids = [int(r["id"]) for r in await visible_jobs(viewer).values("id")]
        scope = "全部岗位"
    current_rows: list[dict[str, Any]] = (
        await Application.filter(job_id__in=job_ids)
        .annotate(n=Count("id"))
        .group_by("stage")
        .values("stage", "n")
    )
    current = {str(r["stage"]): int(r["n"]) for r in current_rows}
    total = sum(current.values())
    source_rows = (
        await Application.filter(job_id__in=job_ids)
        .annotate(n=Count("id"))
        .group_by("source_channel")
        .values("source_channel", "n")
    )
    sources = {
        SOURCE_LABELS.get(str(r["source_channel"]), str(r["source_channel"])): int(r["n"])
        for r in source_rows
    }
    funnel = await _funnel(job_ids, total)
    started, questions = await _questions(job_ids)
    times, hire = await _times(job_ids)
    overall, dims = await _scores(job_ids)
    return Dashboard(
        scope,
        len(job_ids),
        pass_line,
        funnel,
        current,
        questions,
        started,
        times,
        hire,
        sources,
        overall,
        dims,
    )


def what_if(histogram: list[int], line: float) -> int:
    """How many scored applications reach a pass line (the what-if the page also computes)."""
    return sum(n for score, n in enumerate(histogram) if score >= line)
