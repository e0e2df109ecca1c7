"""The candidate's transcript view: segments merged into plain and unsure parts."""

from __future__ import annotations

from workflows.interviews.transcripts import TranscriptPart, transcript_parts


def test_neighbouring_segments_of_the_same_certainty_are_merged() -> None:
    segments = [
        {"start": 0, "end": 2, "text": "我负责订单系统，", "confidence": 0.8},
        {"start": 2, "end": 4, "text": "把耗时降了一半。", "confidence": 0.7},
        {"start": 4, "end": 6, "text": "用的是卡夫卡", "confidence": 0.3},
        {"start": 6, "end": 7, "text": "  ", "confidence": 0.1},
        {"start": 7, "end": 9, "text": "削峰。", "confidence": 0.9},
    ]
    assert transcript_parts("", segments, 0.45) == (
        TranscriptPart("我负责订单系统，把耗时降了一半。", False),
        TranscriptPart("用的是卡夫卡", True),
        TranscriptPart("削峰。", False),
    )


def test_text_without_segments_is_one_plain_part_and_nothing_is_nothing() -> None:
    assert transcript_parts("我做过五年后端。", [], 0.45) == (
        TranscriptPart("我做过五年后端。", False),
    )
    assert transcript_parts("  ", [], 0.45) == ()
