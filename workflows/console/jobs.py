"""Jobs in the console: the list the viewer may see, one job's settings, create and edit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from tortoise.functions import Count

from analysis.matching import parse_requirements
from analysis.matching.requirements import RequirementsError
from workflows.applications.models import Application
from workflows.console.access import (
    ConsoleViewer,
    audit_change,
    require_configure,
    visible_job,
    visible_jobs,
)
from workflows.errors import ValidationFailedError
from workflows.jobs.models import CompetencyModel, Job, JobStatus, QuestionSet
from workflows.offers.salary import LEVELS as SALARY_LEVELS
from workflows.staff.models import Department, Staff
from workflows.staff.policy import Action

STATUS_LABELS: dict[JobStatus, str] = {
    JobStatus.DRAFT: "草稿",
    JobStatus.OPEN: "招聘中",
    JobStatus.PAUSED: "已暂停",
    JobStatus.CLOSED: "已关闭",
}
APPROVAL_MODES = ("AND", "OR", "NONE")


@dataclass(frozen=True, slots=True)
class JobForm:
    """Every setting of a job as the form sends it (ids for the related rows)."""

    title: str
    department_id: int | None = None
    city: str = ""
    headcount: int = 1
    description: str = ""
    requirements: dict[str, Any] = field(default_factory=dict)
    owner_id: int | None = None
    hiring_manager_id: int | None = None
    competency_model_id: int | None = None
    question_set_id: int | None = None
    pass_line: float = 60.0
    auto_advance: bool = False
    auto_reject: bool = False
    offer_approvers: list[dict[str, Any]] = field(default_factory=list)
    salary_band: dict[str, list[int]] = field(default_factory=dict)
    invite_ttl_hours: int | None = None
    interview_closes_at: datetime | None = None
    status: JobStatus = JobStatus.OPEN


@dataclass(frozen=True, slots=True)
class JobRow:
    """A job in the list, with its pipeline size."""

    id: int
    title: str
    department: str
    city: str
    headcount: int
    status: str
    status_label: str
    applications: int
    in_progress: int


@dataclass(frozen=True, slots=True)
class JobDetail:
    """One job's settings (the form's values) plus display names."""

    id: int
    form: JobForm
    department: str
    owner: str
    hiring_manager: str
    competency_model: str
    question_set: str


_ACTIVE = ("received", "screened", "invited", "interviewing", "submitted", "scored", "shortlisted")


async def list_jobs(viewer: ConsoleViewer) -> list[JobRow]:
    """The jobs the viewer may see, newest first, with application counts (one grouped query)."""
    jobs = await visible_jobs(viewer).order_by("-id").prefetch_related("department")
    rows = (
        await Application.filter(job_id__in=[j.id for j in jobs])
        .annotate(n=Count("id"))
        .group_by("job_id", "stage")
        .values("job_id", "stage", "n")
    )
    total: Counter[int] = Counter()
    active: Counter[int] = Counter()
    for row in rows:
        total[row["job_id"]] += int(row["n"])
        if row["stage"] in _ACTIVE:
            active[row["job_id"]] += int(row["n"])
    return [
        JobRow(
            j.id,
            j.title,
            j.department.name if j.department else "",
            j.city,
            j.headcount,
            JobStatus(j.status).value,
            STATUS_LABELS[JobStatus(j.status)],
            total[j.id],
            active[j.id],
        )
        for j in jobs
    ]


def _form(job: Job) -> JobForm:
    return JobForm(
        title=job.title,
        department_id=job.department_id,  # type: ignore[attr-defined]
        city=job.city,
        headcount=job.headcount,
        description=job.description,
        requirements=dict(job.requirements),
        owner_id=job.owner_id,  # type: ignore[attr-defined]
        hiring_manager_id=job.hiring_manager_id,  # type: ignore[attr-defined]
        competency_model_id=job.competency_model_id,  # type: ignore[attr-defined]
        question_set_id=job.question_set_id,  # type: ignore[attr-defined]
        pass_line=job.pass_line,
        auto_advance=job.auto_advance,
        auto_reject=job.auto_reject,
        offer_approvers=list(job.offer_approvers),
        salary_band=dict(job.salary_band),
        invite_ttl_hours=job.invite_ttl_hours,
        interview_closes_at=job.interview_closes_at,
        status=JobStatus(job.status),
    )


async def get_job(viewer: ConsoleViewer, job_id: int) -> JobDetail:
    """One job the viewer may see, with its settings."""
    job = await visible_job(viewer, job_id)
    await job.fetch_related(
        "department", "owner", "hiring_manager", "competency_model", "question_set"
    )
    return JobDetail(
        job.id,
        _form(job),
        job.department.name if job.department else "",
        job.owner.name if job.owner else "",
        job.hiring_manager.name if job.hiring_manager else "",
        job.competency_model.name if job.competency_model else "",
        job.question_set.name if job.question_set else "",
    )


async def _exists(model: Any, key: int | None) -> bool:
    return key is None or bool(await model.exists(id=key))


def _check_approvers(steps: list[dict[str, Any]], errors: list[str]) -> None:
    for n, step in enumerate(steps, start=1):
        users = step.get("user_ids")
        if not isinstance(users, list) or not users or not all(isinstance(u, str) for u in users):
            errors.append(f"第 {n} 级审批需至少指定一位审批人")
        if step.get("mode", "AND") not in APPROVAL_MODES:
            errors.append(f"第 {n} 级审批方式需为 会签(AND)/或签(OR)/NONE")


def _check_band(band: dict[str, list[int]], errors: list[str]) -> None:
    for level, pair in band.items():
        if level not in SALARY_LEVELS:
            errors.append(f"薪资级别「{level}」无效，可用：" + "/".join(SALARY_LEVELS))
        elif len(pair) != 2 or not 500 <= pair[0] <= pair[1] <= 1_000_000:
            errors.append(f"「{level}」月薪范围需为 500 到 1000000 元，且下限不高于上限")


async def validate_job(form: JobForm, now: datetime) -> list[str]:
    """Every problem of a job form, in Chinese (empty: valid)."""
    errors: list[str] = []
    if not form.title.strip() or len(form.title.strip()) > 128:
        errors.append("请填写岗位名称（最多 128 字）")
    if not 1 <= form.headcount <= 10_000:
        errors.append("招聘人数需在 1 到 10000 之间")
    if not 0 <= form.pass_line <= 100:
        errors.append("及格线需在 0 到 100 之间")
    if form.auto_advance and form.auto_reject and form.pass_line <= 0:
        errors.append("自动淘汰需要大于 0 的及格线")
    if form.invite_ttl_hours is not None and not 1 <= form.invite_ttl_hours <= 24 * 60:
        errors.append("面试邀请有效期需在 1 小时到 60 天之间")
    if form.interview_closes_at is not None and form.interview_closes_at <= now:
        errors.append("面试截止时间需晚于现在")
    for model, key, label in (
        (Department, form.department_id, "部门"),
        (Staff, form.owner_id, "负责 HR"),
        (Staff, form.hiring_manager_id, "用人经理"),
        (CompetencyModel, form.competency_model_id, "能力模型"),
        (QuestionSet, form.question_set_id, "题本"),
    ):
        if not await _exists(model, key):
            errors.append(f"所选{label}不存在")
    if form.requirements:
        try:
            parse_requirements(form.requirements)
        except RequirementsError as exc:
            errors.append(f"简历要求格式不正确：{exc}")
    _check_approvers(form.offer_approvers, errors)
    _check_band(form.salary_band, errors)
    return errors


def _values(form: JobForm) -> dict[str, Any]:
    return {
        "title": form.title.strip(),
        "department_id": form.department_id,
        "city": form.city.strip(),
        "headcount": form.headcount,
        "description": form.description.strip(),
        "requirements": form.requirements,
        "owner_id": form.owner_id,
        "hiring_manager_id": form.hiring_manager_id,
        "competency_model_id": form.competency_model_id,
        "question_set_id": form.question_set_id,
        "pass_line": form.pass_line,
        "auto_advance": form.auto_advance,
        "auto_reject": form.auto_reject,
        "offer_approvers": form.offer_approvers,
        "salary_band": form.salary_band,
        "invite_ttl_hours": form.invite_ttl_hours,
        "interview_closes_at": form.interview_closes_at,
        "status": form.status,
    }


async def _check(form: JobForm, now: datetime) -> None:
    errors = await validate_job(form, now)
    if errors:
        raise ValidationFailedError("job invalid", user_message="；".join(errors))


async def create_job(viewer: ConsoleViewer, form: JobForm, *, now: datetime) -> JobDetail:
    """Create a job (audited); the signed-in HR owns it unless another owner is chosen."""
    await require_configure(viewer)
    if form.owner_id is None:
        form = replace(form, owner_id=viewer.staff_id)
    await _check(form, now)
    job = await Job.create(**_values(form))
    await audit_change(viewer, "job.created", "job", job.id, status=form.status.value)
    return await get_job(viewer, job.id)


async def update_job(
    viewer: ConsoleViewer, job_id: int, form: JobForm, *, now: datetime
) -> JobDetail:
    """Replace a job's settings (audited, with the names of the changed fields)."""
    job = await visible_job(viewer, job_id, Action.EDIT_JOB_RULES)
    if form.owner_id is None:
        # "Nobody chosen" keeps the owner the job has (who may not hold an HR role any more).
        form = replace(form, owner_id=job.owner_id)  # type: ignore[attr-defined]
    await _check(form, now)
    before = _values(_form(job))
    after = _values(form)
    changed = sorted(k for k in after if before.get(k) != after[k])
    job.update_from_dict(after)
    await job.save()
    await audit_change(viewer, "job.updated", "job", job.id, fields=changed)
    return await get_job(viewer, job.id)


@dataclass(frozen=True, slots=True)
class Choice:
    """An option of a select in the forms."""

    id: int
    label: str


@dataclass(frozen=True, slots=True)
class FormChoices:
    """What the job form can pick from."""

    departments: list[Choice]
    hr: list[Choice]
    managers: list[Choice]
    models: list[Choice]
    sets: list[Choice]


async def form_choices() -> FormChoices:
    """Departments, staff by role, competency models and question sets for the job form."""
    staff = await Staff.filter(is_active=True).order_by("id")
    hr = [Choice(s.id, s.name) for s in staff if {"hr", "hr_head", "admin"} & set(s.roles)]
    managers = [Choice(s.id, s.name) for s in staff if "manager" in s.roles]
    return FormChoices(
        [Choice(d.id, d.name) for d in await Department.all().order_by("id")],
        hr,
        managers,
        [Choice(m.id, m.name) for m in await CompetencyModel.all().order_by("-id")],
        [Choice(s.id, s.name) for s in await QuestionSet.all().order_by("-id")],
    )
