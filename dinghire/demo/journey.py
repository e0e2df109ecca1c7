"""The demo's scripted journey as one table of steps, shared by `dinghire demo` (all at once)
and the sandbox console's step-by-step player (`dinghire/sandbox_host.py`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from dinghire.demo import steps_hr, steps_intake, steps_offer
from dinghire.demo.state import DemoState
from dinghire.demo.steps_offer import OfferNotAvailableError


@dataclass(frozen=True, slots=True)
class JourneyStep:
    """One numbered step: its titles and what it does to the shared state."""

    number: int
    title_zh: str
    title_en: str
    run: Callable[[DemoState], Awaitable[None]]
    offer: bool = False  # skipped with --skip-offer, or when the offer command is missing


async def _request_offer(state: DemoState) -> None:
    state.offer_instance_id = await steps_offer.request_offer(state)


async def _approve(state: DemoState) -> None:
    await steps_offer.approve(state, state.offer_instance_id)


# Step 1 (starting the system) is not here: the CLI starts its own, the sandbox runs already.
JOURNEY: tuple[JourneyStep, ...] = (
    JourneyStep(2, "投递三份简历", "three resumes sent to the bot", steps_intake.send_resumes),
    JourneyStep(3, "邀请面试", "HR taps 邀请面试 on each card", steps_intake.invite_all),
    JourneyStep(4, "候选人作答", "candidates answer on the mini-app", steps_intake.interviews),
    JourneyStep(
        5, "智能评估", "analysis (speech recognition and scoring)", steps_intake.wait_for_analysis
    ),
    JourneyStep(
        6, "排名、对比与决定", "ranking, comparison and decisions", steps_hr.rank_compare_decide
    ),
    JourneyStep(7, "导出 Excel", "Excel export", steps_hr.export_excel),
    JourneyStep(8, "评估报告链接", "report links", steps_hr.report_links),
    JourneyStep(9, "发起录用审批", "offer approval requested", _request_offer, offer=True),
    JourneyStep(10, "审批通过", "approved by manager and HR head", _approve, offer=True),
    JourneyStep(
        11, "候选人接受录用", "candidate accepts the offer", steps_offer.accept, offer=True
    ),
    JourneyStep(
        12,
        "待入职与培训建议",
        "pre-entry record and training suggestions",
        steps_offer.preentry_and_training,
        offer=True,
    ),
)

__all__ = ["JOURNEY", "JourneyStep", "OfferNotAvailableError"]
