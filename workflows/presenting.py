"""The ports that word what the system sends people, bundled for `Services.present`.

Use cases and jobs decide what to say as typed messages (kind and facts, in each domain's
`messages.py` and `decisions/scored_card.py`); the front door words them. The bootstrap wires
`bot.presenters.outbound_presenters()` (chat Markdown and cards, candidate e-mail and SMS).
"""

from __future__ import annotations

from dataclasses import dataclass

from workflows.budget.messages import BudgetPresenter
from workflows.decisions.messages import DecisionPresenter
from workflows.decisions.scored_card import ScoredCardPresenter
from workflows.interviews.messages import InterviewPresenter
from workflows.invitations.messages import InvitationPresenter
from workflows.messaging.candidate_message import CandidateMailPresenter
from workflows.offers.messages import OfferPresenter
from workflows.outcomes.messages import OutcomesPresenter


@dataclass(frozen=True, slots=True)
class Presenters:
    """One presenter per kind of outgoing message."""

    scored_cards: ScoredCardPresenter
    invitations: InvitationPresenter
    interviews: InterviewPresenter
    decisions: DecisionPresenter
    offers: OfferPresenter
    outcomes: OutcomesPresenter
    candidate_mail: CandidateMailPresenter
    budget: BudgetPresenter  # given to the DingTalk call counter at bootstrap, not via Services
