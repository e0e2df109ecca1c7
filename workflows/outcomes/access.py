"""Who may see demographic data and the fairness figures: the HR head and admins only. Every
read is written to the audit log."""

from __future__ import annotations

from workflows.actors import Actor, ActorKind
from workflows.errors import PermissionDeniedError
from workflows.staff.models import Staff
from workflows.staff.policy import Action, role_allows

DENIED = "公平性分析涉及候选人的性别、年龄等敏感信息，仅 HR 负责人和管理员可以查看或导入。"


async def may_see_fairness(actor: Actor) -> bool:
    """True for the HR head and admins (active staff); the system itself may build reports."""
    if actor.kind is ActorKind.SYSTEM:
        return True
    if actor.kind is not ActorKind.STAFF:
        return False
    staff = await Staff.get_or_none(dingtalk_user_id=actor.id, is_active=True)
    # The role matrix decides (workflows.staff.policy): HR heads and admins.
    return staff is not None and role_allows(list(staff.roles), Action.VIEW_FAIRNESS)


async def require_fairness_access(actor: Actor) -> None:
    """Raise PermissionDeniedError unless `actor` may see demographic data."""
    if not await may_see_fairness(actor):
        raise PermissionDeniedError(f"{actor} may not read demographics", user_message=DENIED)
