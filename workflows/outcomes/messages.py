"""What HR hears about outcomes and fairness, as typed data; the chat front door words it
(`OutcomesPresenter`, implemented by `bot/presenters/outcomes.py`, in `Services.present`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from integrations.dingtalk.messages import ActionCard, Markdown


@dataclass(frozen=True, slots=True)
class ReviewRequested:
    """A candidate asked for a human review of their assessment."""

    job_title: str
    application_id: int
    reason: str  # as the candidate wrote it
    report_link: str


@dataclass(frozen=True, slots=True)
class FairnessAlert:
    """The month's fairness and consistency report found something to look at."""

    period: str
    alerts: tuple[str, ...]
    console_link: str


@dataclass(frozen=True, slots=True)
class WeeklyDigest:
    """The HR head's weekly numbers; `period` is "" before the first monthly report."""

    new_applications: int
    open_reviews: int
    console_link: str
    period: str = ""
    alert_count: int = 0
    lowest_ratio: float | None = None
    best_predictor: str = ""


class OutcomesPresenter(Protocol):
    """Words outcome messages for HR."""

    def review_requested(self, news: ReviewRequested) -> Markdown:
        """The review request to the assignees."""
        ...

    def fairness_alert(self, news: FairnessAlert) -> Markdown:
        """The month's alerts to the HR heads."""
        ...

    def weekly_digest(self, news: WeeklyDigest) -> ActionCard:
        """The HR head's weekly card."""
        ...
