"""A job's board: stages as columns, the best candidates of each column first, filters, and
bulk actions through the same use cases as chat (invite, advance, reject)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.console.access import ConsoleViewer, visible_job
from workflows.decisions.policy import Decision
from workflows.decisions.service import decide
from workflows.errors import ValidationFailedError
from workflows.invitations.service import invite_many
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.ranking.filters import RankFilters
from workflows.ranking.service import filtered, ranked_page
from workflows.ranking.views import ReportFacts, current_reports, display_name
from workflows.services import Services
from workflows.staff import policy
from workflows.staff.policy import Action, JobScope

PAGE_SIZE = 20
MAX_BULK = 200


@dataclass(frozen=True, slots=True)
class Column:
    """A board column: its key, label and the stages it holds."""

    key: str
    label: str
    stages: tuple[Stage, ...]


COLUMNS: tuple[Column, ...] = (
    Column("new", "新投递", (Stage.RECEIVED, Stage.SCREENED)),
    Column("invited", "已邀请", (Stage.INVITED, Stage.EXPIRED)),
    Column("interview", "面试中", (Stage.INTERVIEWING, Stage.SUBMITTED)),
    Column("scored", "已评分", (Stage.SCORED,)),
    Column("shortlisted", "进入下一轮", (Stage.SHORTLISTED,)),
    Column(
        "offer",
        "录用",
        (
            Stage.OFFER_PENDING,
            Stage.OFFER_APPROVED,
            Stage.OFFER_DECLINED,
            Stage.ONBOARDING,
            Stage.HIRED,
        ),
    ),
    Column("closed", "已结束", (Stage.REJECTED, Stage.WITHDRAWN)),
)


@dataclass(frozen=True, slots=True)
class BoardFilters:
    """What the board shows: scores, match, no integrity flags, one column, a date range."""

    min_overall: float | None = None
    min_match: float | None = None
    no_integrity_flags: bool = False
    column: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """One application on the board."""

    application_id: int
    name: str
    stage: str
    stage_label: str
    overall_score: float | None
    match_score: float | None
    recommendation: str
    flags: tuple[str, ...]
    integrity_flag: bool
    stage_changed_at: datetime


@dataclass(frozen=True, slots=True)
class BoardColumn:
    """A column with its total and its first cards."""

    key: str
    label: str
    total: int
    cards: list[Card]


@dataclass(frozen=True, slots=True)
class Board:
    """A job's board page."""

    job_id: int
    job_title: str
    pass_line: float
    columns: list[BoardColumn]
    can_act: bool


def _card(app: Application, facts: ReportFacts | None, vault: PiiVault) -> Card:
    stage = Stage(app.stage)
    return Card(
        app.id,
        display_name(vault, app.candidate.name_enc),
        stage.value,
        STAGE_LABELS_ZH[stage],
        app.overall_score,
        app.match_score,
        app.recommendation,
        facts.flags if facts else (),
        facts.integrity if facts else False,
        app.stage_changed_at,
    )


async def _base(
    job_id: int, stages: tuple[Stage, ...], filters: BoardFilters
) -> QuerySet[Application]:
    rank = RankFilters(
        stages=stages,
        min_overall=filters.min_overall,
        min_match=filters.min_match,
        no_integrity_flags=filters.no_integrity_flags,
    )
    base = await filtered(job_id, rank)
    if filters.since is not None:
        base = base.filter(created_at__gte=filters.since)
    if filters.until is not None:
        base = base.filter(created_at__lt=filters.until)
    return base


async def _first_pages(
    job_id: int, columns: list[Column], filters: BoardFilters
) -> list[tuple[Column, list[Application], int]]:
    """Page 1 of every column: one grouped count for all the totals, then each column's best
    keyed applications, topped up with unkeyed ones only where the keyed ones run out."""
    every = tuple(s for c in columns for s in c.stages)
    counts = (
        await (await _base(job_id, every, filters))
        .annotate(n=Count("id"))
        .group_by("stage")
        .values("stage", "n")
    )
    by_stage = {str(r["stage"]): int(r["n"]) for r in counts}
    found: list[tuple[Column, list[Application], int]] = []
    for column in columns:
        total = sum(by_stage.get(s.value, 0) for s in column.stages)
        apps: list[Application] = []
        if total:
            base = await _base(job_id, column.stages, filters)
            apps = list(
                await base.filter(rank_score__isnull=False)
                .order_by("-rank_score", "-id")
                .limit(PAGE_SIZE)
                .prefetch_related("candidate")
            )
            if len(apps) < min(total, PAGE_SIZE):
                apps += await (
                    base.filter(rank_score__isnull=True)
                    .order_by("-id")
                    .limit(PAGE_SIZE - len(apps))
                    .prefetch_related("candidate")
                )
        found.append((column, apps, total))
    return found


async def _column(
    job_id: int, column: Column, filters: BoardFilters, page: int
) -> tuple[Column, list[Application], int]:
    base = await _base(job_id, column.stages, filters)
    apps, total = await ranked_page(base, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    return column, apps, total


async def board(
    viewer: ConsoleViewer,
    job_id: int,
    filters: BoardFilters,
    *,
    vault: PiiVault,
    page: int = 1,
) -> Board:
    """The job's board (first page of each column, or a later page of one); the read is
    audited, since it shows candidates' names."""
    job = await visible_job(viewer, job_id)
    columns = [c for c in COLUMNS if not filters.column or c.key == filters.column]
    if not columns:
        raise ValidationFailedError("unknown column", user_message="看板列不存在")
    page = max(1, page)
    if page == 1:
        found = await _first_pages(job.id, columns, filters)
    else:
        found = [await _column(job.id, c, filters, page) for c in columns]
    facts = await current_reports([a.id for _, apps, _ in found for a in apps])
    out = [
        BoardColumn(c.key, c.label, total, [_card(a, facts.get(a.id), vault) for a in apps])
        for c, apps, total in found
    ]
    shown = sum(len(c.cards) for c in out)
    await record_access(viewer.actor, "console.board.viewed", "job", job.id, count=shown)
    can_act = policy.authorize(viewer.staff, Action.DECIDE, JobScope.of(job)).allowed
    return Board(job.id, job.title, job.pass_line, out, can_act)


@dataclass(frozen=True, slots=True)
class BulkOutcome:
    """What a bulk action did: how many moved, and each refusal with its reason."""

    action: str
    done: int
    failed: list[tuple[int, str]]


BULK_ACTIONS = ("invite", "advance", "reject")


async def bulk_action(
    viewer: ConsoleViewer,
    job_id: int,
    action: str,
    application_ids: list[int],
    *,
    deps: Services,
    reason: str = "",
) -> BulkOutcome:
    """Invite, advance or reject several applications of one job with the chat's use cases
    (the same stage checks, candidate notices and audit)."""
    if action not in BULK_ACTIONS:
        raise ValidationFailedError(f"action {action}", user_message="不支持的批量操作")
    job = await visible_job(viewer, job_id, Action.INVITE if action == "invite" else Action.DECIDE)
    ids = list(dict.fromkeys(application_ids))
    if not 1 <= len(ids) <= MAX_BULK:
        raise ValidationFailedError("bulk size", user_message=f"请选择 1 到 {MAX_BULK} 位候选人")
    mine = {int(r["id"]) for r in await Application.filter(id__in=ids, job_id=job.id).values("id")}
    failed = [(i, "不属于该岗位的申请") for i in ids if i not in mine]
    ids = [i for i in ids if i in mine]
    actor: Actor = viewer.actor
    if action == "invite":
        batch = await invite_many(ids, actor=actor, deps=deps)
        done = len(batch.invited)
        failed += [(int(f.reference.lstrip("#")), f.reason) for f in batch.failed]
    else:
        decision = Decision.ADVANCE if action == "advance" else Decision.REJECT
        text = reason.strip() or ("控制台批量晋级" if action == "advance" else "控制台批量淘汰")
        result = await decide(ids, decision, actor=actor, reason=text, deps=deps)
        done = len(result.done)
        failed += [(o.application_id, o.error) for o in result.failed]
    await record_access(
        actor, f"console.bulk.{action}", "job", job.id, requested=len(application_ids), done=done
    )
    return BulkOutcome(action, done, failed)
