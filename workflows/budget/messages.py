"""What HR hears about the DingTalk API budget, as typed data; the chat front door words it
(`BudgetPresenter`, implemented by `bot/presenters/budget.py`, given to the call counter by the
bootstrap)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from integrations.dingtalk.messages import Markdown


@dataclass(frozen=True, slots=True)
class BudgetAlert:
    """`pct` percent of the month's DingTalk call budget is used."""

    month: str  # e.g. 2026-12
    used: int
    budget: int
    pct: int


class BudgetPresenter(Protocol):
    """Words the budget alert for HR."""

    def budget_alert(self, alert: BudgetAlert) -> Markdown:
        """The warning every HR member gets at a threshold."""
        ...
