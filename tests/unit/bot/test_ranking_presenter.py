"""Names candidates wrote in their resumes stay plain words in HR's ranking and compare replies."""

from __future__ import annotations

from bot.presenters.ranking import render_compare, render_rank
from workflows.applications.stages import Stage
from workflows.ranking.compare import CompareEntry, Comparison
from workflows.ranking.service import RankPage, RankRow

PHISH = "[钉钉安全中心](http://evil.example/login)"
NAME = f"**张伟**{PHISH}![](http://evil.example/p.png)"


def _row(position: int, name: str) -> RankRow:
    return RankRow(
        position,
        10 + position,
        position,
        name,
        "138****5678",
        Stage.SCORED,
        80.0,
        82.0,
        70.0,
        0.8,
        (),
        (),
        False,
        "",
        True,
    )


def _entry(app_id: int, name: str) -> CompareEntry:
    return CompareEntry(
        app_id, name, Stage.SCORED, 80.0, 70.0, 78.0, 0.8, {}, (), (), (), False, True, ""
    )


def _assert_inert(text: str) -> None:
    assert "](" not in text and "http://" not in text and "**张伟**" not in text, text
    assert "钉钉安全中心" in text and "张伟" in text


def test_a_name_with_markdown_and_a_link_is_plain_text_in_the_ranking() -> None:
    page = RankPage(
        1, "后端工程师", [_row(1, NAME), _row(2, "李娜")], total=2, page=1, page_size=10
    )
    text = render_rank(page)
    _assert_inert(text)
    assert "**李娜**" in text  # our own bold markup around the name still works


def test_a_name_with_markdown_and_a_link_is_plain_text_in_the_comparison() -> None:
    comparison = Comparison(
        1, "后端工程师", [_entry(11, NAME), _entry(12, "李娜")], [], {}, (11,), (12,)
    )
    _assert_inert(render_compare(comparison))
