"""Who may see and change what in the console.

A small scope check until the shared role policy lands: HR, the HR head and admins see and
configure every job; a hiring manager sees only the jobs they manage (read only); any other
member of the org sees nothing. Every change is written to the audit log by `audit_change`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.queryset import QuerySet

from workflows.actors import Actor
from workflows.errors import NotFoundError, PermissionDeniedError
from workflows.jobs.models import Job
from workflows.privacy.audit import record_access
from workflows.staff.models import Role, Staff

NO_CONSOLE_MESSAGE = "你没有招聘控制台的访问权限，如需开通请联系 HR 负责人"
READ_ONLY_MESSAGE = "你只能查看自己负责的岗位，配置与批量操作请联系 HR"
JOB_HIDDEN_MESSAGE = "找不到该岗位，或你无权查看"
LINK_SESSION_MESSAGE = "报告链接登录只能查看该份报告，请在钉钉工作台中打开招聘控制台"

_CONFIGURE_ROLES = (Role.HR, Role.HR_HEAD, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class ConsoleViewer:
    """The signed-in staff member as the console sees them."""

    staff_id: int
    user_id: str
    name: str
    roles: tuple[str, ...]
    configure: bool  # may change configuration and act on every job
    manager: bool  # sees the jobs they manage

    @property
    def actor(self) -> Actor:
        """The audit actor of this viewer."""
        return Actor.staff(self.user_id)

    @property
    def role_label(self) -> str:
        """How the console names the viewer's access (Chinese)."""
        if Role.ADMIN.value in self.roles:
            return "管理员"
        if Role.HR_HEAD.value in self.roles:
            return "HR 负责人"
        if self.configure:
            return "HR"
        return "用人经理"


def console_viewer(staff: Staff, *, link_scope: int | None = None) -> ConsoleViewer:
    """The viewer for a signed-in staff member; PermissionDeniedError for anyone else."""
    if link_scope is not None:
        raise PermissionDeniedError("report-link session", user_message=LINK_SESSION_MESSAGE)
    configure = any(staff.has_role(r) for r in _CONFIGURE_ROLES)
    manager = staff.has_role(Role.MANAGER)
    if not staff.is_active or not (configure or manager):
        raise PermissionDeniedError(
            f"staff {staff.id} has no console role", user_message=NO_CONSOLE_MESSAGE
        )
    return ConsoleViewer(
        staff.id, staff.dingtalk_user_id, staff.name, tuple(staff.roles), configure, manager
    )


def require_configure(viewer: ConsoleViewer) -> None:
    """Refuse configuration changes and bulk actions to read-only viewers."""
    if not viewer.configure:
        raise PermissionDeniedError(
            f"staff {viewer.staff_id} may not configure", user_message=READ_ONLY_MESSAGE
        )


def visible_jobs(viewer: ConsoleViewer) -> QuerySet[Job]:
    """The jobs this viewer may see."""
    if viewer.configure:
        return Job.all()
    return Job.filter(hiring_manager_id=viewer.staff_id)


async def visible_job(viewer: ConsoleViewer, job_id: int) -> Job:
    """One job the viewer may see; NotFoundError otherwise (no hint that it exists)."""
    job = await visible_jobs(viewer).get_or_none(id=job_id)
    if job is None:
        raise NotFoundError(f"job {job_id} hidden or gone", user_message=JOB_HIDDEN_MESSAGE)
    return job


async def audit_change(
    viewer: ConsoleViewer, action: str, subject_type: str, subject_id: str | int, **detail: Any
) -> None:
    """Record one console change (no personal data in `detail`)."""
    await record_access(viewer.actor, f"console.{action}", subject_type, subject_id, **detail)
