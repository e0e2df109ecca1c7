"""The demo's one step table: what `dinghire demo` prints and the sandbox console lists."""

from __future__ import annotations

from dinghire.demo.journey import JOURNEY
from dinghire.demo.output import TOTAL_STEPS


def test_the_journey_numbers_every_step_after_start_up_once_in_order() -> None:
    assert [step.number for step in JOURNEY] == list(range(2, TOTAL_STEPS + 1))
    assert all(step.title_zh and step.title_en for step in JOURNEY)


def test_only_the_offer_steps_are_skipped_without_an_offer() -> None:
    assert [step.number for step in JOURNEY if step.offer] == [9, 10, 11, 12]
