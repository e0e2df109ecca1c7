"""Interview recordings for the demo: espeak-ng Mandarin speech muxed with an ffmpeg video."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

# espeak-ng's Mandarin voice with pinyin rules reads Chinese characters through its own
# dictionary; a moderate speed keeps Whisper-base's transcripts closest to the text.
VOICE = "cmn-latn-pinyin"
SPEED_WPM = "125"
# A different test pattern per candidate, so the recordings do not all look the same.
PATTERNS = ("testsrc", "testsrc2", "smptebars")


class MediaToolMissingError(RuntimeError):
    """espeak-ng or ffmpeg is not installed."""


def require_tools() -> None:
    """Raise MediaToolMissingError naming what is missing and how to install it."""
    missing = [tool for tool in ("espeak-ng", "ffmpeg") if shutil.which(tool) is None]
    if missing:
        raise MediaToolMissingError(
            f"{' and '.join(missing)} not found: run `bash deploy/system-deps.sh` "
            "(or `apt-get install ffmpeg espeak-ng`)"
        )


def spoken_video(text: str, folder: Path, *, pattern: int = 0) -> bytes:
    """An MP4 (H.264 test pattern + AAC speech) of `text` read aloud; cached by content."""
    require_tools()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(f"{pattern}:{text}".encode()).hexdigest()[:16]
    out = folder / f"answer-{digest}.mp4"
    if out.exists():
        return out.read_bytes()
    wav = folder / f"answer-{digest}.wav"
    say = ["espeak-ng", "-v", VOICE, "-s", SPEED_WPM, "-w", str(wav), text]
    subprocess.run(say, check=True, capture_output=True, timeout=120)  # noqa: S603 - fixed argv
    source = f"{PATTERNS[pattern % len(PATTERNS)]}=size=320x240:rate=10"
    mux = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, "-i", str(wav)]
    mux += ["-shortest", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"]
    mux += ["-c:a", "aac", "-movflags", "+faststart", str(out)]
    subprocess.run(mux, check=True, capture_output=True, timeout=120)  # noqa: S603 - fixed argv
    wav.unlink(missing_ok=True)
    return out.read_bytes()
