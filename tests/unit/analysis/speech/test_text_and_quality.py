"""Simplified-Chinese conversion, CER normalisation and the re-record / review flags."""

from __future__ import annotations

from analysis.speech.quality import SpeechCheckLimits, check_speech
from analysis.speech.text import character_error_rate, normalise_for_cer, to_simplified
from analysis.types import Flag, Segment, Transcript


def _transcript(*segments: Segment) -> Transcript:
    conf = sum(s.confidence for s in segments) / len(segments) if segments else 0.0
    text = "".join(s.text for s in segments)
    return Transcript(text, segments, "zh", conf, "test", 10.0)


def test_traditional_characters_become_simplified() -> None:
    assert to_simplified("歡迎大家來體驗語音識別") == "欢迎大家来体验语音识别"


def test_cer_ignores_punctuation_spacing_width_and_script() -> None:
    assert normalise_for_cer("你好， 世界！ＡＩ") == "你好世界ai"
    assert character_error_rate("欢迎大家来体验", "歡迎 大家來體驗。") == 0.0
    assert (
        character_error_rate("甚至出现交易几乎停滞的情况", "甚至出现交易几乎停制的情况") == 1 / 13
    )


def test_a_clear_long_answer_is_scorable() -> None:
    check = check_speech(
        _transcript(Segment(0, 8, "我在公司负责后端开发和系统设计", 0.8, 0.01)), 10.0
    )
    assert check.flags == ()
    assert check.scorable


def test_nothing_said_is_silent() -> None:
    check = check_speech(_transcript(), 12.0)
    assert check.flags == (Flag.SILENT,)
    assert not check.scorable


def test_segments_the_engine_calls_non_speech_do_not_count() -> None:
    hallucination = Segment(0, 5, "请不吝点赞订阅转发打赏", 0.3, 0.9)
    assert Flag.SILENT in check_speech(_transcript(hallucination), 12.0).flags


def test_short_recording_or_few_words_is_too_short() -> None:
    assert Flag.TOO_SHORT in check_speech(_transcript(Segment(0, 1, "是的", 0.9, 0.0)), 10.0).flags
    assert Flag.TOO_SHORT in check_speech(_transcript(Segment(0, 1, "我负责后端", 0.9)), 2.0).flags


def test_low_confidence_goes_to_review_with_configured_threshold() -> None:
    transcript = _transcript(Segment(0, 8, "我在公司负责后端开发", 0.5))
    assert check_speech(transcript, 10.0).scorable  # default 0.45
    strict = check_speech(transcript, 10.0, SpeechCheckLimits(min_confidence=0.6))
    assert strict.flags == (Flag.LOW_ASR_CONFIDENCE,)


def test_a_repetition_loop_goes_to_review_despite_high_confidence() -> None:
    loop = _transcript(Segment(0, 30, "想," + "数字" * 40, 0.8))
    assert check_speech(loop, 30.0).flags == (Flag.LOW_ASR_CONFIDENCE,)
    varied = "我在一家互联网公司做了五年的后端开发负责订单系统的设计和优化把响应时间降低了一半"
    assert check_speech(_transcript(Segment(0, 30, varied, 0.8)), 30.0).scorable


def test_unsure_segments_are_low_confidence_or_repetition_loops() -> None:
    from analysis.speech.quality import segment_is_unsure

    assert not segment_is_unsure("我在公司负责后端开发和系统设计", 0.8, 0.45)
    assert segment_is_unsure("我在公司负责后端开发", 0.3, 0.45)
    assert segment_is_unsure("和道歇堂堂堂堂堂堂堂堂堂", 0.9, 0.45)
    assert segment_is_unsure("数字数字数字数字数字", 0.9, 0.45)
    assert not segment_is_unsure("对对对，好的", 0.9, 0.45)
