"""What offer messages say, as typed data; the chat front door words them.

The offer use cases build these and have `Services.present.offers` (the `OfferPresenter` port,
implemented by `bot/presenters/offers.py`, wired by the bootstrap) word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from integrations.dingtalk.messages import ActionCard, Markdown
from workflows.offers.salary import SalarySuggestion

# What a new hire brings on the first day (shown in the notice and on the offer page).
MATERIALS_TO_BRING: tuple[str, ...] = (
    "身份证原件及复印件",
    "学历、学位证书原件及复印件",
    "原单位离职证明",
    "近三个月内的入职体检报告",
    "本人银行卡（用于发放工资）",
)


NOTICE_KIND = "offer"
NOTICE_TITLE = "录用通知"


@dataclass(frozen=True, slots=True)
class OfferNotice:
    """The candidate's offer notice (stored encrypted as a CandidateNotice, sent, forwarded)."""

    name: str
    job_title: str
    department: str
    salary: int | None
    start_date: date | None
    link: str


class OfferOutcome(StrEnum):
    """What became of an offer approval, as HR hears it."""

    APPROVED = "approved"
    REFUSED = "refused"
    TERMINATED = "terminated"


@dataclass(frozen=True, slots=True)
class OfferUpdate:
    """HR hears how an approval ended.

    Approved: `delivered` (by DingTalk) or `delivered_by` ("email" / "sms", else HR forwards).
    Refused or terminated: the `approver` and the `remark` (None when DingTalk told nothing,
    "" when the approver left it empty).
    """

    outcome: OfferOutcome
    name: str
    job_title: str
    application_id: int = 0
    salary: int | None = None
    start_date: date | None = None
    delivered: bool = False
    delivered_by: str = ""
    approver: str = ""
    remark: str | None = None


@dataclass(frozen=True, slots=True)
class OfferRequestSummary:
    """HR's answer to 录用: the suggestion, its reasons and who approves."""

    name: str
    job_title: str
    suggestion: SalarySuggestion
    start_date: date | None
    approvers: tuple[str, ...]
    existing: bool


class OwnerNews(StrEnum):
    """What the job's owner hears about an offer after the approval."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    PREENTRY_CREATED = "preentry_created"
    ARCHIVE_NOT_WRITTEN = "archive_not_written"


@dataclass(frozen=True, slots=True)
class OfferOwnerNotice:
    """News of an offer for the job's owner; `name` is already safe for Markdown."""

    news: OwnerNews
    name: str
    job_title: str = ""
    entry_date: date | None = None
    remark: str = ""  # the candidate's remark or reason for declining, as they typed it
    preentry: str = ""  # on acceptance, try_preentry's outcome: created|retrying|manual|refused
    fields: tuple[str, ...] = ()  # archive fields 智能人事 did not take
    reason: str = ""  # why it did not take them


@dataclass(frozen=True, slots=True)
class CourseSuggestion:
    """Courses for one weak dimension, and why (the stored suggestion's facts)."""

    dimension_name: str
    why: str
    course_titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TrainingAdvice:
    """Training suggestions after an accepted offer: to the hiring manager or to the new hire."""

    name: str
    job_title: str
    suggestions: tuple[CourseSuggestion, ...]
    for_manager: bool


class OfferPresenter(Protocol):
    """Words offer messages."""

    def notice_body(self, notice: OfferNotice) -> str:
        """The notice as the candidate reads it (Markdown)."""
        ...

    def candidate_card(self, notice: OfferNotice) -> ActionCard:
        """The DingTalk message to the candidate, with a button to the offer page."""
        ...

    def hr_forward(self, notice: OfferNotice) -> Markdown:
        """HR must pass the offer on: the candidate cannot be messaged privately."""
        ...

    def hr_update(self, update: OfferUpdate) -> Markdown:
        """HR hears that the approval passed, was refused or was withdrawn."""
        ...

    def approver_reminder(self, name: str, job_title: str, hours: int) -> Markdown:
        """An approver has left an offer approval waiting."""
        ...

    def request_summary(self, summary: OfferRequestSummary) -> str:
        """HR's answer to a request (Markdown)."""
        ...

    def owner_notice(self, notice: OfferOwnerNotice) -> Markdown:
        """The job owner's news of an accepted or declined offer, or of its pre-entry."""
        ...

    def training_advice(self, advice: TrainingAdvice) -> Markdown:
        """Training suggestions for the hiring manager or the new hire."""
        ...
