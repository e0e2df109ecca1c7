"""Who may see and change what in the console: the shared role matrix (workflows.staff.policy).

HR heads and admins see every job; HR see the jobs they own and their department's (a job or a
member without a department is org-wide); a hiring manager sees the jobs they manage, read only;
anyone else in the org sees no console. Each action asks the matrix (a refusal is audited with
the matrix's Chinese reason), and every change is written to the audit log by `audit_change`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from workflows.actors import Actor
from workflows.errors import NotFoundError, PermissionDeniedError
from workflows.jobs.models import Job
from workflows.privacy.audit import record_access
from workflows.staff import policy
from workflows.staff.models import Role, Staff
from workflows.staff.policy import Action, JobScope

NO_CONSOLE_MESSAGE = "你没有招聘控制台的访问权限，如需开通请联系 HR 负责人"
JOB_GONE_MESSAGE = "找不到该岗位"
LINK_SESSION_MESSAGE = "报告链接登录只能查看该份报告，请在钉钉工作台中打开招聘控制台"


@dataclass(frozen=True, slots=True)
class ConsoleViewer:
    """The signed-in staff member as the console sees them."""

    staff: Staff
    configure: bool  # may change configuration (models, questions, sets, jobs)

    @property
    def staff_id(self) -> int:
        """The staff row's id."""
        return self.staff.id

    @property
    def name(self) -> str:
        """Display name."""
        return self.staff.name

    @property
    def roles(self) -> tuple[str, ...]:
        """Role values as stored."""
        return tuple(self.staff.roles)

    @property
    def actor(self) -> Actor:
        """The audit actor of this viewer."""
        return Actor.staff(self.staff.dingtalk_user_id)

    @property
    def role_label(self) -> str:
        """How the console names the viewer's access (Chinese): their highest role."""
        for role in (Role.ADMIN, Role.HR_HEAD, Role.HR, Role.MANAGER):
            if role.value in self.staff.roles:
                return policy.ROLE_LABELS[role]
        return ""


def console_viewer(staff: Staff, *, link_scope: int | None = None) -> ConsoleViewer:
    """The viewer for a signed-in staff member; PermissionDeniedError for anyone who may not
    list jobs (employees without a role, interviewers) or a report-link session."""
    if link_scope is not None:
        raise PermissionDeniedError("report-link session", user_message=LINK_SESSION_MESSAGE)
    roles = set(staff.roles)
    if not staff.is_active or not roles & {r.value for r in (*_FULL, Role.HR, Role.MANAGER)}:
        raise PermissionDeniedError(
            f"staff {staff.id} has no console role", user_message=NO_CONSOLE_MESSAGE
        )
    configure = policy.authorize(staff, Action.EDIT_JOB_RULES).allowed
    return ConsoleViewer(staff, configure)


_FULL = (Role.ADMIN, Role.HR_HEAD)


async def require(viewer: ConsoleViewer, action: Action, job: Job | None = None) -> None:
    """Ask the role matrix (on `job` when given); a refusal is audited and raised."""
    scope = JobScope.of(job) if job is not None else None
    await policy.require(viewer.staff, action, scope, actor=viewer.actor)


async def require_configure(viewer: ConsoleViewer) -> None:
    """Refuse configuration changes to viewers whose roles may not edit jobs."""
    await require(viewer, Action.EDIT_JOB_RULES)


def visible_jobs(viewer: ConsoleViewer) -> QuerySet[Job]:
    """The jobs this viewer may see, as one query (the matrix's scope rules)."""
    staff = viewer.staff
    roles = set(staff.roles)
    if roles & {r.value for r in _FULL}:
        return Job.all()
    dept: int | None = staff.department_id  # type: ignore[attr-defined]
    conditions: list[Q] = []
    if Role.HR.value in roles:
        if dept is None:
            return Job.all()
        conditions += [Q(owner_id=staff.id), Q(department_id__isnull=True), Q(department_id=dept)]
    if Role.MANAGER.value in roles:
        conditions.append(Q(hiring_manager_id=staff.id))
    if not conditions:
        return Job.filter(id=-1)
    return Job.filter(Q(*conditions, join_type="OR"))


async def visible_job(
    viewer: ConsoleViewer, job_id: int, action: Action = Action.VIEW_RANKING
) -> Job:
    """One job for `action`; NotFoundError when gone, PermissionDeniedError (audited) when the
    matrix refuses it."""
    job = await Job.get_or_none(id=job_id)
    if job is None:
        raise NotFoundError(f"job {job_id} gone", user_message=JOB_GONE_MESSAGE)
    await require(viewer, action, job)
    return job


async def audit_change(
    viewer: ConsoleViewer, action: str, subject_type: str, subject_id: str | int, **detail: Any
) -> None:
    """Record one console change (no personal data in `detail`)."""
    await record_access(viewer.actor, f"console.{action}", subject_type, subject_id, **detail)
