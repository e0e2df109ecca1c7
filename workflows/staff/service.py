"""Who is who in the customer's org, as DingHire knows it."""

from __future__ import annotations

from workflows.staff.models import Role, Staff

HR_ROLES = (Role.HR, Role.HR_HEAD, Role.ADMIN)


async def find_staff(dingtalk_user_id: str) -> Staff | None:
    """The active staff member with this DingTalk userId, if any."""
    if not dingtalk_user_id:
        return None
    return await Staff.get_or_none(dingtalk_user_id=dingtalk_user_id, is_active=True)


async def is_hr(dingtalk_user_id: str) -> bool:
    """True for staff who may run HR commands and act on candidate cards."""
    staff = await find_staff(dingtalk_user_id)
    return staff is not None and any(staff.has_role(role) for role in HR_ROLES)


async def list_staff() -> list[Staff]:
    """Every active staff member, by id."""
    return await Staff.filter(is_active=True).order_by("id").prefetch_related("department")


async def staff_by_id(staff_id: int) -> Staff | None:
    """The staff member with this primary key, active or not (None when there is none)."""
    return await Staff.get_or_none(id=staff_id)


async def staff_names(user_ids: list[str]) -> dict[str, str]:
    """Display names of staff by DingTalk userId."""
    rows = await Staff.filter(dingtalk_user_id__in=user_ids)
    return {s.dingtalk_user_id: s.name for s in rows}
