"""Which reminder or miss is due at a given time, with a clock that only moves when told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workflows.clock import ManualClock, clock_from
from workflows.invitations.models import InvitationStatus
from workflows.invitations.schedule import (
    ActionKind,
    DueAction,
    InvitationState,
    due_action,
    merge_tags,
    planned_reminders,
    reminder_status_zh,
)

T0 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
H = timedelta(hours=1)


def _state(
    ttl: timedelta = 72 * H,
    sent: tuple[str, ...] = (),
    status: InvitationStatus = InvitationStatus.SENT,
    submitted: bool = False,
) -> InvitationState:
    return InvitationState(status, T0 + ttl, T0, sent, submitted)


def test_nothing_is_due_right_after_the_invite() -> None:
    clock = ManualClock(T0)
    assert due_action(_state(), clock.now()) is None
    clock.advance(47 * H + timedelta(minutes=59))
    assert due_action(_state(), clock.now()) is None


def test_reminders_then_miss_follow_the_deadline() -> None:
    clock = ManualClock(T0)
    clock.advance(48 * H)  # exactly 24 h before the deadline
    assert due_action(_state(), clock.now()) == DueAction(ActionKind.REMIND, "24h")
    assert due_action(_state(sent=("24h",)), clock.now()) is None
    clock.advance(22 * H)  # 2 h before
    assert due_action(_state(sent=("24h",)), clock.now()) == DueAction(ActionKind.REMIND, "2h")
    assert due_action(_state(sent=("24h", "2h")), clock.now()) is None
    clock.advance(2 * H - timedelta(seconds=1))
    assert due_action(_state(sent=("24h", "2h")), clock.now()) is None
    clock.advance(timedelta(seconds=1))  # the deadline itself
    assert due_action(_state(sent=("24h", "2h")), clock.now()) == DueAction(ActionKind.MISS)
    # A miss is due even if reminders never went out.
    assert due_action(_state(), clock.now()) == DueAction(ActionKind.MISS)


def test_after_downtime_only_the_latest_reminder_is_sent() -> None:
    # The scan did not run between 24 h and 2 h before: the 24 h one is dropped, not sent late.
    now = T0 + 71 * H
    assert due_action(_state(), now) == DueAction(ActionKind.REMIND, "2h")
    assert due_action(_state(sent=("2h",)), now) is None


def test_short_deadline_skips_reminders_that_would_come_before_or_right_after_the_invite() -> None:
    assert planned_reminders(_state(ttl=10 * H)) == ["2h"]
    assert due_action(_state(ttl=10 * H), T0 + H) is None
    assert due_action(_state(ttl=10 * H), T0 + 8 * H) == DueAction(ActionKind.REMIND, "2h")
    # Less than an hour between invite and the 2 h mark: no reminder at all.
    assert planned_reminders(_state(ttl=2 * H + timedelta(minutes=30))) == []
    assert due_action(_state(ttl=2 * H + timedelta(minutes=30)), T0 + 2 * H) is None
    assert planned_reminders(_state()) == ["24h", "2h"]


@pytest.mark.parametrize(
    "status", [InvitationStatus.COMPLETED, InvitationStatus.MISSED, InvitationStatus.CANCELLED]
)
def test_closed_invitations_get_nothing(status: InvitationStatus) -> None:
    assert due_action(_state(status=status), T0 + 71 * H) is None
    assert due_action(_state(status=status), T0 + 80 * H) is None


def test_submitted_candidate_gets_no_reminder_and_no_miss() -> None:
    assert due_action(_state(submitted=True), T0 + 71 * H) is None
    assert due_action(_state(submitted=True), T0 + 80 * H) is None
    assert due_action(_state(status=InvitationStatus.OPENED), T0 + 71 * H) == DueAction(
        ActionKind.REMIND, "2h"
    )


def test_reminder_status_for_hr() -> None:
    assert reminder_status_zh(_state(), T0) == "待发24小时提醒、2小时提醒"
    assert reminder_status_zh(_state(sent=("24h",)), T0 + 50 * H) == "已发24小时提醒；待发2小时提醒"
    assert reminder_status_zh(_state(sent=("24h", "2h")), T0 + 71 * H) == (
        "已发24小时提醒、2小时提醒"
    )
    assert reminder_status_zh(_state(ttl=2 * H), T0) == "无提醒"


def test_merge_tags_records_each_reminder_once_in_schedule_order() -> None:
    assert merge_tags(["2h"], "24h") == ["24h", "2h"]
    assert merge_tags(["24h"], "24h") == ["24h"]


def test_clock_comes_from_ctx_or_is_the_system_clock() -> None:
    clock = ManualClock(T0)
    assert clock_from({"clock": clock})() == T0
    before = datetime.now(UTC)
    assert clock_from({})() >= before
    with pytest.raises(TypeError):
        clock_from({"clock": object()})
    with pytest.raises(ValueError, match="timezone-aware"):
        ManualClock(datetime(2026, 1, 1))
