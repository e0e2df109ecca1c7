"""The ASR evaluation: clips checked before any model loads, CER and RTF per engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analysis.eval_input import EvalInputError
from analysis.media.audio import write_wav
from analysis.speech.evaluate import (
    EngineFailure,
    evaluate_engine,
    format_report,
    load_clips,
)
from analysis.speech.port import AudioArray, build_transcript
from analysis.types import Segment, Transcript
from tests.fixtures.media import media_fixtures as fx


class ScriptedTranscriber:
    """Returns prepared hypotheses in order (after the warm-up call) and records audio lengths."""

    engine = "faster-whisper/base"

    def __init__(self, hypotheses: list[str]) -> None:
        self._hypotheses = ["", *hypotheses]
        self.lengths: list[int] = []

    def transcribe(self, audio: AudioArray, *, language: str = "zh") -> Transcript:
        self.lengths.append(int(audio.size))
        text = self._hypotheses.pop(0)
        seg = Segment(0.0, audio.size / 16000, text, 0.9)
        return build_transcript([seg], language=language, engine=self.engine, duration_s=1.0)


def _folder(tmp_path: Path) -> Path:
    fx.tool_or_skip("ffmpeg")
    for name, seconds in (("a.wav", 1.0), ("b.wav", 2.0)):
        write_wav(tmp_path / name, np.zeros(int(16000 * seconds), dtype=np.float32))
    (tmp_path / "transcripts.tsv").write_text(
        "file\treference\na.wav\t你好世界\nb.wav\t欢迎大家\n", encoding="utf-8"
    )
    return tmp_path


def test_cer_counts_edits_over_all_reference_characters_and_rtf_excludes_loading(
    tmp_path: Path,
) -> None:
    clips = load_clips(_folder(tmp_path))
    fake = ScriptedTranscriber(["你好，世界。", "歡迎大象"])
    result = evaluate_engine(fake, clips)
    assert fake.lengths == [16000, 16000, 32000]  # warm-up second, then the two clips
    assert [c.cer for c in result.clips] == [0.0, 0.25]
    assert result.cer == pytest.approx(1 / 8)
    assert result.audio_s == pytest.approx(3.0)
    assert 0 <= result.rtf < 1
    report = format_report(tmp_path, clips, [result, EngineFailure("funasr", "未安装 FunASR")])
    assert "a.wav\t0.00%\t你好，世界。" in report
    assert "b.wav\t25.00%\t歡迎大象" in report
    assert "faster-whisper/base: CER 12.50% (1 edits / 8 characters), real-time factor" in report
    assert "== faster-whisper/base (Whisper-base（离线）)" in report
    assert "== funasr (FunASR)\nnot measured: 未安装 FunASR" in report


def test_a_listed_clip_that_is_missing_is_an_input_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "b.wav").unlink()
    with pytest.raises(EvalInputError, match=r"transcripts\.tsv:3: audio file b\.wav"):
        load_clips(folder)


def test_missing_transcripts_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(EvalInputError, match=r"transcripts\.tsv: no such file"):
        load_clips(tmp_path)
