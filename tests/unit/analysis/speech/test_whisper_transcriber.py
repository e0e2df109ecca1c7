"""faster-whisper on Whisper-base from PyPI: files, accuracy on reference clips, silence."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from analysis.speech.evaluate import evaluate_engine, load_clips
from analysis.speech.quality import check_speech
from analysis.speech.text import to_simplified
from analysis.speech.whisper import WhisperTranscriber
from analysis.speech.whisper_files import MODEL_BIN_SIZE, SHA256, prepare_whisper_base, sha256_of
from analysis.types import Flag
from tests.support import SHARED_DATA

# Any attempt by huggingface_hub to reach the network now raises: the model must be local.
os.environ["HF_HUB_OFFLINE"] = "1"

# Decoding every reference clip with Whisper-base can take minutes on a loaded machine.
pytestmark = pytest.mark.timeout(900)

SPEECH_DIR = SHARED_DATA / "speech_zh"
MAX_CER = 0.10


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def transcriber(cache_dir: Path) -> WhisperTranscriber:
    return WhisperTranscriber(cache_dir, cpu_threads=2)


def test_model_is_joined_from_the_two_packages_and_verified(cache_dir: Path) -> None:
    folder = prepare_whisper_base(cache_dir)
    model_bin = folder / "model.bin"
    assert model_bin.stat().st_size == MODEL_BIN_SIZE
    assert sha256_of(model_bin) == SHA256["model.bin"]
    assert {p.name for p in folder.iterdir()} >= set(SHA256)


def test_a_corrupted_cached_model_is_rebuilt(tmp_path: Path) -> None:
    folder = prepare_whisper_base(tmp_path)
    with (folder / "model.bin").open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00" * 16)
    prepare_whisper_base(tmp_path)
    assert sha256_of(folder / "model.bin") == SHA256["model.bin"]


def test_reference_clips_are_transcribed_within_the_cer_bound(
    transcriber: WhisperTranscriber,
) -> None:
    if not (SPEECH_DIR / "transcripts.tsv").is_file():
        pytest.skip(f"!!! SKIPPED: REFERENCE DATA MISSING: {SPEECH_DIR} not found !!!")
    result = evaluate_engine(transcriber, load_clips(SPEECH_DIR))
    assert result.cer <= MAX_CER, result


def test_segments_carry_times_confidence_and_simplified_text(
    transcriber: WhisperTranscriber,
) -> None:
    wav = SPEECH_DIR / "asr_example_zh.wav"
    if not wav.is_file():
        pytest.skip(f"!!! SKIPPED: REFERENCE DATA MISSING: {wav} not found !!!")
    from analysis.media.audio import decode_audio

    transcript = transcriber.transcribe(decode_audio(wav))
    assert transcript.language == "zh"
    assert transcript.engine == "faster-whisper/base"
    assert transcript.text == to_simplified(transcript.text)
    assert transcript.segments
    for seg in transcript.segments:
        assert 0 <= seg.start < seg.end <= transcript.duration_s + 0.5
        assert 0 < seg.confidence <= 1
        assert seg.no_speech_prob is not None
    assert 0.3 < transcript.confidence <= 1
    assert check_speech(transcript, transcript.duration_s).scorable


def test_a_silent_answer_is_flagged_silent_not_scored(transcriber: WhisperTranscriber) -> None:
    rng = np.random.default_rng(0)
    hiss = (rng.normal(0, 0.001, 16000 * 4)).astype(np.float32)  # a quiet room, nobody talking
    transcript = transcriber.transcribe(hiss)
    check = check_speech(transcript, 4.0)
    assert Flag.SILENT in check.flags
    assert not check.scorable
