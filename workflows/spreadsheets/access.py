"""Who may see candidates' full contact data in an export (everyone else gets it masked)."""

from __future__ import annotations

from collections.abc import Collection

from workflows.actors import Actor, ActorKind
from workflows.staff.models import Role, Staff

# Roles that see every job's contact data; a job's own HR owner sees that job's.
_CONTACT_ROLES = frozenset({Role.HR_HEAD.value, Role.ADMIN.value})


def may_see_contact(viewer: Actor, viewer_roles: Collection[str], job_owner_id: str | None) -> bool:
    """The job's owner HR, the HR head and admins see full contact data; others see it masked."""
    if viewer.kind is not ActorKind.STAFF:
        return False
    if _CONTACT_ROLES.intersection(viewer_roles):
        return True
    return bool(job_owner_id) and viewer.id == job_owner_id


async def viewer_may_see_contact(viewer: Actor, job_owner_id: str | None) -> bool:
    """`may_see_contact` with the viewer's roles read from the staff table (inactive: none)."""
    if viewer.kind is not ActorKind.STAFF:
        return False
    staff = await Staff.get_or_none(dingtalk_user_id=viewer.id, is_active=True)
    if staff is None:
        return False
    return may_see_contact(viewer, list(staff.roles), job_owner_id)


def mask_email(email: str) -> str:
    """z***@example.com style masking."""
    local, at, domain = email.partition("@")
    if not at:
        return "***" if email else ""
    return f"{local[:1]}***@{domain}"
