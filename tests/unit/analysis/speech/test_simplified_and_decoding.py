"""Traditional-to-simplified conversion of Whisper's output, and the decoding settings it runs
with (int8 beam 5, language zh, no initial prompt, VAD with 1 s padding, temperature fallback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from analysis.speech.text import to_simplified
from analysis.speech.whisper import DEFAULT_DECODING, WhisperTranscriber


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("換", "换"),
        ("我們換一個方案", "我们换一个方案"),
        ("系統響應時間降低了一半", "系统响应时间降低了一半"),
        # Phrase level: one traditional character maps to different simplified ones by word.
        ("乾燥", "干燥"),
        ("乾隆皇帝", "乾隆皇帝"),
        ("頭髮", "头发"),
        ("瞭解", "了解"),
        ("後來", "后来"),
        ("一隻貓", "一只猫"),
    ],
)
def test_traditional_text_becomes_simplified_word_by_word(
    traditional: str, simplified: str
) -> None:
    assert to_simplified(traditional) == simplified


def test_simplified_text_and_latin_stay_as_they_are() -> None:
    text = "我们用 Kafka 削峰，著名的周末促销，QPS 到了 1 万。"
    assert to_simplified(text) == text
    assert to_simplified("") == ""


@dataclass
class _Segment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float


@dataclass
class _Info:
    language: str


class _FakeWhisperModel:
    """Stands in for faster_whisper.WhisperModel: answers in traditional characters, like
    Whisper-base sometimes does, and records the options it was called with."""

    def __init__(self) -> None:
        self.options: dict[str, Any] = {}

    def transcribe(self, audio: Any, **options: Any) -> tuple[list[_Segment], _Info]:
        self.options = options
        return [
            _Segment(0.0, 2.5, " 我們換一個方案", -0.2, 0.01),
            _Segment(2.5, 4.0, "頭髮", -1.2, 0.02),
        ], _Info("zh")


def test_whisper_output_is_simplified_and_decoded_with_the_measured_settings(
    tmp_path: Path,
) -> None:
    transcriber = WhisperTranscriber(tmp_path)
    fake = _FakeWhisperModel()
    transcriber._model = fake  # type: ignore[assignment]
    transcript = transcriber.transcribe(np.zeros(16000 * 4, dtype=np.float32))
    assert transcript.text == "我们换一个方案头发"
    assert [s.text for s in transcript.segments] == ["我们换一个方案", "头发"]
    assert transcript.segments[0].confidence == pytest.approx(np.exp(-0.2))
    assert fake.options == {
        "language": "zh",
        "beam_size": 5,
        "temperature": [0.0, 0.4, 0.8],
        "initial_prompt": None,
        "condition_on_previous_text": False,
        "vad_filter": True,
        "vad_parameters": {"speech_pad_ms": 1000, "min_silence_duration_ms": 2000},
    }
    assert transcriber.decoding is DEFAULT_DECODING
