"""What a decision message says, as typed data; the chat front door words it.

`send_decision_notice` builds a `DecisionNotice` and has `Services.present.decisions` (the
`DecisionPresenter` port, implemented by `bot/presenters/decisions.py`) word it; the worded
notice is what the candidate reads in DingTalk, by e-mail and on the explanation page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from integrations.dingtalk.messages import Markdown
from workflows.decisions.policy import Decision


@dataclass(frozen=True, slots=True)
class WeakDimension:
    """The weakest assessed competency, for a kind improvement note."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class DecisionNotice:
    """A candidate's notice of a decision; a rejection may carry a note and the explain link."""

    decision: Decision
    name: str
    job_title: str
    weakest: WeakDimension | None = None  # set only when the job sends improvement notes
    explain_link: str = ""


@dataclass(frozen=True, slots=True)
class ForwardSummary:
    """Every decision notice one HR must pass on by hand: (who, worded body) pairs."""

    job_title: str
    items: tuple[tuple[str, str], ...]


class DecisionPresenter(Protocol):
    """Words decision messages."""

    def candidate_notice(self, notice: DecisionNotice) -> Markdown:
        """The candidate's notice: its title and Markdown body (stored and sent as they are)."""
        ...

    def forward_summary(self, summary: ForwardSummary) -> Markdown:
        """One private message to HR with the notices to forward."""
        ...
