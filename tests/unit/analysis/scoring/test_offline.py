"""The offline engine: gaming does not pay, bad practice scores low, evidence is verbatim."""

from __future__ import annotations

import pytest

from analysis.scoring import AnswerScore
from analysis.scoring.offline import OfflineScorer
from analysis.types import Flag, Segment, Transcript
from tests.unit.analysis.scoring.rubric import BACKEND, STRONG_INCIDENT, question, spoken, typed

STUFFED = (
    "遇到线上故障我会先定位根因，比较多个方案，做数据验证，形成复盘，"
    "实现系统性解决、预防问题再发生、沉淀方法论，同时做好性能优化、高并发、监控告警、故障排查，"
    "打造全链路闭环，赋能团队。"
)
RAMBLING = (
    "这个问题其实非常重要，我觉得处理故障最重要的就是态度，态度一定要端正。"
    "然后呢，遇到问题要冷静，冷静下来才能想清楚，想清楚了问题自然就好解决了。"
    "我一直认为，故障处理是一个需要经验的事情，经验多了自然就快了，所以平时要多积累。"
    "也就是说，遇到问题一定要冷静，要认真分析，和大家一起想办法，办法总比困难多。"
    "总之我觉得处理故障态度是第一位的，这个真的很重要，我会一直努力做好。"
)
VAGUE = "我处理过很多线上问题，一般都能比较快地解决。遇到问题我会认真分析，和同事一起想办法。"
OFF_TOPIC = (
    "我周末喜欢去爬山，上个月和朋友爬了黄山，凌晨四点出发看日出，一共走了十二公里。"
    "爬山让我放松，也让我结识了很多朋友，我每年都会安排两三次这样的旅行。"
)
WRONG = (
    "去年双十一支付接口报错，我看了一眼是数据库超时，就在群里说是DBA的锅，让他们自己处理，"
    "告警一直响我嫌吵就把告警关掉了，第二天才恢复，反正不是我们代码的问题。"
)


@pytest.fixture(scope="module")
def scorer() -> OfflineScorer:
    return OfflineScorer()


def _overall(result: AnswerScore) -> float:
    scores = [d.score for d in result.dimensions if d.score is not None]
    assert scores, result.not_assessed_reason
    return sum(scores) / len(scores)


@pytest.mark.parametrize(
    "weak",
    [STUFFED, RAMBLING, VAGUE, OFF_TOPIC, WRONG],
    ids=["stuffed", "rambling", "vague", "off-topic", "wrong"],
)
def test_gaming_and_bad_answers_score_below_a_concrete_one(
    scorer: OfflineScorer, weak: str
) -> None:
    q = question("incident_a")
    strong = _overall(scorer.score(typed(STRONG_INCIDENT), q, BACKEND))
    assert _overall(scorer.score(typed(weak), q, BACKEND)) < strong - 2.0


def test_keyword_stuffing_gains_nothing_over_plain_vagueness(scorer: OfflineScorer) -> None:
    q = question("incident_a")
    stuffed = _overall(scorer.score(typed(STUFFED), q, BACKEND))
    vague = _overall(scorer.score(typed(VAGUE), q, BACKEND))
    assert stuffed <= vague


def test_bad_practice_is_quoted_as_the_evidence(scorer: OfflineScorer) -> None:
    result = scorer.score(typed(WRONG), question("incident_a"), BACKEND)
    for dim in result.dimensions:
        assert dim.score is not None and dim.score <= 2.5
        assert any("bad_practice" in ev.signals for ev in dim.evidence)
        assert any("不当做法" in ev.note for ev in dim.evidence)


def test_an_off_topic_answer_says_so_in_its_evidence(scorer: OfflineScorer) -> None:
    result = scorer.score(typed(OFF_TOPIC), question("incident_a"), BACKEND)
    for dim in result.dimensions:
        assert dim.evidence and all(ev.text in OFF_TOPIC for ev in dim.evidence)
        assert any("off_topic" in ev.signals for ev in dim.evidence)


def test_same_transcript_twice_gives_identical_results(scorer: OfflineScorer) -> None:
    q = question("incident_a")
    first = scorer.score(spoken(STRONG_INCIDENT), q, BACKEND).to_dict()
    again = OfflineScorer().score(spoken(STRONG_INCIDENT), q, BACKEND).to_dict()
    assert first == again


def test_every_scored_dimension_quotes_the_transcript_with_its_times(
    scorer: OfflineScorer,
) -> None:
    transcript = spoken(STRONG_INCIDENT)
    result = scorer.score(transcript, question("incident_a"), BACKEND)
    assert result.engine == "offline" and "e5" in result.model
    assert {d.code for d in result.dimensions} == {"problem_solving", "backend_expertise"}
    for dim in result.dimensions:
        assert dim.score is not None and 0.0 <= dim.score <= 10.0
        assert 0.0 < dim.confidence <= 1.0
        assert dim.evidence
        for ev in dim.evidence:
            seg = transcript.segments[ev.segment_index]
            assert ev.text in seg.text and (ev.start, ev.end) == (seg.start, seg.end)


def test_dimensions_get_their_own_levels(scorer: OfflineScorer) -> None:
    # How the candidate argued a point, nothing about working alongside others.
    text = (
        "上周评审会上产品经理坚持要把注册改成一步，我在会上说明了手机验证拦截了百分之六十的"
        "机器注册，会后把三个月的数据发邮件给她，她最后接受了首单前再验证的方案。"
    )
    q = question("conflict_a")
    dims = {d.code: d for d in scorer.score(typed(text), q, BACKEND).dimensions}
    communication, teamwork = dims["communication"].level, dims["teamwork"].level
    assert communication is not None and teamwork is not None
    assert communication > teamwork


def test_silence_and_unusable_media_are_not_assessed_with_the_reason(
    scorer: OfflineScorer,
) -> None:
    q = question("incident_a")
    silent = Transcript("", (), "zh", 0.0, "faster-whisper/base", 30.0)
    result = scorer.score(silent, q, BACKEND)
    assert all(d.score is None and d.not_assessed_reason for d in result.dimensions)
    assert Flag.SILENT in result.flags
    blocked = scorer.score(spoken(STRONG_INCIDENT), q, BACKEND, flags=[Flag.UNUSABLE_MEDIA])
    assert all(d.score is None for d in blocked.dimensions)
    unsure = Transcript(
        STRONG_INCIDENT, (Segment(0.0, 30.0, STRONG_INCIDENT, 0.2),), "zh", 0.2, "funasr", 30.0
    )
    low = scorer.score(unsure, q, BACKEND)
    assert all(d.score is None for d in low.dimensions)
    assert Flag.LOW_ASR_CONFIDENCE in low.flags
