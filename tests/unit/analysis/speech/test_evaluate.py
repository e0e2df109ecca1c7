"""The ASR evaluation report: per-file and overall CER from transcripts.tsv."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analysis.media.audio import write_wav
from analysis.speech.evaluate import overall_cer, run_asr_eval
from analysis.speech.port import AudioArray, build_transcript
from analysis.types import Segment, Transcript
from tests.fixtures.media import media_fixtures as fx


class ScriptedTranscriber:
    """Returns prepared hypotheses in order and records the audio lengths it was given."""

    engine = "scripted"

    def __init__(self, hypotheses: list[str]) -> None:
        self._hypotheses = list(hypotheses)
        self.lengths: list[int] = []

    def transcribe(self, audio: AudioArray, *, language: str = "zh") -> Transcript:
        self.lengths.append(int(audio.size))
        text = self._hypotheses.pop(0)
        seg = Segment(0.0, audio.size / 16000, text, 0.9)
        return build_transcript([seg], language=language, engine=self.engine, duration_s=1.0)


def test_report_counts_edits_over_all_reference_characters(tmp_path: Path) -> None:
    fx.tool_or_skip("ffmpeg")
    for name, seconds in (("a.wav", 1.0), ("b.wav", 2.0)):
        write_wav(tmp_path / name, np.zeros(int(16000 * seconds), dtype=np.float32))
    (tmp_path / "transcripts.tsv").write_text(
        "file\treference\na.wav\t你好世界\nb.wav\t欢迎大家\n", encoding="utf-8"
    )
    fake = ScriptedTranscriber(["你好，世界。", "歡迎大象"])
    report = run_asr_eval(tmp_path, fake)
    assert fake.lengths == [16000, 32000]
    assert "a.wav\t0.00%" in report
    assert "b.wav\t25.00%" in report
    assert overall_cer(report) == pytest.approx(1 / 8)


def test_missing_transcripts_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"transcripts\.tsv"):
        run_asr_eval(tmp_path, ScriptedTranscriber([]))
