"""FunASR engine (Paraformer-zh or SenseVoice-Small) from a local model directory the customer
supplies; an optional extra (torch, funasr, kaldi-native-fbank), imported lazily."""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from analysis.speech.errors import TranscriberUnavailableError
from analysis.speech.port import SAMPLE_RATE, AudioArray, build_transcript
from analysis.speech.text import to_simplified
from analysis.types import Segment, Transcript

PARAFORMER = "funasr/paraformer"
SENSEVOICE = "funasr/sensevoice-small"
UNKNOWN = "funasr"
# config.yaml's `model:` class -> the engine id stored with each transcript.
MODEL_KINDS = {
    "Paraformer": PARAFORMER,
    "SeacoParaformer": PARAFORMER,
    "BiCifParaformer": PARAFORMER,
    "SenseVoiceSmall": SENSEVOICE,
}
ENGINE = PARAFORMER  # the engine id when the directory holds Paraformer-zh
REQUIRED_FILES = ("config.yaml", "model.pt")
# Without a VAD model both decode one utterance at a time: cut long answers at pauses.
MAX_CHUNK_S = 25.0
# SenseVoice prefixes its text with language, emotion, event and ITN tags: <|zh|><|NEUTRAL|>...
_TAGS = re.compile(r"<\|[^|>]*\|>")
# SenseVoice's first four output frames answer those queries; they are not speech.
_SENSEVOICE_QUERY_FRAMES = 4
_NOT_INSTALLED = (
    "未安装 FunASR 语音识别组件（可选扩展），请按部署文档安装 torch、funasr 和 "
    "kaldi-native-fbank，或将 asr_engine 设为 whisper。"
)
_NO_DIR = "未配置或找不到 FunASR 模型目录（settings.analysis.funasr_model_dir），请联系管理员。"
_MISSING_FILES = "FunASR 模型目录缺少必要文件（需要 config.yaml 和 model.pt），请检查模型目录。"
_UNSUPPORTED = "FunASR 模型目录中的模型不受支持（支持 Paraformer-zh 和 SenseVoice-Small）。"
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_MODEL_LINE = re.compile(r"^model:\s*['\"]?([A-Za-z0-9_]+)", re.MULTILINE)


def check_model_dir(model_dir: Path | None) -> Path:
    """Return the directory when it holds config.yaml and model.pt, else a clear error."""
    if model_dir is None or not model_dir.is_dir():
        raise TranscriberUnavailableError(_NO_DIR, str(model_dir or ""))
    missing = [name for name in REQUIRED_FILES if not (model_dir / name).is_file()]
    if missing:
        raise TranscriberUnavailableError(_MISSING_FILES, ", ".join(missing))
    return model_dir


def model_class(model_dir: Path | None) -> str:
    """The `model:` class named in the directory's config.yaml ("" when unreadable)."""
    try:
        text = (model_dir / "config.yaml").read_text(encoding="utf-8") if model_dir else ""
    except (OSError, UnicodeDecodeError):
        return ""
    found = _MODEL_LINE.search(text)
    return found.group(1) if found else ""


def clean_text(raw: str) -> str:
    """Engine text as HR reads it: SenseVoice tags and spaces between CJK characters removed,
    traditional characters converted to simplified."""
    text = _TAGS.sub("", raw)
    return to_simplified(_CJK_SPACE.sub("", text).strip())


class FunasrTranscriber:
    """Paraformer or SenseVoice via funasr.AutoModel on CPU; never touches a model hub."""

    def __init__(self, model_dir: Path | None, *, cpu_threads: int = 2) -> None:
        self._model_dir = model_dir
        self._cpu_threads = cpu_threads
        self._model: Any = None
        self._lock = threading.Lock()
        self._scores: list[float] = []

    @property
    def engine(self) -> str:
        """Engine id stored with each transcript: which FunASR model the directory holds."""
        return MODEL_KINDS.get(model_class(self._model_dir), UNKNOWN)

    def load(self) -> Any:
        """Import funasr and build the model once; clear errors when the extra or files miss."""
        with self._lock:
            if self._model is None:
                folder = check_model_dir(self._model_dir)
                kind = model_class(folder)
                if kind not in MODEL_KINDS:
                    raise TranscriberUnavailableError(_UNSUPPORTED, f"model: {kind or '?'}")
                try:
                    from funasr import AutoModel
                except ImportError as exc:
                    raise TranscriberUnavailableError(_NOT_INSTALLED, str(exc)) from exc
                model = AutoModel(
                    model=str(folder),
                    disable_update=True,
                    device="cpu",
                    ncpu=self._cpu_threads,
                    disable_pbar=True,
                    disable_log=True,
                )
                if MODEL_KINDS[kind] == SENSEVOICE:
                    self._capture_ctc_scores(model.model)
                else:
                    self._capture_decoder_scores(model.model)
                self._model = model
            return self._model

    def _capture_decoder_scores(self, inner: Any) -> None:
        """Record Paraformer's best-token log-probabilities: FunASR returns no confidence."""
        original: Callable[..., Any] | None = getattr(inner, "cal_decoder_with_predictor", None)
        if original is None:
            return  # confidence stays 0 and the answer goes to review

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            out = original(*args, **kwargs)
            log_probs, lengths = out[0], out[1]
            for row, length in zip(log_probs, lengths, strict=False):
                n = int(length)
                if n > 0:
                    best = row[:n].max(dim=-1).values
                    self._scores.append(float(best.mean().exp()))
            return out

        inner.cal_decoder_with_predictor = wrapped

    def _capture_ctc_scores(self, inner: Any) -> None:
        """Record SenseVoice's CTC confidence: mean best probability of the non-blank frames."""
        ctc = getattr(inner, "ctc", None)
        original: Callable[..., Any] | None = getattr(ctc, "log_softmax", None)
        if ctc is None or original is None:
            return
        blank = int(getattr(inner, "blank_id", 0))

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            out = original(*args, **kwargs)
            for row in out:
                best = row[_SENSEVOICE_QUERY_FRAMES:].max(dim=-1)
                spoken = best.indices != blank
                if bool(spoken.any()):
                    self._scores.append(float(best.values[spoken].exp().mean()))
            return out

        ctc.log_softmax = wrapped

    def _generate_options(self, language: str) -> dict[str, Any]:
        if self.engine == SENSEVOICE:
            # Inverse text normalisation gives punctuation and digits, as Paraformer's output has.
            return {"language": "zh" if language.startswith("zh") else "auto", "use_itn": True}
        return {}

    def transcribe(self, audio: AudioArray, *, language: str = "zh") -> Transcript:
        """Transcribe 16 kHz mono float32 audio, chunked at pauses, one segment per chunk."""
        model = self.load()
        options = self._generate_options(language)
        segments: list[Segment] = []
        for start, end in _chunks(audio):
            with self._lock:  # the score capture is per call; serialise decoding
                self._scores.clear()
                result = model.generate(input=audio[start:end], disable_pbar=True, **options)
                scores = list(self._scores)
            text = clean_text("".join(str(item.get("text", "")) for item in result or []))
            if not text:
                continue
            confidence = min(1.0, math.fsum(scores) / len(scores)) if scores else 0.0
            segments.append(
                Segment(
                    start=round(start / SAMPLE_RATE, 2),
                    end=round(end / SAMPLE_RATE, 2),
                    text=text,
                    confidence=confidence,
                )
            )
        return build_transcript(
            segments, language=language, engine=self.engine, duration_s=audio.size / SAMPLE_RATE
        )


def _chunks(audio: AudioArray) -> list[tuple[int, int]]:
    """Split at the quietest 100 ms window near each MAX_CHUNK_S boundary."""
    limit = int(MAX_CHUNK_S * SAMPLE_RATE)
    if audio.size <= limit:
        return [(0, int(audio.size))]
    window = SAMPLE_RATE // 10
    bounds: list[tuple[int, int]] = []
    start = 0
    while audio.size - start > limit:
        lo, hi = start + limit // 2, start + limit
        energy = np.convolve(audio[lo:hi] ** 2, np.ones(window, dtype=np.float32), "valid")
        cut = lo + int(np.argmin(energy)) + window // 2
        bounds.append((start, cut))
        start = cut
    bounds.append((start, int(audio.size)))
    return bounds
