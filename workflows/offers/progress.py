"""Onboarding progress as the candidate sees it: approved, accepted, materials, pre-entry, entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from settings import Settings
from workflows.errors import NotFoundError
from workflows.offers.materials import KIND_LABELS, missing_kinds
from workflows.offers.models import Offer, OfferStatus

DONE, CURRENT, TODO, STOPPED = "done", "current", "todo", "stopped"
_APPROVED_OR_LATER = (OfferStatus.APPROVED, OfferStatus.ACCEPTED, OfferStatus.DECLINED)


@dataclass(frozen=True, slots=True)
class Step:
    """One step: key, Chinese label, state (done/current/todo/stopped) and a detail line."""

    key: str
    label: str
    state: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class OnboardingProgress:
    """The steps in order, plus the materials still missing."""

    status: str
    steps: list[Step]
    missing_materials: list[str] = field(default_factory=list)
    entry_date: date | None = None


def _first_open_is_current(steps: list[Step]) -> list[Step]:
    out: list[Step] = []
    marked = False
    for step in steps:
        if step.state == TODO and not marked:
            step = Step(step.key, step.label, CURRENT, step.detail)
            marked = True
        elif step.state == STOPPED:
            marked = True
        out.append(step)
    return out


async def onboarding_progress(
    offer_id: int, settings: Settings, *, today: date | None = None
) -> OnboardingProgress:
    """Where the new hire stands between an approved offer and the first day."""
    offer = await Offer.get_or_none(id=offer_id)
    if offer is None:
        raise NotFoundError(f"offer {offer_id} not found", user_message="找不到这份录用通知")
    status = OfferStatus(offer.status)
    entry = offer.entry_date or offer.start_date
    approved = status in _APPROVED_OR_LATER
    accepted = status is OfferStatus.ACCEPTED
    missing = await missing_kinds(offer_id, settings) if accepted else []
    missing_labels = [KIND_LABELS[k] for k in missing]
    steps = [Step("approved", "录用审批通过", DONE if approved else TODO)]
    if status is OfferStatus.DECLINED:
        steps.append(Step("accepted", "已拒绝录用", STOPPED, offer.candidate_remark))
    else:
        steps.append(Step("accepted", "接受录用", DONE if accepted else TODO))
    if accepted and not missing:
        steps.append(Step("materials", "提交入职材料", DONE, "材料已齐全"))
    else:
        detail = f"还缺：{'、'.join(missing_labels)}" if missing_labels else ""
        steps.append(Step("materials", "提交入职材料", TODO, detail))
    steps.append(
        Step(
            "preentry",
            "入职登记已创建" if offer.preentry_user_id else "创建入职登记",
            DONE if offer.preentry_user_id else TODO,
            "HR 已在钉钉智能人事中为你登记" if offer.preentry_user_id else "",
        )
    )
    arrived = (
        entry is not None and (today or date.today()) >= entry and bool(offer.preentry_user_id)
    )
    steps.append(
        Step(
            "entry",
            f"入职日期 {entry.isoformat()}" if entry else "入职日期待定",
            DONE if arrived else TODO,
            "请携带材料原件按时报到" if entry else "HR 会与你确认入职日期",
        )
    )
    if status is not OfferStatus.DECLINED:
        steps = _first_open_is_current(steps)
    return OnboardingProgress(status.value, steps, missing_labels, entry)
