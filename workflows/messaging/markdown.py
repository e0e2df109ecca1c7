"""Text someone outside the company wrote (a remark, a decline reason, a name or line from a
resume), made inert before it goes into HR's DingTalk Markdown.

Without this, `[点此查看](http://…)` or `![](http://…)` in a remark would show up in HR's chat as
a link or picture sent by the company's own bot. Markup characters become their full-width
look-alikes (DingTalk's Markdown has no reliable backslash escape), line breaks become spaces
(no new heading or list item), and URL schemes are broken so no link is auto-detected.
"""

from __future__ import annotations

import re

_MARKUP = str.maketrans(
    {
        "[": "［",
        "]": "］",
        "(": "（",
        ")": "）",
        "<": "＜",
        ">": "＞",
        "!": "！",
        "*": "＊",
        "_": "＿",
        "#": "＃",
        "`": "｀",
        "|": "｜",
        "~": "～",
        "\\": "＼",
    }
)
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,15}):/{1,3}")
_WWW = re.compile(r"(?i)\bwww\.")
_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def inert(text: str) -> str:
    """`text` as plain words inside Markdown: no link, picture, heading, list or emphasis."""
    flat = _BREAKS.sub(" ", text)
    flat = _SCHEME.sub(lambda m: f"{m.group(1)}：／／", flat)
    flat = _WWW.sub("www．", flat)
    return flat.translate(_MARKUP).strip()
