"""Audio extraction, frame sampling and rejection of unusable recordings on generated media."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from analysis.media.audio import SAMPLE_RATE, decode_audio, extract_wav
from analysis.media.check import check_recording
from analysis.media.errors import UnusableMediaError, UnusableReason
from analysis.media.frames import parse_ppm_stream, sample_frames
from tests.fixtures.media import media_fixtures as fx


@pytest.fixture(scope="module")
def ffmpeg() -> str:
    return fx.tool_or_skip("ffmpeg")


@pytest.fixture(scope="module")
def tone_mp4(tmp_path_factory: pytest.TempPathFactory, ffmpeg: str) -> Path:
    return fx.tone_video(tmp_path_factory.mktemp("media") / "tone.mp4", 3.0)


def test_audio_is_decoded_to_16k_mono_float32_with_the_right_pitch(tone_mp4: Path) -> None:
    audio = decode_audio(tone_mp4)
    assert audio.dtype == np.float32
    assert abs(audio.size / SAMPLE_RATE - 3.0) < 0.1
    spectrum = np.abs(np.fft.rfft(audio))
    peak_hz = np.argmax(spectrum) * SAMPLE_RATE / audio.size
    assert abs(peak_hz - 440) < 2


def test_extracted_wav_is_16k_mono_pcm(tone_mp4: Path, tmp_path: Path) -> None:
    out = extract_wav(tone_mp4, tmp_path / "a.wav")
    with wave.open(str(out)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16000, 1, 2)
        assert abs(wav.getnframes() / 16000 - 3.0) < 0.1


def test_mandarin_speech_muxed_with_video_yields_speech_and_frames(
    tmp_path: Path, ffmpeg: str
) -> None:
    fx.tool_or_skip("espeak-ng")
    clip = fx.interview_video(tmp_path / "answer.mp4", 4.0, workdir=tmp_path)
    audio = decode_audio(clip)
    assert abs(audio.size / SAMPLE_RATE - 4.0) < 0.2
    assert float(np.sqrt(np.mean(audio**2))) > 0.01  # speech, not silence
    frames = sample_frames(clip, fps=2.0, max_frames=100)
    assert 7 <= len(frames) <= 9
    assert frames[0].shape == (360, 480, 3)  # downscaled to 360 lines, aspect kept


def test_frames_are_capped_and_spread_over_the_duration(tone_mp4: Path) -> None:
    frames = sample_frames(tone_mp4, fps=10.0, max_frames=3, duration_s=3.0)
    assert len(frames) == 3
    # testsrc draws a moving pattern: frames a second apart differ.
    assert not np.array_equal(frames[0], frames[-1])


def test_video_without_audio_is_rejected_with_a_chinese_reason(tmp_path: Path, ffmpeg: str) -> None:
    clip = fx.tone_video(tmp_path / "mute.mp4", 2.0, audio=False)
    with pytest.raises(UnusableMediaError) as caught:
        decode_audio(clip)
    assert caught.value.reason is UnusableReason.NO_AUDIO
    assert "没有声音" in caught.value.message


def test_audio_only_recording_has_no_frames(tmp_path: Path, ffmpeg: str) -> None:
    clip = fx.silent_clip(tmp_path / "a.wav", 1.0)
    with pytest.raises(UnusableMediaError) as caught:
        sample_frames(clip)
    assert caught.value.reason is UnusableReason.NO_VIDEO


@pytest.mark.parametrize("kind", ["random", "truncated"])
def test_corrupt_recordings_are_rejected(
    kind: str, tone_mp4: Path, tmp_path: Path, ffmpeg: str
) -> None:
    bad = tmp_path / "bad.mp4"
    data = np.random.default_rng(0).bytes(5000) if kind == "random" else tone_mp4.read_bytes()
    bad.write_bytes(data if kind == "random" else data[: len(data) // 3])
    with pytest.raises(UnusableMediaError) as caught:
        decode_audio(bad)
    assert caught.value.reason is UnusableReason.CORRUPT
    assert "损坏" in caught.value.message


def test_empty_and_missing_files_are_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "empty.webm"
    empty.write_bytes(b"")
    with pytest.raises(UnusableMediaError) as caught:
        decode_audio(empty)
    assert caught.value.reason is UnusableReason.ZERO_DURATION
    with pytest.raises(UnusableMediaError) as caught:
        decode_audio(tmp_path / "nope.webm")
    assert caught.value.reason is UnusableReason.NOT_FOUND


async def test_probe_check_rejects_a_video_without_sound(tmp_path: Path, ffmpeg: str) -> None:
    clip = fx.tone_video(tmp_path / "mute.mp4", 1.0, audio=False)
    with pytest.raises(UnusableMediaError) as caught:
        await check_recording(clip)
    assert caught.value.reason is UnusableReason.NO_AUDIO
    info = await check_recording(clip, need_audio=False, need_video=True)
    assert info.has_video


async def test_probe_check_rejects_garbage_as_corrupt(tmp_path: Path, ffmpeg: str) -> None:
    bad = tmp_path / "bad.webm"
    bad.write_bytes(b"not a recording at all" * 100)
    with pytest.raises(UnusableMediaError) as caught:
        await check_recording(bad)
    assert caught.value.reason is UnusableReason.CORRUPT


def test_ppm_stream_parsing_keeps_complete_frames_in_bgr() -> None:
    rgb = bytes([255, 0, 0]) * 6  # 3x2 red image
    raw = b"P6\n3 2\n255\n" + rgb + b"P6\n3 2\n255\n" + rgb[:5]  # second frame truncated
    frames = parse_ppm_stream(raw)
    assert len(frames) == 1
    assert frames[0].shape == (2, 3, 3)
    assert frames[0][0, 0].tolist() == [0, 0, 255]  # BGR order for OpenCV


def test_a_playlist_posing_as_a_recording_cannot_read_other_files(
    tone_mp4: Path, tmp_path: Path
) -> None:
    # Another candidate's recording beside it, and a concat list naming it: ffmpeg's probing
    # alone would read that file as if it were this answer.
    extract_wav(tone_mp4, tmp_path / "other-candidate.wav")
    playlist = tmp_path / "answer.webm"
    playlist.write_text("ffconcat version 1.0\nfile other-candidate.wav\n", encoding="utf-8")
    with pytest.raises(UnusableMediaError) as info:
        decode_audio(playlist)
    assert info.value.reason is UnusableReason.CORRUPT
    with pytest.raises(UnusableMediaError):
        sample_frames(playlist)
