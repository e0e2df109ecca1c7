"""People in the console: staff with their departments and roles; the HR head and admins
assign roles here (audited). A manager's scope is the jobs they manage (see access.py)."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.console.access import ConsoleViewer, audit_change, require
from workflows.errors import NotFoundError, PermissionDeniedError, ValidationFailedError
from workflows.staff import policy
from workflows.staff.models import Role, Staff
from workflows.staff.policy import Action

ROLE_LABELS: dict[Role, str] = {
    Role.HR: "HR",
    Role.HR_HEAD: "HR 负责人",
    Role.MANAGER: "用人经理",
    Role.INTERVIEWER: "面试官",
    Role.ADMIN: "管理员",
}
LAST_ADMIN_MESSAGE = "不能取消自己的管理员角色，请由另一位管理员操作"


@dataclass(frozen=True, slots=True)
class Person:
    """A staff member as the people page lists them."""

    id: int
    user_id: str
    name: str
    title: str
    department: str
    roles: list[str]
    managed_jobs: int


@dataclass(frozen=True, slots=True)
class People:
    """Everyone, the roles there are, and whether the viewer may assign them."""

    people: list[Person]
    roles: list[tuple[str, str]]
    can_assign: bool


def may_assign(viewer: ConsoleViewer) -> bool:
    """The HR head and admins assign roles (the role matrix's ASSIGN_ROLES)."""
    return policy.authorize(viewer.staff, Action.ASSIGN_ROLES).allowed


async def list_people(viewer: ConsoleViewer) -> People:
    """Active staff with departments and roles (HR, HR head and admins only)."""
    if not viewer.configure:
        raise PermissionDeniedError("people", user_message="只有 HR 可以查看人员与角色")
    staff = (
        await Staff.filter(is_active=True)
        .order_by("id")
        .prefetch_related("department", "managed_jobs")
    )
    people = [
        Person(
            s.id,
            s.dingtalk_user_id,
            s.name,
            s.title,
            s.department.name if s.department else "",
            list(s.roles),
            len(s.managed_jobs),  # type: ignore[attr-defined]
        )
        for s in staff
    ]
    roles = [(r.value, label) for r, label in ROLE_LABELS.items()]
    return People(people, roles, may_assign(viewer))


async def set_roles(viewer: ConsoleViewer, staff_id: int, roles: list[str]) -> Person:
    """Replace a staff member's roles (audited with before and after)."""
    await require(viewer, Action.ASSIGN_ROLES)
    unknown = [r for r in roles if r not in {x.value for x in Role}]
    if unknown:
        message = "未知角色：" + "、".join(unknown)
        raise ValidationFailedError(f"roles {unknown}", user_message=message)
    staff = await Staff.get_or_none(id=staff_id, is_active=True).prefetch_related("department")
    if staff is None:
        raise NotFoundError(f"staff {staff_id}", user_message="找不到该成员")
    ordered: list[str] = [str(r.value) for r in Role if r.value in roles]
    own_admin = staff.id == viewer.staff_id and Role.ADMIN.value in staff.roles
    if own_admin and Role.ADMIN.value not in ordered:
        raise ValidationFailedError("own admin", user_message=LAST_ADMIN_MESSAGE)
    before = list(staff.roles)
    staff.roles = ordered
    await staff.save(update_fields=["roles", "updated_at"])
    await audit_change(viewer, "roles.changed", "staff", staff.id, before=before, after=ordered)
    jobs = await staff.managed_jobs.all().count()  # type: ignore[attr-defined]
    return Person(
        staff.id,
        staff.dingtalk_user_id,
        staff.name,
        staff.title,
        staff.department.name if staff.department else "",
        ordered,
        jobs,
    )
