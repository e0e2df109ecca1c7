"""The matching engine port: phrase matching and similarity, lexical by default.

The lexical engine is pure Python over jieba words and character bigrams, so it needs no model
and is deterministic. A PaddleNLP engine (UIE + text similarity from a local directory) is an
optional extra; see `analysis.scoring.paddle_engine`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from analysis.scoring.text import bigrams, words


class MatchEngine(Protocol):
    """How sentences are compared with rubric phrases and exemplar answers."""

    name: str

    def phrase_match(self, phrase: str, sentence: str) -> float:
        """How well `sentence` expresses `phrase`, 0..1."""
        ...

    def similarity(self, text: str, references: Sequence[str]) -> float:
        """Best similarity of `text` to any reference, 0..1."""
        ...


class LexicalEngine:
    """Word and bigram overlap with synonym canonicalisation; TF-IDF cosine for similarity."""

    name = "lexical"

    def phrase_match(self, phrase: str, sentence: str) -> float:
        """1.0 for the phrase itself; otherwise the share of its words/bigrams present."""
        if not phrase or not sentence:
            return 0.0
        if phrase in sentence:
            return 1.0
        p_words = set(words(phrase))
        s_words = set(words(sentence))
        word_recall = len(p_words & s_words) / len(p_words) if p_words else 0.0
        p_grams = set(bigrams(phrase))
        s_grams = set(bigrams(sentence))
        gram_recall = len(p_grams & s_grams) / len(p_grams) if p_grams else 0.0
        # Bigrams alone over-credit shared characters; they count a little less than words.
        return round(max(word_recall, 0.9 * gram_recall), 4)

    def similarity(self, text: str, references: Sequence[str]) -> float:
        """Max TF-IDF cosine (words + bigrams) between `text` and each reference."""
        refs = [r for r in references if r.strip()]
        if not text.strip() or not refs:
            return 0.0
        docs = [_terms(text), *(_terms(r) for r in refs)]
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(set(doc))
        n = len(docs)
        idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
        vecs = [_tfidf(doc, idf) for doc in docs]
        return round(max(_cosine(vecs[0], v) for v in vecs[1:]), 4)


def _terms(text: str) -> Counter[str]:
    return Counter([*(f"w:{w}" for w in words(text)), *(f"b:{b}" for b in bigrams(text))])


def _tfidf(tf: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    return {t: (1.0 + math.log(c)) * idf[t] for t, c in tf.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0
