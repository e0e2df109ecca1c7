"""Parsing the `排名` filter words, with Chinese errors for words it does not understand."""

from __future__ import annotations

import pytest

from bot.presenters.rank_args import parse_rank_args
from workflows.applications.stages import Stage
from workflows.errors import ValidationFailedError
from workflows.ranking.filters import DEFAULT_PAGE_SIZE, RankFilters


def test_every_filter_word_of_the_spec_example() -> None:
    q = parse_rank_args("1 分数>=70 匹配>=60 阶段=已评分 无异常 有报告 前20 第2页")
    assert q.job_ref == "1"
    assert q.filters == RankFilters(
        stages=(Stage.SCORED,),
        min_overall=70,
        min_match=60,
        no_integrity_flags=True,
        has_report=True,
    )
    assert (q.page, q.page_size) == (2, 20)


def test_job_alone_uses_defaults() -> None:
    q = parse_rank_args("后端")
    assert q.job_ref == "后端"
    assert q.filters == RankFilters()
    assert (q.page, q.page_size) == (1, DEFAULT_PAGE_SIZE)


def test_several_stages_and_fullwidth_signs() -> None:
    q = parse_rank_args("3 阶段=已评分,进入下一轮 面试＞＝80 匹配度≥55.5")
    assert q.filters.stages == (Stage.SCORED, Stage.SHORTLISTED)
    assert q.filters.min_overall == 80
    assert q.filters.min_match == 55.5
    assert q.filters.describe() == "面试分≥80，匹配≥55.5，阶段：已评分、进入下一轮"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("1 分数大于70", "看不懂筛选条件“分数大于70”"),
        ("1 阶段=面试完", "不认识的阶段“面试完”"),
        ("1 分数>=120", "分数应在 0 到 100 之间"),
        ("1 前0", "每页条数应在 1 到 50 之间"),
        ("1 前100", "每页条数应在 1 到 50 之间"),
        ("1 第0页", "页码从 1 开始"),
        ("", "请指定岗位"),
    ],
)
def test_bad_words_get_a_specific_chinese_error_with_usage(args: str, expected: str) -> None:
    with pytest.raises(ValidationFailedError) as info:
        parse_rank_args(args)
    assert expected in info.value.user_message
    if args:
        assert "用法" in info.value.user_message
