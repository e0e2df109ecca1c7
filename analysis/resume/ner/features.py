"""Character features for the resume CRF: n-grams, character classes and train-split lexicons."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from analysis.resume.ner.bmes import Sentence, tags_to_spans

PAD_LEFT = "<s>"
PAD_RIGHT = "</s>"
_CN_DIGITS = frozenset("零〇一二两三四五六七八九十百千万亿")


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Feature-template switches; stored next to the model so training and tagging agree."""

    window: int = 3
    bigrams: bool = True
    trigrams: bool = True
    classes: bool = True
    lexicon: bool = True
    affixes: bool = True
    # Distance buckets for "an entity suffix of type T lies ahead"; lets the tagger open an
    # organisation name it has never seen once it can see the 公司/大学 that will close it.
    lookahead: int = 12

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form for JSON."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeatureConfig:
        """Build from the JSON form, ignoring unknown keys."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(slots=True)
class Lexicon:
    """Entity strings seen in training, by type, plus frequent entity-final and -initial bigrams."""

    entries: dict[str, frozenset[str]] = field(default_factory=dict)
    suffixes: dict[str, frozenset[str]] = field(default_factory=dict)
    prefixes: dict[str, frozenset[str]] = field(default_factory=dict)
    max_len: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with sorted lists, so the file is byte-for-byte reproducible."""
        return {
            "max_len": self.max_len,
            "entries": {k: sorted(v) for k, v in sorted(self.entries.items())},
            "suffixes": {k: sorted(v) for k, v in sorted(self.suffixes.items())},
            "prefixes": {k: sorted(v) for k, v in sorted(self.prefixes.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lexicon:
        """Inverse of ``to_dict``."""
        return cls(
            entries={k: frozenset(v) for k, v in data["entries"].items()},
            suffixes={k: frozenset(v) for k, v in data["suffixes"].items()},
            prefixes={k: frozenset(v) for k, v in data["prefixes"].items()},
            max_len=int(data["max_len"]),
        )


def build_lexicon(
    sentences: Iterable[Sentence], min_len: int = 2, max_len: int = 24, affix_min_count: int = 3
) -> Lexicon:
    """Collect entity strings and frequent affix bigrams from tagged (training) sentences."""
    types_by_text: dict[str, set[str]] = defaultdict(set)
    suffix_counts: Counter[tuple[str, str]] = Counter()
    prefix_counts: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        for span in tags_to_spans(sentence.tags, sentence.chars):
            if min_len <= len(span.text) <= max_len:
                types_by_text[span.text].add(span.type)
            if len(span.text) >= 3:
                suffix_counts[(span.text[-2:], span.type)] += 1
                prefix_counts[(span.text[:2], span.type)] += 1
    entries = {text: frozenset(kinds) for text, kinds in types_by_text.items()}
    return Lexicon(
        entries=entries,
        suffixes=_group_affixes(suffix_counts, affix_min_count),
        prefixes=_group_affixes(prefix_counts, affix_min_count),
        max_len=max((len(t) for t in entries), default=0),
    )


def _group_affixes(counts: Counter[tuple[str, str]], min_count: int) -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for (affix, kind), count in counts.items():
        if count >= min_count:
            grouped[affix].add(kind)
    return {affix: frozenset(kinds) for affix, kinds in grouped.items()}


def char_class(char: str) -> str:
    """Coarse class of one character: digit, cnum, latin, cjk, punct, space or other."""
    if char.isdigit():
        return "digit"
    if char in _CN_DIGITS:
        return "cnum"
    if char.isascii() and char.isalpha():
        return "latin"
    code = ord(char)
    if 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:  # full-width Latin letters
        return "latin"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "cjk"
    if char.isspace():
        return "space"
    if unicodedata.category(char).startswith(("P", "S")):
        return "punct"
    return "other"


def lexicon_roles(chars: Sequence[str], lexicon: Lexicon) -> list[set[str]]:
    """For each position, the set of ``TYPE:ROLE`` marks from every lexicon match covering it."""
    text = "".join(chars)
    marks: list[set[str]] = [set() for _ in chars]
    longest: list[tuple[int, str] | None] = [None] * len(chars)
    n = len(text)
    for start in range(n):
        for end in range(start + 2, min(n, start + lexicon.max_len) + 1):
            kinds = lexicon.entries.get(text[start:end])
            if not kinds:
                continue
            for kind in kinds:
                marks[start].add(f"{kind}:B")
                for i in range(start + 1, end - 1):
                    marks[i].add(f"{kind}:M")
                marks[end - 1].add(f"{kind}:E")
            for i in range(start, end):
                best = longest[i]
                if best is None or end - start > best[0]:
                    longest[i] = (end - start, "|".join(sorted(kinds)))
    for i, best in enumerate(longest):
        if best is not None:
            marks[i].add(f"len:{min(best[0], 8)}:{best[1]}")
    return marks


def _lookahead_marks(text: str, lexicon: Lexicon, horizon: int) -> list[set[str]]:
    """Per position, ``TYPE:<bucket>`` when a frequent TYPE suffix ends within ``horizon`` chars."""
    n = len(text)
    ends_at: list[frozenset[str]] = [frozenset()] * n
    for i in range(1, n):
        ends_at[i] = lexicon.suffixes.get(text[i - 1 : i + 1], frozenset())
    marks: list[set[str]] = [set() for _ in range(n)]
    for i in range(n):
        seen: set[str] = set()
        for j in range(i, min(n, i + horizon)):
            if text[j] in "，。；、,;":
                break  # entities never span clause punctuation in this corpus
            for kind in ends_at[j] - seen:
                seen.add(kind)
                dist = j - i
                bucket = "0" if dist <= 1 else "1" if dist <= 3 else "2" if dist <= 6 else "3"
                marks[i].add(f"{kind}:{bucket}")
    return marks


def sentence_features(
    chars: Sequence[str], lexicon: Lexicon | None, config: FeatureConfig
) -> list[list[str]]:
    """CRF feature strings for every character of a sentence."""
    n = len(chars)
    text = "".join(chars)
    w = config.window

    def at(i: int) -> str:
        if i < 0:
            return PAD_LEFT
        if i >= n:
            return PAD_RIGHT
        return chars[i]

    classes = [char_class(c) for c in chars]

    def cls_at(i: int) -> str:
        return classes[i] if 0 <= i < n else "pad"

    use_lex = lexicon is not None and config.lexicon
    lex = lexicon_roles(chars, lexicon) if use_lex and lexicon is not None else None
    look = (
        _lookahead_marks(text, lexicon, config.lookahead)
        if lexicon is not None and config.affixes and config.lookahead > 0
        else None
    )
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias"]
        for d in range(-w, w + 1):
            feats.append(f"c[{d}]={at(i + d)}")
        if config.bigrams:
            for d in range(-w, w):
                feats.append(f"b[{d}]={at(i + d)}{at(i + d + 1)}")
            feats.append(f"s[-1,1]={at(i - 1)}{at(i + 1)}")
        if config.trigrams:
            for d in (-2, -1, 0):
                feats.append(f"t[{d}]={at(i + d)}{at(i + d + 1)}{at(i + d + 2)}")
        if config.classes:
            feats.append(f"k[0]={cls_at(i)}")
            feats.append(f"k[-1,0]={cls_at(i - 1)}|{cls_at(i)}")
            feats.append(f"k[0,1]={cls_at(i)}|{cls_at(i + 1)}")
        if lex is not None:
            feats.extend(f"lex={mark}" for mark in sorted(lex[i]))
        if lexicon is not None and config.affixes:
            if i >= 1:
                for kind in sorted(lexicon.suffixes.get(text[i - 1 : i + 1], ())):
                    feats.append(f"suf={kind}")
            for kind in sorted(lexicon.prefixes.get(text[i : i + 2], ())):
                feats.append(f"pre={kind}")
        if look is not None:
            feats.extend(f"ahead={mark}" for mark in sorted(look[i]))
        out.append(feats)
    return out
