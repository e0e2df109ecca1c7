"""What the job owner hears about an interview, as typed data; the chat front door words it
(`InterviewPresenter`, implemented by `bot/presenters/interviews.py`, in `Services.present`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from integrations.dingtalk.messages import Markdown


@dataclass(frozen=True, slots=True)
class InterviewSubmitted:
    """The candidate handed the interview in; the report follows."""

    name: str
    job_title: str
    answered: int
    planned: int


class InterviewPresenter(Protocol):
    """Words interview messages for HR."""

    def submitted(self, news: InterviewSubmitted) -> Markdown:
        """The job owner's 'interview submitted' message."""
        ...
