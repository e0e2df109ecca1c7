"""faster-whisper engine on the Whisper-base files shipped in PyPI (CPU, int8, offline)."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.speech.errors import TranscriberUnavailableError
from analysis.speech.port import SAMPLE_RATE, AudioArray, build_transcript
from analysis.speech.text import to_simplified
from analysis.speech.whisper_files import prepare_whisper_base
from analysis.types import Segment, Transcript

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

ENGINE = "faster-whisper/base"
_NOT_INSTALLED = "未安装 faster-whisper 语音识别组件，请安装 faster-whisper 后重试。"


@dataclass(frozen=True, slots=True)
class WhisperDecoding:
    """How Whisper decodes. The defaults are the settings measured best on Mandarin with
    bench/bench_asr_decoding.py (13 clips made from ../shared/data/speech_zh: read speech, pauses,
    a 12 s pause mid-answer, noise, silence; figures in docs/speech.md):

    setting                         CER (natural speech)   RTF    characters invented in silence
    these defaults                  5.0%                   0.16   0
    no VAD filter                   6.9%                   0.35   0
    VAD with 400 ms padding         8.1%                   0.16   0   (cuts word edges)
    no temperature fallback         6.9%                   0.16   160 (loops in silence)
    beam 1                          11.2%                  0.34   0
    initial prompt                  10.0%                  0.33   10
    """

    beam_size: int = 5
    # Whisper decodes a window again at these temperatures when its text loops (gzip ratio over
    # 2.4) or is unsure; without it, silence came out as "看不清楚看不清楚…" (160 characters).
    temperatures: tuple[float, ...] = (0.0, 0.4, 0.8)
    # Silero VAD (shipped inside faster-whisper, offline) removes long silences before decoding:
    # nothing to invent words in, and half the decoding time on answers with pauses. Its default
    # 400 ms padding clipped word edges (8.1% CER, and 25.9% vs 14.8% in the earlier five-clip
    # measurement of offline-models.md); 1 s of padding keeps them.
    vad_filter: bool = True
    vad_speech_pad_ms: int = 1000
    vad_min_silence_ms: int = 2000
    # A prompt biases the first window; measured worse on Mandarin (10.0%): never set it.
    initial_prompt: str | None = None

    def options(self, language: str) -> dict[str, Any]:
        """Keyword arguments for WhisperModel.transcribe."""
        options: dict[str, Any] = {
            "language": language,
            "beam_size": self.beam_size,
            "temperature": list(self.temperatures),
            "initial_prompt": self.initial_prompt,
            # Long answers: conditioning on earlier text makes Whisper loop on repeats.
            "condition_on_previous_text": False,
            "vad_filter": self.vad_filter,
        }
        if self.vad_filter:
            options["vad_parameters"] = {
                "speech_pad_ms": self.vad_speech_pad_ms,
                "min_silence_duration_ms": self.vad_min_silence_ms,
            }
        return options


DEFAULT_DECODING = WhisperDecoding()


class WhisperTranscriber:
    """Transcribes with faster-whisper; the model loads on first use and is then shared."""

    def __init__(
        self,
        model_cache_dir: Path,
        *,
        cpu_threads: int = 2,
        decoding: WhisperDecoding = DEFAULT_DECODING,
        model_dir: Path | None = None,
    ) -> None:
        self._cache_dir = model_cache_dir
        self._model_dir = model_dir  # an already prepared CTranslate2 folder (tests, bench)
        self._cpu_threads = cpu_threads
        self.decoding = decoding
        self._model: WhisperModel | None = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> str:
        """Engine label stored with each transcript."""
        return ENGINE

    def load(self) -> WhisperModel:
        """Prepare the files and load the model once (thread-safe)."""
        with self._lock:
            if self._model is None:
                try:
                    from faster_whisper import WhisperModel
                except ImportError as exc:
                    raise TranscriberUnavailableError(_NOT_INSTALLED, str(exc)) from exc
                folder = self._model_dir or prepare_whisper_base(self._cache_dir)
                # A local folder: faster-whisper never consults the hub for it.
                self._model = WhisperModel(
                    str(folder), device="cpu", compute_type="int8", cpu_threads=self._cpu_threads
                )
            return self._model

    def transcribe(self, audio: AudioArray, *, language: str = "zh") -> Transcript:
        """Transcribe a 16 kHz mono float32 array; Chinese output is converted to simplified."""
        model = self.load()
        duration = float(audio.size) / SAMPLE_RATE
        raw_segments, info = model.transcribe(audio, **self.decoding.options(language))
        segments: list[Segment] = []
        for seg in raw_segments:
            text = seg.text.strip()
            if language.startswith("zh"):
                # Whisper sometimes answers in traditional characters (換): HR reads simplified.
                text = to_simplified(text)
            segments.append(
                Segment(
                    start=round(float(seg.start), 2),
                    end=round(float(seg.end), 2),
                    text=text,
                    confidence=min(1.0, math.exp(float(seg.avg_logprob))),
                    no_speech_prob=float(seg.no_speech_prob),
                )
            )
        return build_transcript(
            segments, language=info.language or language, engine=ENGINE, duration_s=duration
        )
