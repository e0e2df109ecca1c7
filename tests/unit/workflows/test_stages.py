"""The transition table: every legal pair passes, every other pair raises."""

from __future__ import annotations

import itertools

import pytest

from workflows.applications.stages import (
    HAPPY_PATH,
    STAGE_LABELS_ZH,
    TERMINAL_STAGES,
    TRANSITIONS,
    Stage,
    can_transition,
    check_transition,
)
from workflows.errors import IllegalTransitionError

LEGAL = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
ALL_PAIRS = list(itertools.product(Stage, Stage))


def test_table_covers_every_stage_and_has_a_chinese_label() -> None:
    assert set(TRANSITIONS) == set(Stage)
    assert set(STAGE_LABELS_ZH) == set(Stage)


@pytest.mark.parametrize(("from_stage", "to_stage"), sorted(LEGAL))
def test_legal_pair_is_allowed(from_stage: Stage, to_stage: Stage) -> None:
    check_transition(from_stage, to_stage)
    assert can_transition(from_stage, to_stage)


@pytest.mark.parametrize(
    ("from_stage", "to_stage"), [p for p in ALL_PAIRS if p not in LEGAL], ids=str
)
def test_illegal_pair_is_rejected(from_stage: Stage, to_stage: Stage) -> None:
    with pytest.raises(IllegalTransitionError) as info:
        check_transition(from_stage, to_stage)
    assert info.value.from_stage == from_stage.value
    assert info.value.to_stage == to_stage.value
    assert "不能变更为" in info.value.user_message


def test_happy_path_is_a_chain_of_legal_steps() -> None:
    for a, b in itertools.pairwise(HAPPY_PATH):
        assert can_transition(a, b), (a, b)


def test_no_stage_moves_to_itself_and_terminal_stages_are_final() -> None:
    assert all(not can_transition(s, s) for s in Stage)
    assert {Stage.REJECTED, Stage.HIRED, Stage.WITHDRAWN} == TERMINAL_STAGES


def test_every_stage_is_reachable_from_received() -> None:
    seen, frontier = {Stage.RECEIVED}, [Stage.RECEIVED]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(Stage)
