"""Chinese text helpers for scoring: jieba tokens, character bigrams, sentences with timestamps."""

from __future__ import annotations

import importlib
import logging
import re
import tempfile
import threading
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.types import Transcript

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")
_CLAUSE_END = re.compile(r"(?<=[，,、])")
_PUNCT = re.compile(r"^[\s\W_]+$", re.UNICODE)
_LONG_SENTENCE = 80

# Function words that carry no evidence; kept small on purpose (content words decide matches).
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "着",
        "过",
        "是",
        "在",
        "和",
        "与",
        "及",
        "或",
        "就",
        "都",
        "也",
        "还",
        "又",
        "很",
        "把",
        "被",
        "让",
        "给",
        "对",
        "从",
        "向",
        "为",
        "以",
        "而",
        "但",
        "这",
        "那",
        "这个",
        "那个",
        "一个",
        "一些",
        "我们",
        "你们",
        "他们",
        "它",
        "她",
        "他",
        "我",
        "你",
        "啊",
        "呢",
        "吧",
        "吗",
        "嗯",
        "呃",
        "然后",
        "就是",
        "其实",
        "比较",
        "非常",
        "可能",
        "因为",
        "所以",
        "如果",
        "的话",
        "一下",
        "之后",
        "时候",
        "什么",
        "怎么",
        "自己",
        "有",
        "没有",
        "没",
        "能",
        "会",
        "要",
        "去",
        "来",
        "说",
        "做",
        "上",
        "下",
        "里",
        "中",
    ]
)

# Canonical forms for words interviewers treat as the same thing ("semantic-ish" matching).
_SYNONYMS: dict[str, str] = {}
for _group in (
    "原因 根因 根本原因 起因",
    "数据 指标 数字 统计",
    "复盘 总结 回顾 反思",
    "客户 用户 顾客",
    "同事 团队成员 伙伴 队友",
    "沟通 交流 协商 商量",
    "分歧 冲突 矛盾 争议 意见不一致 不一致",
    "方案 办法 措施 对策",
    "验证 检验 确认 核实",
    "优化 改进 改善 提升",
    "协作 合作 配合",
    "监控 监测 观测",
    "告警 报警 预警",
    "故障 事故 异常",
    "目标 任务",
    "学习 研究 钻研 掌握",
    "分享 传授 培训",
    "跟进 推进 跟踪",
    "满意度 满意",
    "结论 观点",
    "条理 逻辑 结构",
    "压力 挑战 困难",
    "放弃 退缩",
    "坚持 持续 不放弃",
    "签约 签下 成交 拿下",
):
    _words = _group.split()
    for _w in _words:
        _SYNONYMS[_w] = _words[0]

_jieba_lock = threading.Lock()
_tokenizer: Any = None


def _load_jieba() -> Any:
    """Import jieba once, silencing only its own known import-time warnings."""
    global _tokenizer
    with _jieba_lock:
        if _tokenizer is not None:
            return _tokenizer
        with warnings.catch_warnings():
            # jieba 0.42.1 has invalid escape sequences in regex literals (compile-time
            # DeprecationWarning/SyntaxWarning when no .pyc exists yet) and may import the
            # deprecated pkg_resources; both are harmless and outside our code.
            warnings.filterwarnings("ignore", message=r"invalid escape sequence")
            warnings.filterwarnings("ignore", message=r"pkg_resources is deprecated")
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"pkg_resources")
            # import_module keeps mypy off the untyped package (no stubs exist for jieba).
            jieba: Any = importlib.import_module("jieba")

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        # A private cache file per user: the shared default in /tmp may belong to someone else.
        tok.tmp_dir = str(Path(tempfile.gettempdir()) / "dinghire-jieba")
        Path(tok.tmp_dir).mkdir(parents=True, exist_ok=True)
        tok.initialize()
        _tokenizer = tok
        return tok


def warm_up() -> None:
    """Load the jieba dictionary now (about a second) instead of on the first answer."""
    _load_jieba()


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Content words of `text`: jieba precise mode, lower-cased, synonyms canonicalised."""
    tok = _load_jieba()
    out: list[str] = []
    for raw in tok.lcut(text, HMM=True):
        word = raw.strip().lower()
        if not word or _PUNCT.match(word) or word in STOPWORDS:
            continue
        out.append(_SYNONYMS.get(word, word))
    return tuple(out)


def bigrams(text: str) -> tuple[str, ...]:
    """Character bigrams of the CJK/alphanumeric runs of `text` (robust to segmentation)."""
    grams: list[str] = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+", text.lower()):
        if re.match(r"[a-z0-9]", run):
            grams.append(run)
            continue
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
        if len(run) == 1:
            grams.append(run)
    return tuple(grams)


def content_chars(text: str) -> int:
    """How many CJK characters and alphanumeric words the text has (a length measure)."""
    return len(re.findall(r"[\u4e00-\u9fff]", text)) + len(re.findall(r"[A-Za-z0-9]+", text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a transcript, with the start/end of the segment it was said in."""

    index: int
    text: str
    segment_index: int
    start: float
    end: float
    confidence: float


def sentences(transcript: Transcript) -> tuple[Sentence, ...]:
    """Split each segment into sentences; a sentence never crosses a segment boundary."""
    out: list[Sentence] = []
    for seg_index, seg in enumerate(transcript.segments):
        for piece in _split(seg.text):
            out.append(Sentence(len(out), piece, seg_index, seg.start, seg.end, seg.confidence))
    return tuple(out)


def _split(text: str) -> Iterable[str]:
    for part in _SENTENCE_END.split(text):
        part = part.strip()
        if not part:
            continue
        if len(part) <= _LONG_SENTENCE:
            yield part
            continue
        # Unpunctuated ASR output runs on; clauses keep quotes short enough to read.
        buf = ""
        for clause in _CLAUSE_END.split(part):
            if buf and len(buf) + len(clause) > _LONG_SENTENCE:
                yield buf.strip()
                buf = ""
            buf += clause
        if buf.strip():
            yield buf.strip()
