"""ffprobe validation on real media made by ffmpeg, and the magic-byte sniffer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from analysis.media.probe import MediaProbeError, probe
from workflows.interviews.sniff import sniff


def _ffmpeg(*args: str) -> None:
    if shutil.which("ffmpeg") is None:
        raise AssertionError("ffmpeg is not installed: run deploy/system-deps.sh (CI installs it)")
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True, timeout=60)


async def test_probe_reads_a_generated_webm(tmp_path: Path) -> None:
    out = tmp_path / "out.webm"
    _ffmpeg(
        "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15", "-f", "lavfi", "-i",
        "sine=frequency=440", "-t", "2", "-c:v", "libvpx", "-c:a", "libopus", str(out),
    )  # fmt: skip
    info = await probe(out)
    assert "webm" in info.format_name
    assert info.has_audio and info.has_video
    assert (info.width, info.height) == (320, 240)
    assert info.duration_s is not None and abs(info.duration_s - 2.0) < 0.2
    assert sniff(out.read_bytes()[:16]) == "webm"


@pytest.mark.parametrize(
    ("name", "codec", "family"),
    [("a.wav", "pcm_s16le", "wav"), ("a.ogg", "libopus", "ogg"), ("a.m4a", "aac", "mp4")],
)
async def test_probe_reads_audio_formats(
    tmp_path: Path, name: str, codec: str, family: str
) -> None:
    out = tmp_path / name
    _ffmpeg("-f", "lavfi", "-i", "sine=frequency=440", "-t", "1", "-c:a", codec, str(out))
    info = await probe(out)
    assert info.has_audio and not info.has_video
    assert sniff(out.read_bytes()[:16]) == family


async def test_a_text_file_renamed_webm_is_not_media(tmp_path: Path) -> None:
    fake = tmp_path / "notes.webm"
    fake.write_text("这只是一个文本文件\n" * 20, encoding="utf-8")
    assert sniff(fake.read_bytes()[:16]) is None
    with pytest.raises(MediaProbeError):
        await probe(fake)
