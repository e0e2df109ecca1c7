"""Decode plain text and Markdown: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Characters a Chinese resume is made of; GB18030 maps almost any byte string to *something*,
# so a decode is only believed when the result is mostly these.
_PLAUSIBLE = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u214f\u2190-\u21ff\u2460-\u24ff"
    r"\u2500-\u27bf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
)
_MIN_PLAUSIBLE_RATIO = 0.97


def decode_text(data: bytes) -> tuple[str, str] | None:
    """Return (text, encoding name) or None when the bytes are not believable text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data, "utf-16", "utf-16")
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "gb18030"):
        decoded = _checked(data, encoding, encoding)
        if decoded is not None:
            return decoded
    return None


def _checked(data: bytes, codec: str, label: str) -> tuple[str, str] | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if not text.strip():
        return text, label
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return None
    if codec == "gb18030":
        plausible = len(_PLAUSIBLE.findall(text))
        if plausible / len(text) < _MIN_PLAUSIBLE_RATIO:
            return None
    return text, label


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+", re.MULTILINE)


def strip_markdown(text: str) -> str:
    """Remove Markdown markup that would confuse field rules, keeping the words."""
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1 \2", text)
    text = _MD_EMPHASIS.sub("", text)
    text = _MD_BULLET.sub(r"\1", text)
    # Table rows "| a | b |" become tab-separated cells.
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        lines.append(line)
    return "\n".join(lines)
