"""The records the outcome analyses read: per application its job family, the stages it reached,
its current report's scores and, for hires, what became of them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import HAPPY_PATH, Stage
from workflows.assessments.models import Report
from workflows.jobs.models import CompetencyModel, Job
from workflows.outcomes.models import HireOutcome, PerformanceRating, ProbationResult

RETENTION_DAYS = 365
# Decision points for fairness: (label, stage that must be reached to be considered, stage that
# counts as advanced). A rejection after the first stage and before the second is "not advanced".
DECISIONS: tuple[tuple[str, Stage, Stage], ...] = (
    ("初筛", Stage.SCREENED, Stage.INVITED),
    ("面试评估", Stage.SCORED, Stage.SHORTLISTED),
    ("录用", Stage.SHORTLISTED, Stage.OFFER_APPROVED),
)
OUTCOME_LABELS = {"performance": "绩效", "probation": "试用期通过", "retention": "一年留任"}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of a hire, as numbers the validity analysis can correlate."""

    performance: float | None  # mean rating 1..5
    probation: float | None  # 1 passed, 0 failed, None pending/extended
    retention: float | None  # 1 stayed a year, 0 left within it, None too early to tell

    def value(self, measure: str) -> float | None:
        """One measure by name (performance / probation / retention)."""
        return {
            "performance": self.performance,
            "probation": self.probation,
            "retention": self.retention,
        }[measure]


@dataclass(frozen=True, slots=True)
class Record:
    """One application as the analyses see it."""

    application_id: int
    candidate_id: int
    job_id: int
    family: str  # the competency model's name (a job family), else the job title
    created_at: datetime
    reached: frozenset[str]
    stage: str
    overall: float | None
    match: float | None
    dimensions: dict[str, float] = field(default_factory=dict)  # by dimension name
    outcome: Outcome | None = None
    asr_confidence: float | None = None

    def decision(self, considered: Stage, advanced: Stage) -> bool | None:
        """True advanced, False rejected at this point, None not there or still pending."""
        if considered.value not in self.reached:
            return None
        if advanced.value in self.reached:
            return True
        return False if self.stage == Stage.REJECTED.value else None


# The main path of the state machine, in order.
MAIN_PATH = HAPPY_PATH


def implied(stages: set[str]) -> set[str]:
    """The stages plus every earlier stage of the main path (reaching one passes the others)."""
    order = [s.value for s in MAIN_PATH]
    furthest = max((order.index(s) for s in stages if s in order), default=-1)
    return stages | set(order[: furthest + 1])


def _outcome(row: HireOutcome, ratings: list[float], today: date) -> Outcome:
    perf = sum(ratings) / len(ratings) if ratings else None
    probation = {ProbationResult.PASSED: 1.0, ProbationResult.FAILED: 0.0}.get(row.probation)
    retention: float | None = None
    if row.hired_on is not None:
        if row.left_on is not None:
            retention = 1.0 if (row.left_on - row.hired_on).days >= RETENTION_DAYS else 0.0
        elif (today - row.hired_on).days >= RETENTION_DAYS:
            retention = 1.0
    return Outcome(perf, probation, retention)


async def load_records(
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    today: date | None = None,
) -> list[Record]:
    """Every application created in [since, until) with its scores, stages and outcome."""
    query = Application.all()
    if since is not None:
        query = query.filter(created_at__gte=since)
    if until is not None:
        query = query.filter(created_at__lt=until)
    apps = await query.order_by("id")
    if not apps:
        return []
    ids = [a.id for a in apps]
    reached: dict[int, set[str]] = defaultdict(set)
    for app_id, from_stage, to_stage in await StageHistory.filter(
        application_id__in=ids
    ).values_list("application_id", "from_stage", "to_stage"):
        reached[int(app_id)].update(str(s) for s in (from_stage, to_stage) if s)
    reports = {
        int(r.application_id): r  # type: ignore[attr-defined]
        for r in await Report.filter(application_id__in=ids, is_current=True)
    }
    jobs = {j.id: j for j in await Job.filter(id__in={a.job_id for a in apps})}  # type: ignore[attr-defined]
    models = {
        m.id: m.name
        for m in await CompetencyModel.filter(
            id__in={j.competency_model_id for j in jobs.values() if j.competency_model_id}  # type: ignore[attr-defined]
        )
    }
    outcomes = {int(o.application_id): o for o in await HireOutcome.filter(application_id__in=ids)}  # type: ignore[attr-defined]
    ratings: dict[int, list[float]] = defaultdict(list)
    if outcomes:
        by_outcome = {o.id: app_id for app_id, o in outcomes.items()}
        for outcome_id, value in await PerformanceRating.filter(
            outcome_id__in=list(by_outcome)
        ).values_list("outcome_id", "value"):
            ratings[by_outcome[int(outcome_id)]].append(float(value))
    day = today or date.today()
    out = []
    for a in apps:
        job = jobs[int(a.job_id)]  # type: ignore[attr-defined]
        report = reports.get(a.id)
        dims = {}
        if report is not None:
            dims = {
                str(d.get("name") or d.get("code")): float(d["score"])
                for d in report.dimensions
                if d.get("score") is not None
            }
        stages = implied(reached[a.id] | {a.stage.value})
        row = outcomes.get(a.id)
        out.append(
            Record(
                application_id=a.id,
                candidate_id=int(a.candidate_id),  # type: ignore[attr-defined]
                job_id=job.id,
                family=models.get(job.competency_model_id or 0, job.title),  # type: ignore[attr-defined]
                created_at=a.created_at,
                reached=frozenset(stages),
                stage=a.stage.value,
                overall=a.overall_score,
                match=a.match_score,
                dimensions=dims,
                outcome=_outcome(row, ratings[a.id], day) if row is not None else None,
            )
        )
    return out
