"""When reminders and the deadline act on an invitation: pure functions over a clock.

Reminders go out 24 h and 2 h before the deadline. A reminder is only planned when its time
comes at least MIN_GAP after the invitation went out (an invite with a 10 h deadline gets the
2 h reminder only), and once a later reminder is due an earlier unsent one is dropped, so a
scan after downtime never sends two reminders at once or a 24 h one after the 2 h one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from workflows.invitations.models import OPEN_STATUSES, Invitation, InvitationStatus

REMINDER_24H = "24h"
REMINDER_2H = "2h"
# Tag -> how long before the deadline; tags are what Invitation.reminders_sent records.
REMINDERS: dict[str, timedelta] = {
    REMINDER_24H: timedelta(hours=24),
    REMINDER_2H: timedelta(hours=2),
}
REMINDER_LABELS_ZH: dict[str, str] = {REMINDER_24H: "24小时提醒", REMINDER_2H: "2小时提醒"}
# A reminder right after the invite itself would only be noise.
MIN_GAP = timedelta(hours=1)
# How far ahead the scan looks: the earliest reminder.
LOOKAHEAD = max(REMINDERS.values())
# The automatic new slot after a first miss.
NEW_SLOT_TTL = timedelta(hours=48)
MAX_ATTEMPTS = 2


class ActionKind(StrEnum):
    """What the scan does for one invitation."""

    REMIND = "remind"
    MISS = "miss"


@dataclass(frozen=True, slots=True)
class InvitationState:
    """What the schedule needs to know about one invitation."""

    status: InvitationStatus
    deadline_at: datetime
    sent_at: datetime | None
    reminders_sent: tuple[str, ...] = ()
    submitted: bool = False


def state_of(inv: Invitation, *, submitted: bool = False) -> InvitationState:
    """The schedule's view of an invitation row."""
    return InvitationState(
        status=InvitationStatus(inv.status),
        deadline_at=inv.deadline_at,
        sent_at=inv.sent_at,
        reminders_sent=tuple(inv.reminders_sent or ()),
        submitted=submitted,
    )


@dataclass(frozen=True, slots=True)
class DueAction:
    """One thing to do now: a reminder (with its tag) or the miss."""

    kind: ActionKind
    tag: str = ""


def _ordered() -> list[tuple[str, timedelta]]:
    # Latest reminder (closest to the deadline) first.
    return sorted(REMINDERS.items(), key=lambda item: item[1])


def planned_reminders(state: InvitationState) -> list[str]:
    """Reminder tags this invitation will get at all, earliest first."""
    start = state.sent_at
    tags = [
        tag
        for tag, before in REMINDERS.items()
        if start is None or state.deadline_at - before >= start + MIN_GAP
    ]
    return sorted(tags, key=lambda t: REMINDERS[t], reverse=True)


def due_reminder(state: InvitationState, now: datetime) -> str | None:
    """The reminder to send now, if any (only the latest one whose time has come)."""
    planned = set(planned_reminders(state))
    for tag, before in _ordered():
        if now >= state.deadline_at - before and tag in planned:
            return None if tag in state.reminders_sent else tag
    return None


def due_action(state: InvitationState, now: datetime) -> DueAction | None:
    """What the scan should do for this invitation at `now`."""
    if state.status not in OPEN_STATUSES or state.submitted:
        return None
    if now >= state.deadline_at:
        return DueAction(ActionKind.MISS)
    tag = due_reminder(state, now)
    return DueAction(ActionKind.REMIND, tag) if tag else None


def reminder_status_zh(state: InvitationState, now: datetime) -> str:
    """A short Chinese description of the reminders for HR."""
    sent = [REMINDER_LABELS_ZH[t] for t in REMINDERS if t in state.reminders_sent]
    upcoming = [
        t
        for t in planned_reminders(state)
        if t not in state.reminders_sent and now < state.deadline_at - REMINDERS[t]
    ]
    parts = []
    if sent:
        parts.append("已发" + "、".join(sent))
    if upcoming:
        parts.append("待发" + "、".join(REMINDER_LABELS_ZH[t] for t in upcoming))
    return "；".join(parts) or "无提醒"


def merge_tags(existing: Iterable[str], tag: str) -> list[str]:
    """reminders_sent with `tag` added once, in schedule order."""
    tags = set(existing) | {tag}
    return sorted(tags, key=lambda t: REMINDERS.get(t, timedelta(0)), reverse=True)
