"""The pages share one base stylesheet (colours, type, resets) and link it before their own."""

from __future__ import annotations

from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[3] / "miniapp_api" / "static"
BASE = '<link rel="stylesheet" href="/static/common/base.css">'


@pytest.mark.parametrize("page", ["console", "report", "interview", "offer"])
def test_the_page_links_the_base_stylesheet_first(page: str) -> None:
    html = (STATIC / page / "index.html").read_text(encoding="utf-8")
    first_css = html.index('rel="stylesheet"')
    assert html.index(BASE) == html.rindex("<link", 0, first_css + 1)


def test_no_page_stylesheet_repeats_the_base_font_stack() -> None:
    stack = '"Microsoft YaHei", "Noto Sans CJK SC"'
    assert stack in (STATIC / "common" / "base.css").read_text(encoding="utf-8")
    for css in STATIC.glob("*/*.css"):
        if css.parent.name != "common":
            assert stack not in css.read_text(encoding="utf-8"), css
