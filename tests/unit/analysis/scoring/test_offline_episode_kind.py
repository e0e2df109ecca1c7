"""The offline engine asks what kind of episode an answer tells, not only which trade it is in.

Gaming case: a concrete, fluent story in the question's own vocabulary that answers another
question (how the sales team's weekly meeting runs, asked how a client was won) must not score
like an answer to the question, however many figures and own actions it has.
"""

from __future__ import annotations

import pytest

from analysis.scoring import AnswerScore
from analysis.scoring.offline import OfflineScorer
from analysis.scoring.offline.cues import FILLER
from analysis.scoring.offline.embed import Embedder, demand_margin
from analysis.scoring.offline.features import competency_ratio
from tests.unit.analysis.scoring.rubric import dimensions, question, typed

SALES = dimensions({"sales_drive": 0.5, "customer_focus": 0.5})
CLIENT_WON = (
    "我去年拿下的一个客户是本地最大的连锁药店，七十多家门店。我先通过行业协会的活动认识了他们的"
    "采购总监，了解到他们的会员数据分散在三个系统里，我带着售前做了一次免费诊断，给出整合方案，"
    "又请他们去参观了我们服务的另一家药店，前后跟了四个月，最后签了两年，一共一百六十万。"
)
# Same trade, own actions and figures, but it tells how a meeting runs, not how a client was won.
WEEKLY_MEETING = (
    "我说说我们销售团队的周会是怎么开的吧。每周一早上九点，我先把上周的数字整理成一张表，"
    "每个人花五分钟讲自己这周的安排，卡住的地方大家一起出主意，会后我把待办发到群里，"
    "到周五再核对一遍。这个周会我主持了一年多，后来隔壁组也照着开了。"
)


@pytest.fixture(scope="module")
def scorer() -> OfflineScorer:
    return OfflineScorer()


def _overall(result: AnswerScore) -> float:
    scores = [d.score for d in result.dimensions if d.score is not None]
    assert scores, result.not_assessed_reason
    return sum(scores) / len(scores)


def test_a_concrete_story_of_another_kind_scores_below_an_answer_to_the_question(
    scorer: OfflineScorer,
) -> None:
    q = question("sales_win")
    answer = scorer.score(typed(CLIENT_WON), q, SALES)
    other = scorer.score(typed(WEEKLY_MEETING), q, SALES)
    assert _overall(other) < _overall(answer) - 2.0
    assert other.signals["level"] <= 2.0  # capped: it does not answer what was asked
    for dim in other.dimensions:
        assert any("other_kind" in ev.signals for ev in dim.evidence)
        assert any("另一类经历" in ev.note for ev in dim.evidence)


def test_an_answer_to_the_question_is_not_marked_as_another_kind(scorer: OfflineScorer) -> None:
    result = scorer.score(typed(CLIENT_WON), question("sales_win"), SALES)
    assert not any("other_kind" in ev.signals for d in result.dimensions for ev in d.evidence)
    assert result.signals["demand"] > 0


def test_the_episode_margin_prefers_the_asked_kind_over_the_trade() -> None:
    embedder = Embedder()
    exemplars = question("sales_win").exemplar_answers
    asked = demand_margin(embedder, embedder.passage(CLIENT_WON), exemplars)
    other = demand_margin(embedder, embedder.passage(WEEKLY_MEETING), exemplars)
    assert asked > 0 > other


def test_competency_ratio_compares_with_the_exemplar() -> None:
    q = question("sales_win")
    assert competency_ratio(CLIENT_WON, q.exemplar_answers, q.dimension_codes) >= 0.5
    assert competency_ratio(WEEKLY_MEETING, q.exemplar_answers, q.dimension_codes) < 0.25


def test_competency_ratio_is_neutral_where_cue_words_do_not_describe_the_question() -> None:
    # A self-introduction shows communication by how it is told: its exemplar has no
    # communication cue words, so no introduction is marked down for lacking them.
    q = question("intro")
    intro = "我叫李娜，做了四年会计，负责月结和税务申报，去年把月结时间从五天缩短到三天。"
    assert competency_ratio(intro, q.exemplar_answers, q.dimension_codes) == 1.0


@pytest.mark.parametrize(
    ("text", "fillers"),
    [("那个月虽然很忙，我们还是按时交付了。", 0), ("那个，我觉得，嗯，还可以吧。", 2)],
)
def test_nage_counts_as_a_filler_only_when_it_stands_alone(text: str, fillers: int) -> None:
    assert len(FILLER.findall(text)) == fillers
