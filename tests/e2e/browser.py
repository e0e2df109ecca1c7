"""Headless Debian Chromium with a fake camera and microphone fed from generated media."""

from __future__ import annotations

import math
import os
import shutil
import struct
import subprocess
import time
import wave
from pathlib import Path

import pytest
from playwright.sync_api import Frame, Page

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Mandarin in pinyin with tone numbers: espeak-ng's cmn voice reads it as speech.
SPEECH_PINYIN = (
    "ni3 hao3, wo3 jiao4 zhang1 wei3. wo3 you3 wu3 nian2 hou4 duan1 kai1 fa1 jing1 yan4, "
    "hen3 gao1 xing4 can1 jia1 zhe4 ci4 mian4 shi4."
)
BASE_ARGS = (
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
)


def require_tool(name: str, path: str | None) -> str:
    """The tool's path; CI fails without it, a developer's run skips loudly."""
    if path and os.access(path, os.X_OK):
        return path
    reason = (
        f"{name} is not installed: the interview page end-to-end test needs it "
        "(deploy/system-deps.sh installs chromium, ffmpeg and espeak-ng; "
        "playwright is a dev requirement)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(f"!!! SKIPPED: {reason} !!!")


def chromium_path() -> str:
    """Debian's Chromium (never a Playwright-downloaded browser), with Playwright to drive it."""
    found = next((p for p in CHROMIUM_CANDIDATES if os.access(p, os.X_OK)), None)
    path = require_tool("chromium", found)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        require_tool("the playwright Python package", None)
    return path


def make_fake_video(folder: Path) -> Path:
    """Two seconds of ffmpeg's test pattern as Y4M (Chromium loops it)."""
    ffmpeg = require_tool("ffmpeg", shutil.which("ffmpeg"))
    out = folder / "camera.y4m"
    pattern = ["-f", "lavfi", "-i", "testsrc=size=640x480:rate=15", "-t", "2"]
    subprocess.run(
        [ffmpeg, "-loglevel", "error", "-y", *pattern, "-pix_fmt", "yuv420p", str(out)],
        check=True,
        timeout=60,
    )
    return out


def _sine_wav(path: Path, seconds: float = 3.0, rate: int = 16000) -> None:
    frames = bytearray()
    for i in range(int(seconds * rate)):
        # A 220 Hz tone, pulsed like syllables so the level meter moves.
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 3 * i / rate)
        sample = 0.4 * envelope * math.sin(2 * math.pi * 220 * i / rate)
        frames += struct.pack("<h", int(sample * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


def make_fake_audio(folder: Path) -> Path:
    """Mandarin speech from espeak-ng as WAV; a pulsed tone where espeak-ng is missing."""
    out = folder / "microphone.wav"
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        # The page only needs a moving level and a real audio track; a tone gives both.
        _sine_wav(out)
        return out
    subprocess.run(
        [espeak, "-v", "cmn-latn-pinyin", "-s", "150", "-w", str(out), SPEECH_PINYIN],
        check=True,
        timeout=60,
        capture_output=True,
    )
    return out


def launch_args(video: Path, audio: Path) -> list[str]:
    """Chromium switches: headless, offline-friendly, fake capture devices from files."""
    return [
        *BASE_ARGS,
        f"--use-file-for-fake-video-capture={video}",
        f"--use-file-for-fake-audio-capture={audio}",
    ]


def wait_until(page: Page, expression: str, *, timeout_s: float = 20.0) -> None:
    """Poll a JS expression until it is truthy. Playwright's wait_for_function compiles its
    predicate with eval, which the pages' Content-Security-Policy (no 'unsafe-eval') blocks."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout_s:g} s: {expression}")
        page.wait_for_timeout(100)


def sideways_overflow(target: Page | Frame) -> int:
    """How many CSS pixels the document is wider than its viewport (0: no sideways scroll)."""
    return int(
        target.evaluate(
            "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
            " - document.documentElement.clientWidth"
        )
    )
