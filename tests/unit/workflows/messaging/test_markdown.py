"""Candidate-written text is inert in HR's Markdown: no links, pictures, headings or lists."""

from __future__ import annotations

import pytest

from workflows.messaging.markdown import inert


@pytest.mark.parametrize(
    "written",
    [
        "[点此领取](http://evil.example/x)",
        "![](https://evil.example/p.png)",
        "<a href='javascript:alert(1)'>x</a>",
        "正常\n# 紧急通知\n- 请重新登录",
        "访问 www.evil.example 或 ftp://evil.example",
    ],
)
def test_markup_from_outside_is_shown_not_rendered(written: str) -> None:
    out = inert(written)
    for dangerous in ("[", "](", "![", "<a", "://", "\n", "www."):
        assert dangerous not in out


def test_ordinary_chinese_text_is_unchanged() -> None:
    assert inert("入职日期没问题，谢谢！") == "入职日期没问题，谢谢！"
    assert inert("张伟") == "张伟"
