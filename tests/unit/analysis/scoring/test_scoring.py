"""Answer scoring: each signal, not-assessed answers, determinism and explainable numbers."""

from __future__ import annotations

import math

import pytest

from analysis.scoring import LexicalEngine, score_answer
from analysis.scoring.signals import coverage, specificity, star, star_parts
from analysis.scoring.text import sentences
from analysis.types import Flag, Segment, Transcript
from tests.unit.analysis.scoring.rubric import (
    BACKEND,
    NO_RESULT_INCIDENT,
    OFF_TOPIC,
    STRONG_INCIDENT,
    VAGUE_INCIDENT,
    dimensions,
    question,
    spoken,
    typed,
)


def test_star_detects_all_four_parts_in_order() -> None:
    result = star(sentences(typed(STRONG_INCIDENT)))
    assert star_parts(result) == {"S", "T", "A", "R"}
    assert result.value == 1.0
    assert "顺序完整" in result.detail


def test_star_reports_the_missing_result() -> None:
    result = star(sentences(typed(NO_RESULT_INCIDENT)))
    assert "R" not in star_parts(result)
    assert {"S", "T", "A"} <= star_parts(result)
    assert "缺少结果" in result.detail
    assert result.value < 1.0


def test_specificity_counts_figures_tools_and_own_actions() -> None:
    concrete = specificity(sentences(typed(STRONG_INCIDENT)))
    vague = specificity(sentences(typed(VAGUE_INCIDENT)))
    assert concrete.value == 1.0
    assert "数字" in concrete.detail
    assert vague.value < 0.3
    tools = specificity(sentences(typed("我们用 Redis 和 Kafka 做了削峰。")))
    assert "工具2处" in tools.detail


def test_coverage_matches_indicators_by_partial_words_not_only_exact_phrases() -> None:
    problem_solving = next(d for d in BACKEND if d.code == "problem_solving")
    sents = sentences(typed("我定位到了问题的根本原因，并且事后组织大家做了复盘。"))
    result, level = coverage(sents, problem_solving.levels, LexicalEngine())
    # "定位根因" is never said literally: 根本原因 and 根因 canonicalise to the same word.
    assert any("定位根因" in n for n in result.notes)
    assert any("形成复盘" in n for n in result.notes)
    assert level is not None and level >= 3.5


def test_coverage_without_any_indicator_gives_no_level() -> None:
    backend = next(d for d in BACKEND if d.code == "backend_expertise")
    result, level = coverage(sentences(typed(OFF_TOPIC)), backend.levels, LexicalEngine())
    assert level is None and result.value == 0.0


def test_relevance_prefers_answers_close_to_the_exemplars() -> None:
    engine = LexicalEngine()
    q = question("incident_a")
    refs = [*q.exemplar_answers, q.text]
    assert engine.similarity(STRONG_INCIDENT, refs) > 2 * engine.similarity(OFF_TOPIC, refs)


def test_strong_answer_scores_higher_than_vague_one_with_evidence_from_the_answer() -> None:
    q = question("incident_a")
    strong = score_answer(typed(STRONG_INCIDENT), q, BACKEND)
    vague = score_answer(typed(VAGUE_INCIDENT), q, BACKEND)
    for s_dim, v_dim in zip(strong.dimensions, vague.dimensions, strict=True):
        assert s_dim.score is not None and v_dim.score is not None
        assert s_dim.score > v_dim.score + 2
        assert s_dim.evidence
        assert all(ev.text in STRONG_INCIDENT for ev in s_dim.evidence)


def test_every_score_is_the_sum_of_its_signal_contributions() -> None:
    result = score_answer(spoken(STRONG_INCIDENT), question("incident_a"), BACKEND)
    for dim in result.dimensions:
        assert dim.score is not None
        assert {c.signal for c in dim.contributions} == {
            "rubric",
            "star",
            "specificity",
            "relevance",
            "length",
        }
        assert math.isclose(dim.score, sum(c.points for c in dim.contributions), abs_tol=0.01)
        assert all(c.detail for c in dim.contributions)
        assert 0 <= dim.score <= 10 and 0 < dim.confidence <= 1


def test_evidence_carries_the_segment_timestamps() -> None:
    transcript = spoken(STRONG_INCIDENT)
    result = score_answer(transcript, question("incident_a"), BACKEND)
    for ev in result.dimensions[0].evidence:
        seg = transcript.segments[ev.segment_index]
        assert (ev.start, ev.end) == (seg.start, seg.end)
        assert ev.text in seg.text


def test_scoring_the_same_transcript_twice_gives_the_same_scores() -> None:
    q = question("incident_a")
    first = score_answer(spoken(STRONG_INCIDENT), q, BACKEND).to_dict()
    second = score_answer(spoken(STRONG_INCIDENT), q, BACKEND).to_dict()
    assert first == second


def test_text_answer_is_scored_the_same_way_without_asr() -> None:
    q = question("incident_a")
    typed_result = score_answer(typed(STRONG_INCIDENT), q, BACKEND)
    spoken_result = score_answer(spoken(STRONG_INCIDENT, confidence=1.0, chunk=1000), q, BACKEND)
    assert typed_result.flags == ()
    assert [d.score for d in typed_result.dimensions] == [d.score for d in spoken_result.dimensions]


@pytest.mark.parametrize(
    ("transcript", "flag"),
    [
        (Transcript("", (), "zh", 0.0, "faster-whisper/base", 30.0), Flag.SILENT),
        (typed("嗯，我不知道。"), Flag.TOO_SHORT),
        (spoken(STRONG_INCIDENT, confidence=0.2), Flag.LOW_ASR_CONFIDENCE),
    ],
)
def test_silent_short_or_unreliable_answers_are_not_assessed(
    transcript: Transcript, flag: Flag
) -> None:
    result = score_answer(transcript, question("incident_a"), BACKEND)
    assert flag.value in result.flags
    assert result.not_assessed_reason
    assert all(d.score is None and d.not_assessed_reason for d in result.dimensions)


def test_unusable_media_flag_blocks_scoring_but_quality_flags_only_inform() -> None:
    q = question("incident_a")
    blocked = score_answer(spoken(STRONG_INCIDENT), q, BACKEND, flags=[Flag.UNUSABLE_MEDIA])
    assert all(d.score is None for d in blocked.dimensions)
    plain = score_answer(spoken(STRONG_INCIDENT), q, BACKEND)
    flagged = score_answer(
        spoken(STRONG_INCIDENT), q, BACKEND, flags=[Flag.MULTIPLE_FACES, Flag.NOISY]
    )
    assert [d.score for d in flagged.dimensions] == [d.score for d in plain.dimensions]
    assert {"multiple_faces", "noisy"} <= set(flagged.flags)


def test_off_topic_answer_gives_no_score_for_dimensions_without_evidence() -> None:
    result = score_answer(typed(OFF_TOPIC), question("incident_a"), BACKEND)
    assert all(d.score is None for d in result.dimensions)
    assert "证据不足" in result.dimensions[0].not_assessed_reason


def test_dimension_missing_from_the_model_is_not_assessed() -> None:
    sales_only = dimensions({"sales_drive": 1.0})
    result = score_answer(typed(STRONG_INCIDENT), question("incident_a"), sales_only)
    assert [d.score for d in result.dimensions] == [None, None]
    assert "没有该维度" in result.dimensions[0].not_assessed_reason


def test_low_confidence_segments_are_not_used_as_evidence() -> None:
    good = Segment(0.0, 10.0, STRONG_INCIDENT[:60], 0.9)
    bad = Segment(10.0, 20.0, STRONG_INCIDENT[60:], 0.1)
    transcript = Transcript(STRONG_INCIDENT, (good, bad), "zh", 0.5, "faster-whisper/base", 20)
    result = score_answer(transcript, question("incident_a"), BACKEND)
    for dim in result.dimensions:
        assert all(ev.segment_index == 0 for ev in dim.evidence)
