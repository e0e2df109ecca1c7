"""The shipped resume entity recogniser: a character CRF (python-crfsuite) with lexicon features."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from analysis.resume.ner.bmes import tags_to_spans
from analysis.resume.ner.features import FeatureConfig, Lexicon, sentence_features

MODEL_FILENAME = "resume_ner.crfsuite"
META_FILENAME = "resume_ner.json"
META_FORMAT = 1

# The CRF was trained on clause-level sentences; tagging a whole resume at once would work but
# splitting keeps inputs in-distribution and the per-call cost bounded.
_SEGMENT_RE = re.compile(r"[^。！？；!?;\n\r]+[。！？；!?;]?")


@dataclass(frozen=True, slots=True)
class Entity:
    """One recognised entity; ``end`` is exclusive, ``confidence`` the lowest tag marginal."""

    type: str
    start: int
    end: int
    text: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Loaded:
    model_bytes: bytes
    config: FeatureConfig
    lexicon: Lexicon | None
    meta: dict[str, Any]


class ResumeNer:
    """Resume NER tagger; loads lazily and is safe to share between threads."""

    _default: ResumeNer | None = None
    _default_lock = threading.Lock()

    def __init__(self, model_dir: Path | None = None) -> None:
        """Use the model in ``model_dir``, or the one shipped in the package when None."""
        self._model_dir = model_dir
        self._loaded: _Loaded | None = None
        self._load_lock = threading.Lock()
        # crfsuite taggers keep per-call state (set/tag/marginal), so each thread gets its own.
        self._local = threading.local()

    @classmethod
    def default(cls) -> ResumeNer:
        """The process-wide instance backed by the shipped model (created on first use)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    @property
    def metadata(self) -> dict[str, Any]:
        """Training metadata stored with the model (hyper-parameters, dev scores)."""
        return dict(self._ensure_loaded().meta.get("training", {}))

    def _read(self, name: str) -> bytes:
        if self._model_dir is not None:
            return (self._model_dir / name).read_bytes()
        return resources.files("analysis.resume.ner").joinpath("data").joinpath(name).read_bytes()

    def _ensure_loaded(self) -> _Loaded:
        loaded = self._loaded
        if loaded is not None:
            return loaded
        with self._load_lock:
            if self._loaded is None:
                meta: dict[str, Any] = json.loads(self._read(META_FILENAME).decode("utf-8"))
                if meta.get("format") != META_FORMAT:
                    raise ValueError(f"unsupported resume NER metadata format {meta.get('format')}")
                lexicon_data = meta.get("lexicon")
                self._loaded = _Loaded(
                    model_bytes=self._read(MODEL_FILENAME),
                    config=FeatureConfig.from_dict(meta["features"]),
                    lexicon=Lexicon.from_dict(lexicon_data) if lexicon_data else None,
                    meta=meta,
                )
            return self._loaded

    def _tagger(self) -> pycrfsuite.Tagger:
        tagger: pycrfsuite.Tagger | None = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self._ensure_loaded().model_bytes)
            self._local.tagger = tagger
        return tagger

    def features(self, chars: Sequence[str]) -> list[list[str]]:
        """The CRF feature strings this model computes for ``chars``."""
        loaded = self._ensure_loaded()
        return sentence_features(chars, loaded.lexicon, loaded.config)

    def tag(self, chars: Sequence[str]) -> list[str]:
        """Predict one BMES tag per character."""
        if not chars:
            return []
        tags: list[str] = self._tagger().tag(self.features(chars))
        return tags

    def tag_with_marginals(self, chars: Sequence[str]) -> tuple[list[str], list[float]]:
        """Predict tags plus the marginal probability of each predicted tag."""
        if not chars:
            return [], []
        tagger = self._tagger()
        tagger.set(self.features(chars))
        tags: list[str] = tagger.tag()
        marginals = [float(tagger.marginal(t, i)) for i, t in enumerate(tags)]
        return tags, marginals

    def entities(self, text: str) -> list[Entity]:
        """Recognise entities in free text; offsets index into ``text``."""
        found: list[Entity] = []
        for match in _SEGMENT_RE.finditer(text):
            segment = match.group()
            if not segment.strip():
                continue
            tags, marginals = self.tag_with_marginals(list(segment))
            offset = match.start()
            for span in tags_to_spans(tags, segment):
                found.append(
                    Entity(
                        type=span.type,
                        start=offset + span.start,
                        end=offset + span.end,
                        text=span.text,
                        confidence=min(marginals[span.start : span.end]),
                    )
                )
        return found
