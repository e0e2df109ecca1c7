"""Optional PaddleNLP engine: text similarity from a local PaddleNLP model directory.

Used when `settings.analysis.paddlenlp_uie_dir` is set. paddlenlp is imported lazily (it is a
heavy optional extra); a missing install raises EngineUnavailableError with what to do.
Expected layout: `<dir>/similarity`, a SimBERT-style encoder saved with `save_pretrained`
(config.json, model_state.pdparams, vocab.txt, tokenizer_config.json). Similarity is the cosine
of the pooled sentence vectors, as in PaddleNLP's text_similarity task. The model and tokenizer
load straight from that folder: Taskflow("text_similarity") fetches its tokenizer by model
name from the hub even with a task_path, which cannot work offline. UIE is not used yet.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.scoring.engine import LexicalEngine, MatchEngine

# Without these files paddlenlp would treat the folder as a hub name and try to download.
REQUIRED_FILES = ("model_state.pdparams", "vocab.txt", "tokenizer_config.json")
CONFIG_FILES = ("config.json", "model_config.json")
MAX_LENGTH = 128


class EngineUnavailableError(RuntimeError):
    """The configured engine cannot run here (extra not installed or model dir missing)."""


class PaddleNlpEngine:
    """Similarity from a local PaddleNLP sentence encoder; lexical matching as the floor."""

    name = "paddlenlp"

    def __init__(self, model_dir: Path) -> None:
        self._dir = Path(model_dir)
        self._lexical = LexicalEngine()
        self._lock = threading.Lock()
        self._encoder: tuple[Any, Any] | None = None
        if not self.similarity_dir.is_dir():
            raise EngineUnavailableError(
                f"PaddleNLP similarity model not found under {self.similarity_dir}; "
                "place the exported model there or unset DINGHIRE_ANALYSIS_PADDLENLP_UIE_DIR"
            )

    @property
    def similarity_dir(self) -> Path:
        """The folder holding the similarity model."""
        return self._dir / "similarity"

    def check_files(self) -> None:
        """Raise EngineUnavailableError when the similarity folder lacks a needed file."""
        folder = self.similarity_dir
        missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
        if not any((folder / name).is_file() for name in CONFIG_FILES):
            missing.append(" or ".join(CONFIG_FILES))
        if missing:
            raise EngineUnavailableError(
                f"PaddleNLP similarity model under {folder} is missing {', '.join(missing)}; "
                "save the model and its tokenizer there with save_pretrained"
            )

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._encoder is None:
                self.check_files()
                _import_paddlenlp()
                transformers = importlib.import_module("paddlenlp.transformers")
                folder = str(self.similarity_dir)
                tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
                # SimBERT's sentence vector is the pooled output without tanh (as in Taskflow).
                model = transformers.AutoModel.from_pretrained(folder, pool_act="linear")
                model.eval()
                self._encoder = (tokenizer, model)
            return self._encoder

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
        """Cosine of the sentence vectors per pair, clipped to 0..1 (the port's range)."""
        vectors = self._vectors([text for pair in pairs for text in pair])
        scores = []
        for i in range(len(pairs)):
            left, right = vectors[2 * i], vectors[2 * i + 1]
            scores.append(min(1.0, max(0.0, float((left * right).sum()))))
        return scores

    def _vectors(self, texts: list[str]) -> Any:
        """Unit-length pooled vectors, one row per text."""
        tokenizer, model = self._load()
        paddle = importlib.import_module("paddle")
        encoded = tokenizer(
            texts, max_length=MAX_LENGTH, truncation=True, padding=True, return_tensors="pd"
        )
        # Padding uses pad_token_id, which the model masks out by itself.
        with paddle.no_grad():
            _, pooled = model(
                input_ids=encoded["input_ids"], token_type_ids=encoded["token_type_ids"]
            )
        vectors = pooled.numpy()
        norms = (vectors**2).sum(axis=1, keepdims=True) ** 0.5
        return vectors / norms.clip(min=1e-12)


def _import_paddlenlp() -> Any:
    try:
        # paddlepaddle 2.6.2 hits a zlib symbol clash unless scipy.linalg is loaded first.
        importlib.import_module("scipy.linalg")
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
    engine.check_files()
    return engine
