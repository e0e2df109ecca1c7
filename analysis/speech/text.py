"""Chinese text helpers for ASR: traditional->simplified and normalisation for CER."""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from typing import Any

_LOCK = threading.Lock()


@cache
def _t2s() -> Any:
    from opencc import OpenCC  # opencc-python-reimplemented: pure Python, bundled tables

    # "t2s": OpenCC's traditional->simplified characters and phrases, no regional vocabulary.
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional Chinese to simplified (OpenCC t2s tables, offline)."""
    if not text:
        return text
    with _LOCK:  # OpenCC loads its tables lazily inside convert(): not thread-safe the first time
        return str(_t2s().convert(text))


def normalise_for_cer(text: str) -> str:
    """Simplified, NFKC, lower-case, with punctuation, symbols and whitespace removed."""
    text = to_simplified(unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in ("L", "N"))


def edit_distance(ref: str, hyp: str) -> int:
    """Levenshtein distance over characters (substitutions, deletions, insertions)."""
    if len(ref) < len(hyp):
        ref, hyp = hyp, ref
    previous = list(range(len(hyp) + 1))
    for i, rc in enumerate(ref, 1):
        current = [i]
        for j, hc in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (rc != hc)))
        previous = current
    return previous[-1]


def character_error_rate(reference: str, hypothesis: str) -> float:
    """CER of normalised texts: edits / reference characters (1.0 when reference is empty)."""
    ref, hyp = normalise_for_cer(reference), normalise_for_cer(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)
