"""Run ffmpeg as a subprocess with a timeout and map its failures to typed errors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from analysis.media.containers import demuxer_of
from analysis.media.errors import UnusableMediaError, UnusableReason

# ffmpeg's own wording (at -loglevel error) for inputs it cannot read; matched case-insensitively.
_CORRUPT_MARKERS = (
    "invalid data found when processing input",
    "moov atom not found",
    "could not find codec parameters",
    "ebml header parsing failed",
    "error while decoding",
    "invalid argument",
    "end of file",
    "failed to read",
    "header missing",
)
_STDERR_TAIL = 600


def ffmpeg_binary() -> str:
    """Path of the ffmpeg executable; UnusableMediaError(TOOL_MISSING) when absent."""
    found = shutil.which("ffmpeg")
    if found is None:
        raise UnusableMediaError(UnusableReason.TOOL_MISSING, "ffmpeg not on PATH")
    return found


def require_file(path: Path) -> None:
    """Raise NOT_FOUND / ZERO_DURATION before spending a subprocess on a missing or empty file."""
    if not path.is_file():
        raise UnusableMediaError(UnusableReason.NOT_FOUND, str(path.name))
    if path.stat().st_size == 0:
        raise UnusableMediaError(UnusableReason.ZERO_DURATION, "empty file")


def input_args(path: Path) -> list[str]:
    """`-i path` hardened: the demuxer forced from the magic bytes, only the local file protocol.

    A crafted upload (an HLS playlist or concat list under a recording's name) could otherwise
    make ffmpeg read other files on the server, such as another candidate's recording, or URLs.
    """
    demuxer = demuxer_of(path)
    if demuxer is None:
        raise UnusableMediaError(UnusableReason.CORRUPT, "not a recording container")
    return ["-protocol_whitelist", "file", "-f", demuxer, "-i", str(path)]


def run_ffmpeg(args: list[str], *, timeout_s: float, missing_stream: UnusableReason) -> bytes:
    """Run `ffmpeg args` and return stdout; `missing_stream` names the error when a map fails."""
    cmd = [ffmpeg_binary(), "-nostdin", "-hide_banner", "-loglevel", "error", *args]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout_s, check=False)  # noqa: S603
    except subprocess.TimeoutExpired as exc:
        raise UnusableMediaError(UnusableReason.TIMEOUT, f"ffmpeg > {timeout_s:g}s") from exc
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise classify_failure(stderr, missing_stream)
    return done.stdout


def classify_failure(stderr: str, missing_stream: UnusableReason) -> UnusableMediaError:
    """Turn ffmpeg's stderr into the most specific reason we can name."""
    tail = stderr.strip()[-_STDERR_TAIL:]
    low = stderr.lower()
    if "matches no streams" in low or "does not contain any stream" in low:
        return UnusableMediaError(missing_stream, tail)
    if "no such file or directory" in low:
        return UnusableMediaError(UnusableReason.NOT_FOUND, tail)
    if any(marker in low for marker in _CORRUPT_MARKERS):
        return UnusableMediaError(UnusableReason.CORRUPT, tail)
    # Anything else ffmpeg refuses is still a file we cannot use; keep the detail for logs.
    return UnusableMediaError(UnusableReason.CORRUPT, tail)
