"""Application stages and the one transition table every stage change goes through."""

from __future__ import annotations

from enum import StrEnum

from workflows.errors import IllegalTransitionError


class Stage(StrEnum):
    """Where an application stands in the hiring loop."""

    RECEIVED = "received"
    SCREENED = "screened"
    INVITED = "invited"
    INTERVIEWING = "interviewing"
    SUBMITTED = "submitted"
    SCORED = "scored"
    SHORTLISTED = "shortlisted"
    REJECTED = "rejected"
    OFFER_PENDING = "offer_pending"
    OFFER_APPROVED = "offer_approved"
    OFFER_DECLINED = "offer_declined"
    ONBOARDING = "onboarding"
    HIRED = "hired"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


STAGE_LABELS_ZH: dict[Stage, str] = {
    Stage.RECEIVED: "已收到",
    Stage.SCREENED: "已筛选",
    Stage.INVITED: "已邀请",
    Stage.INTERVIEWING: "面试中",
    Stage.SUBMITTED: "已提交",
    Stage.SCORED: "已评分",
    Stage.SHORTLISTED: "进入下一轮",
    Stage.REJECTED: "已淘汰",
    Stage.OFFER_PENDING: "录用审批中",
    Stage.OFFER_APPROVED: "录用已批准",
    Stage.OFFER_DECLINED: "候选人已拒绝录用",
    Stage.ONBOARDING: "待入职",
    Stage.HIRED: "已入职",
    Stage.WITHDRAWN: "已撤回",
    Stage.EXPIRED: "已过期",
}

# The whole state machine. Why each edge exists:
# - a candidate may withdraw at any point before being hired;
# - HR may reject at any decision point up to the offer, and a refused offer approval
#   returns the candidate to the shortlist (HR then decides again);
# - an invitation or an interview left unfinished expires, and expiry can be undone by a new slot;
# - a declined offer may be followed by a revised offer.
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.RECEIVED: frozenset({Stage.SCREENED, Stage.REJECTED, Stage.WITHDRAWN}),
    Stage.SCREENED: frozenset({Stage.INVITED, Stage.REJECTED, Stage.WITHDRAWN}),
    Stage.INVITED: frozenset({Stage.INTERVIEWING, Stage.EXPIRED, Stage.REJECTED, Stage.WITHDRAWN}),
    Stage.INTERVIEWING: frozenset({Stage.SUBMITTED, Stage.EXPIRED, Stage.WITHDRAWN}),
    Stage.SUBMITTED: frozenset({Stage.SCORED, Stage.REJECTED, Stage.WITHDRAWN}),
    Stage.SCORED: frozenset({Stage.SHORTLISTED, Stage.REJECTED, Stage.WITHDRAWN}),
    Stage.SHORTLISTED: frozenset({Stage.OFFER_PENDING, Stage.REJECTED, Stage.WITHDRAWN}),
    Stage.REJECTED: frozenset(),
    Stage.OFFER_PENDING: frozenset({Stage.OFFER_APPROVED, Stage.SHORTLISTED, Stage.WITHDRAWN}),
    Stage.OFFER_APPROVED: frozenset({Stage.ONBOARDING, Stage.OFFER_DECLINED, Stage.WITHDRAWN}),
    Stage.OFFER_DECLINED: frozenset({Stage.OFFER_PENDING}),
    Stage.ONBOARDING: frozenset({Stage.HIRED, Stage.WITHDRAWN}),
    Stage.HIRED: frozenset(),
    Stage.WITHDRAWN: frozenset(),
    Stage.EXPIRED: frozenset({Stage.INVITED, Stage.WITHDRAWN}),
}

TERMINAL_STAGES = frozenset(stage for stage, targets in TRANSITIONS.items() if not targets)

# The main path, in order; used by reports and by the walk-through test.
HAPPY_PATH: tuple[Stage, ...] = (
    Stage.RECEIVED,
    Stage.SCREENED,
    Stage.INVITED,
    Stage.INTERVIEWING,
    Stage.SUBMITTED,
    Stage.SCORED,
    Stage.SHORTLISTED,
    Stage.OFFER_PENDING,
    Stage.OFFER_APPROVED,
    Stage.ONBOARDING,
    Stage.HIRED,
)


def can_transition(from_stage: Stage, to_stage: Stage) -> bool:
    """True when the table allows this change."""
    return to_stage in TRANSITIONS[from_stage]


def check_transition(from_stage: Stage, to_stage: Stage) -> None:
    """Raise IllegalTransitionError unless the table allows this change."""
    if not can_transition(from_stage, to_stage):
        raise IllegalTransitionError(from_stage.value, to_stage.value)
