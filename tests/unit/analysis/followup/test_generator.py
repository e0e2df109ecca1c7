"""AI follow-up questions: what is missing decides the question, and it says why."""

from __future__ import annotations

import time

from analysis.followup import suggest_follow_up
from analysis.types import Transcript
from tests.unit.analysis.scoring.rubric import (
    NO_RESULT_INCIDENT,
    STRONG_INCIDENT,
    VAGUE_INCIDENT,
    question,
    spoken,
    typed,
)


def test_missing_result_asks_for_the_outcome_quoting_the_action() -> None:
    follow = suggest_follow_up(typed(NO_RESULT_INCIDENT), question("incident_a"))
    assert follow is not None
    assert follow.kind == "missing_result"
    assert "结果" in follow.text and "结果" in follow.reason
    assert follow.source_sentence and follow.source_sentence in NO_RESULT_INCIDENT


def test_claim_without_example_asks_for_a_concrete_example() -> None:
    follow = suggest_follow_up(typed(VAGUE_INCIDENT), question("incident_a"))
    assert follow is not None
    assert follow.kind == "no_example"
    assert "具体的例子" in follow.text
    assert follow.source_sentence in VAGUE_INCIDENT
    assert "我觉得自己排查问题的能力比较强" in follow.text


def test_complete_answer_gets_the_best_fitting_template() -> None:
    q = question("incident_a")
    follow = suggest_follow_up(spoken(STRONG_INCIDENT), q)
    assert follow is not None
    assert follow.kind == "template"
    assert follow.text in q.follow_up_templates


def test_no_follow_up_when_the_node_does_not_allow_it() -> None:
    q = question("incident_a", allow_follow_up=False)
    assert suggest_follow_up(typed(VAGUE_INCIDENT), q) is None


def test_no_follow_up_about_words_that_were_not_heard() -> None:
    silent = Transcript("", (), "zh", 0.0, "faster-whisper/base", 20.0)
    assert suggest_follow_up(silent, question("incident_a")) is None
    unreliable = spoken(VAGUE_INCIDENT, confidence=0.1)
    assert suggest_follow_up(unreliable, question("incident_a")) is None


def test_complete_answer_without_templates_gets_no_follow_up() -> None:
    q = question("learn")  # no templates in the bank
    assert suggest_follow_up(typed(STRONG_INCIDENT), q) is None


def test_follow_up_is_generated_well_within_seconds() -> None:
    suggest_follow_up(typed(VAGUE_INCIDENT), question("incident_a"))  # dictionary warm-up
    started = time.perf_counter()
    for _ in range(20):
        suggest_follow_up(typed(NO_RESULT_INCIDENT + VAGUE_INCIDENT), question("incident_a"))
    assert (time.perf_counter() - started) / 20 < 0.5
