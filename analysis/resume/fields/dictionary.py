"""Dictionary matching: canonical names with aliases, case-insensitive, word-bounded for Latin."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_HAS_LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class DictMatch:
    """One canonical term found at a span of the text."""

    canonical: str
    start: int
    end: int


class DictionaryMatcher:
    """Finds canonical terms by any alias; an alias inside a longer match does not count."""

    def __init__(
        self, entries: Mapping[str, Sequence[str]], case_sensitive: frozenset[str] = frozenset()
    ) -> None:
        self._canonical_of: dict[str, str] = {}
        folded_parts: list[str] = []
        exact_parts: list[str] = []
        aliases = [(canon, alias) for canon, alts in entries.items() for alias in (canon, *alts)]
        for canonical, alias in sorted(aliases, key=lambda pair: len(pair[1]), reverse=True):
            key = alias if alias in case_sensitive else alias.lower()
            if key in self._canonical_of:
                continue
            self._canonical_of[key] = canonical
            pattern = _alias_pattern(alias)
            (exact_parts if alias in case_sensitive else folded_parts).append(pattern)
        self._folded = re.compile("|".join(folded_parts), re.IGNORECASE) if folded_parts else None
        self._exact = re.compile("|".join(exact_parts)) if exact_parts else None

    def find(self, text: str) -> list[DictMatch]:
        """All matches in text order, longest-first where they overlap."""
        raw: list[DictMatch] = []
        for regex, fold_case in ((self._folded, True), (self._exact, False)):
            if regex is None:
                continue
            for m in regex.finditer(text):
                alias = re.sub(r"\s+", " ", m.group(0))
                key = alias.lower() if fold_case else alias
                canonical = self._canonical_of.get(key) or self._lookup_spaced(key)
                if canonical:
                    raw.append(DictMatch(canonical, m.start(), m.end()))
        raw.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[DictMatch] = []
        for match in raw:
            if kept and match.start < kept[-1].end:
                continue  # inside (or overlapping) a longer, earlier match
            kept.append(match)
        return kept

    def _lookup_spaced(self, key: str) -> str | None:
        # "SpringBoot" matched the pattern of "Spring Boot": compare without spaces.
        squashed = key.replace(" ", "")
        for alias, canonical in self._canonical_of.items():
            if alias.replace(" ", "").lower() == squashed.lower():
                return canonical
        return None


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias).replace(r"\ ", r"\s?")
    if not _HAS_LATIN.search(alias):
        return escaped
    head = r"(?<![A-Za-z0-9_+#])" if _HAS_LATIN.match(alias[0]) else ""
    tail = r"(?![A-Za-z0-9_+#])" if alias[-1] not in "+#" and _HAS_LATIN.match(alias[-1]) else ""
    if alias[-1] in "+#":
        tail = r"(?![+#])"
    return head + escaped + tail
