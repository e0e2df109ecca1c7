"""The presenters the bootstrap wires into the one services object (`Services.presenters`)."""

from __future__ import annotations

from bot.presenters.budget import BudgetTexts
from bot.presenters.candidate_mail import CandidateMail
from bot.presenters.decisions import DecisionTexts
from bot.presenters.interviews import InterviewTexts
from bot.presenters.invitations import InvitationTexts
from bot.presenters.offers import OfferTexts
from bot.presenters.outcomes import OutcomesTexts
from bot.presenters.scored_card import ScoredCards
from workflows.presenting import Presenters


def outbound_presenters() -> Presenters:
    """Chat Markdown and cards for HR and candidates, candidate e-mail and SMS, and HR's
    DingTalk API budget alert."""
    return Presenters(
        scored_cards=ScoredCards(),
        invitations=InvitationTexts(),
        interviews=InterviewTexts(),
        decisions=DecisionTexts(),
        offers=OfferTexts(),
        outcomes=OutcomesTexts(),
        candidate_mail=CandidateMail(),
        budget=BudgetTexts(),
    )
