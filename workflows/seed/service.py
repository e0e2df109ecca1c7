"""Load the demo org, jobs, competency models and question sets; safe to run again."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from workflows.jobs.models import (
    CompetencyModel,
    Dimension,
    Job,
    JobStatus,
    Question,
    QuestionSet,
    QuestionSetItem,
    QuestionType,
    RubricLevel,
)
from workflows.offers.training import ensure_default_catalogue
from workflows.seed import demo_data
from workflows.staff.models import Department, Staff


@dataclass(frozen=True, slots=True)
class SeedReport:
    """What the seed created (zero everywhere on a second run)."""

    departments: int
    staff: int
    competency_models: int
    questions: int
    jobs: int


async def seed_demo_if_empty() -> SeedReport | None:
    """Seed the demo org when the database holds no job yet (the local sandbox's first start,
    so a newcomer can click through a hire at once); None when there is data already."""
    if await Job.exists():
        return None
    return await seed_demo()


async def seed_demo(*, only_job: str | None = None) -> SeedReport:
    """Create the demo data that is missing; existing rows are left as they are.

    `only_job` (a job title) seeds just that job, as `dinghire demo` does.
    """
    async with in_transaction():
        depts = await _departments()
        staff = await _staff()
        models = await _competency_models()
        questions = await _questions()
        jobs = await _jobs(only_job)
        await ensure_default_catalogue()  # training courses for new hires' weak dimensions
    return SeedReport(depts, staff, models, questions, jobs)


async def _departments() -> int:
    created = 0
    for row in demo_data.DEPARTMENTS:
        parent = None
        if row["parent"] is not None:
            parent = await Department.get(dingtalk_dept_id=row["parent"])
        _, made = await Department.get_or_create(
            dingtalk_dept_id=row["dingtalk_dept_id"],
            defaults={"name": row["name"], "parent": parent},
        )
        created += int(made)
    return created


async def _staff() -> int:
    created = 0
    for row in demo_data.STAFF:
        dept = await Department.get(dingtalk_dept_id=row["dept"])
        _, made = await Staff.get_or_create(
            dingtalk_user_id=row["dingtalk_user_id"],
            defaults={
                "name": row["name"],
                "title": row["title"],
                "roles": row["roles"],
                "department": dept,
            },
        )
        created += int(made)
    return created


async def _competency_models() -> int:
    created = 0
    for spec in demo_data.COMPETENCY_MODELS:
        model, made = await CompetencyModel.get_or_create(
            name=spec["name"],
            defaults={"description": spec["description"], "requirements": spec["requirements"]},
        )
        if not made:
            continue
        created += 1
        for code, weight in spec["dimensions"].items():
            dim_spec = demo_data.DIMENSIONS[code]
            dim = await Dimension.create(
                competency_model=model,
                code=code,
                name=dim_spec["name"],
                description=dim_spec["description"],
                weight=weight,
            )
            for level in dim_spec["levels"]:
                await RubricLevel.create(
                    dimension=dim,
                    level=level["level"],
                    label=level["label"],
                    indicators=level["indicators"],
                )
    return created


async def _questions() -> int:
    created = 0
    for spec in demo_data.QUESTIONS:
        if await Question.exists(text=spec["text"]):
            continue
        await Question.create(
            type=QuestionType(spec["type"]),
            text=spec["text"],
            think_time_s=spec["think"],
            answer_time_s=spec["answer"],
            difficulty=spec["difficulty"],
            equivalence_group=spec["group"],
            dimension_codes=spec["dims"],
            exemplar_answers=spec["exemplars"],
            follow_up_templates=spec["follow_ups"],
            allow_follow_up=bool(spec["follow_ups"]),
        )
        created += 1
    return created


async def _jobs(only: str | None = None) -> int:
    by_key = {q["key"]: q["text"] for q in demo_data.QUESTIONS}
    created = 0
    for spec in demo_data.JOBS:
        if only is not None and spec["title"] != only:
            continue
        if await Job.exists(title=spec["title"]):
            continue
        qset = await QuestionSet.create(name=f"{spec['title']}面试题本")
        for position, keys in enumerate(spec["questions"]):
            # "a|b" lists equivalent questions: the set holds the first; a draw picks in its group.
            first = keys.split("|")[0]
            question = await Question.get(text=by_key[first])
            await QuestionSetItem.create(question_set=qset, position=position, question=question)
        await Job.create(
            title=spec["title"],
            department=await Department.get(dingtalk_dept_id=spec["dept"]),
            owner=await Staff.get(dingtalk_user_id=spec["owner"]),
            hiring_manager=await Staff.get(dingtalk_user_id=spec["manager"]),
            headcount=spec["headcount"],
            status=JobStatus.OPEN,
            city=spec["city"],
            description=spec["description"],
            competency_model=await CompetencyModel.get(name=spec["model"]),
            question_set=qset,
            pass_line=spec["pass_line"],
            salary_band=spec["salary_band"],
        )
        created += 1
    return created
