"""The judge's reply parsed strictly, and the verbatim rule for its quotes."""

from __future__ import annotations

import pytest

from analysis.scoring.llm.verdict import InvalidVerdict, Verdict, parse_verdict, verbatim_span

ANSWER = "我先查看监控，发现数据库连接池耗尽。然后定位到一条 没有走索引 的慢查询。"


@pytest.mark.parametrize(
    "reply",
    [
        '{"level": 4, "quotes": ["发现数据库连接池耗尽"], "reason": "有行动"}',
        '```json\n{"level": 4, "quotes": ["发现数据库连接池耗尽"], "reason": "有行动"}\n```',
        '评估：{"level": "4", "quotes": ["发现数据库连接池耗尽"], "reason": "有行动"} 以上。',
    ],
)
def test_a_verdict_is_read_bare_fenced_or_wrapped_in_prose(reply: str) -> None:
    assert parse_verdict(reply) == Verdict(4, ("发现数据库连接池耗尽",), "有行动")


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("", "empty"),
        ("我给 4 分", "no JSON object"),
        ('{"level": 6, "quotes": [], "reason": ""}', "level must be an integer 0-5"),
        ('{"level": true, "quotes": [], "reason": ""}', "level must be an integer 0-5"),
        ('{"level": 3.5, "quotes": [], "reason": ""}', "level must be an integer 0-5"),
        ('{"level": 3, "quotes": "全部", "reason": ""}', "quotes must be a list"),
        ('{"level": 3, "quotes": [], "reason": 5}', "reason must be a string"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_malformed_replies_are_refused_with_the_reason(reply: str, message: str) -> None:
    with pytest.raises(InvalidVerdict, match=message):
        parse_verdict(reply)


def test_whitespace_is_the_only_difference_allowed() -> None:
    assert verbatim_span(ANSWER, "发现数据库 连接池耗尽") == "发现数据库连接池耗尽"
    # The transcript's own spacing is kept in the evidence.
    assert verbatim_span(ANSWER, "一条没有走索引的慢查询") == "一条 没有走索引 的慢查询"
    assert verbatim_span(ANSWER, "“发现数据库连接池耗尽”") == "发现数据库连接池耗尽"


@pytest.mark.parametrize(
    "quote",
    [
        "发现数据库连接池满了",  # paraphrase
        "我先查看监控……慢查询",  # elided
        "发现数据库连接池耗尽,",  # other punctuation than said
        "监控",  # too short to prove anything
        "",
    ],
)
def test_anything_else_is_not_verbatim(quote: str) -> None:
    assert verbatim_span(ANSWER, quote) is None
