"""Question sets in the console: ordered questions or draw-from-group slots, time estimate,
and a preview drawn exactly as an interview draws its plan."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from workflows.console.access import ConsoleViewer, audit_change, require_configure
from workflows.console.questions import TYPE_LABELS
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.interviews.plan import draw_plan
from workflows.jobs.models import Job, Question, QuestionSet, QuestionSetItem, QuestionType

MAX_ITEMS = 20


@dataclass(frozen=True, slots=True)
class SetItemView:
    """One slot of a set: a fixed question, or a draw from its equivalence group."""

    position: int
    question_id: int
    text: str
    type_label: str
    group: str
    group_size: int
    think_time_s: int
    answer_time_s: int


@dataclass(frozen=True, slots=True)
class SetSummary:
    """A set in the list."""

    id: int
    name: str
    items: int
    jobs: int


@dataclass(frozen=True, slots=True)
class SetDetail:
    """A set with its slots and the time a candidate needs at most."""

    id: int
    name: str
    description: str
    items: list[SetItemView]
    total_seconds: int


@dataclass(frozen=True, slots=True)
class PreviewNode:
    """A question as the candidate sees it in the interview."""

    number: int
    kind: str
    text: str
    think_s: int
    answer_s: int
    retakes_allowed: int


@dataclass(frozen=True, slots=True)
class SetPreview:
    """One drawn interview plan and its total time."""

    name: str
    nodes: list[PreviewNode]
    total_seconds: int


async def list_sets() -> list[SetSummary]:
    """Every question set, newest first."""
    sets = await QuestionSet.all().order_by("-id").prefetch_related("items")
    used: dict[int, int] = {}
    for row in await Job.filter(question_set_id__not_isnull=True).values("question_set_id"):
        used[int(row["question_set_id"])] = used.get(int(row["question_set_id"]), 0) + 1
    return [SetSummary(s.id, s.name, len(s.items), used.get(s.id, 0)) for s in sets]


async def get_set(set_id: int) -> SetDetail:
    """A set with its slots; NotFoundError when gone."""
    qset = await QuestionSet.get_or_none(id=set_id)
    if qset is None:
        raise NotFoundError(f"set {set_id}", user_message="找不到该题本")
    items = (
        await QuestionSetItem.filter(question_set_id=set_id)
        .order_by("position")
        .prefetch_related("question")
    )
    groups = {i.question.equivalence_group for i in items if i.question.equivalence_group}
    sizes: dict[str, int] = {}
    for row in await Question.filter(equivalence_group__in=list(groups)).values(
        "equivalence_group"
    ):
        sizes[row["equivalence_group"]] = sizes.get(row["equivalence_group"], 0) + 1
    views = [
        SetItemView(
            i.position,
            i.question.id,
            i.question.text,
            TYPE_LABELS[QuestionType(i.question.type)],
            i.question.equivalence_group,
            sizes.get(i.question.equivalence_group, 1),
            i.question.think_time_s,
            i.question.answer_time_s,
        )
        for i in items
    ]
    total = sum(v.think_time_s + v.answer_time_s for v in views)
    return SetDetail(qset.id, qset.name, qset.description, views, total)


async def save_set(
    viewer: ConsoleViewer,
    set_id: int | None,
    *,
    name: str,
    description: str,
    question_ids: list[int],
) -> SetDetail:
    """Create or replace a set's name and ordered slots (audited)."""
    await require_configure(viewer)
    name = name.strip()
    if not name:
        raise ValidationFailedError("set name empty", user_message="请填写题本名称")
    ids = list(dict.fromkeys(question_ids))
    if not 1 <= len(ids) <= MAX_ITEMS:
        raise ValidationFailedError("set size", user_message=f"题本需包含 1 到 {MAX_ITEMS} 道题")
    found = {q.id for q in await Question.filter(id__in=ids)}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise ValidationFailedError(
            "unknown questions", user_message="题目不存在：" + "、".join(missing)
        )
    if await QuestionSet.filter(name=name).exclude(id=set_id or 0).exists():
        raise ConflictError("set name taken", user_message=f"已有名为「{name}」的题本")
    async with in_transaction() as conn:
        if set_id is None:
            qset = await QuestionSet.create(using_db=conn, name=name, description=description)
        else:
            got = await QuestionSet.filter(id=set_id).using_db(conn).first()
            if got is None:
                raise NotFoundError(f"set {set_id}", user_message="找不到该题本")
            qset = got
            qset.name, qset.description = name, description
            await qset.save(using_db=conn)
            await QuestionSetItem.filter(question_set_id=qset.id).using_db(conn).delete()
        for position, qid in enumerate(ids):
            await QuestionSetItem.create(
                using_db=conn, question_set_id=qset.id, question_id=qid, position=position
            )
    action = "set.created" if set_id is None else "set.updated"
    await audit_change(viewer, action, "question_set", qset.id, questions=len(ids))
    return await get_set(qset.id)


async def preview_set(set_id: int, *, years_experience: float | None = None) -> SetPreview:
    """Draw the plan a candidate with this experience would get (a fixed seed)."""
    detail = await get_set(set_id)
    nodes = await draw_plan(set_id, years_experience, seed=set_id)
    shown = [
        PreviewNode(
            n + 1,
            "自我介绍" if node["kind"] == "self_introduction" else "面试题",
            str(node["text"]),
            int(node["think_s"]),
            int(node["answer_s"]),
            int(node["retakes_allowed"]),
        )
        for n, node in enumerate(nodes)
    ]
    total = sum(p.think_s + p.answer_s for p in shown)
    return SetPreview(detail.name, shown, total)
