"""Optional PaddleNLP engine: text similarity from a local PaddleNLP model directory.

Used when `settings.analysis.paddlenlp_uie_dir` is set. paddlenlp is imported lazily (it is a
heavy optional extra); a missing install raises EngineUnavailableError with what to do.
Expected layout: `<dir>/similarity` (a text_similarity task path); UIE extraction is not used yet.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.scoring.engine import LexicalEngine, MatchEngine


class EngineUnavailableError(RuntimeError):
    """The configured engine cannot run here (extra not installed or model dir missing)."""


class PaddleNlpEngine:
    """Similarity from a local PaddleNLP text_similarity model; lexical matching as the floor."""

    name = "paddlenlp"

    def __init__(self, model_dir: Path) -> None:
        self._dir = Path(model_dir)
        self._lexical = LexicalEngine()
        self._lock = threading.Lock()
        self._similarity: Any = None
        if not (self._dir / "similarity").is_dir():
            raise EngineUnavailableError(
                f"PaddleNLP similarity model not found under {self._dir / 'similarity'}; "
                "place the exported model there or unset DINGHIRE_ANALYSIS_PADDLENLP_UIE_DIR"
            )

    def _taskflow(self) -> Any:
        with self._lock:
            if self._similarity is None:
                paddlenlp = _import_paddlenlp()
                self._similarity = paddlenlp.Taskflow(
                    "text_similarity", task_path=str(self._dir / "similarity")
                )
            return self._similarity

    def phrase_match(self, phrase: str, sentence: str) -> float:
        """The better of lexical overlap and model similarity."""
        lexical = self._lexical.phrase_match(phrase, sentence)
        if lexical >= 1.0:
            return lexical
        return round(max(lexical, self._pair_scores([(phrase, sentence)])[0]), 4)

    def similarity(self, text: str, references: Sequence[str]) -> float:
        """Max model similarity of `text` to the references."""
        refs = [r for r in references if r.strip()]
        if not text.strip() or not refs:
            return 0.0
        return round(max(self._pair_scores([(text, r) for r in refs])), 4)

    def _pair_scores(self, pairs: list[tuple[str, str]]) -> list[float]:
        rows = self._taskflow()([[a, b] for a, b in pairs])
        return [float(row.get("similarity", 0.0)) for row in rows]


def _import_paddlenlp() -> Any:
    try:
        return importlib.import_module("paddlenlp")
    except ImportError as exc:
        raise EngineUnavailableError(
            "paddlenlp is not installed: install the 'paddlenlp' extra "
            "(requirements/paddlenlp.lock) or unset DINGHIRE_ANALYSIS_PADDLENLP_UIE_DIR "
            "to use the built-in lexical engine"
        ) from exc


def build_engine(paddlenlp_dir: Path | None) -> MatchEngine:
    """The engine the settings ask for: PaddleNLP when a model dir is configured, else lexical."""
    if paddlenlp_dir is None:
        return LexicalEngine()
    engine = PaddleNlpEngine(paddlenlp_dir)
    _import_paddlenlp()  # fail at start-up, not on the first answer
    return engine
