"""Recording containers by their magic bytes, and the ffmpeg demuxer each one is read with."""

from __future__ import annotations

from pathlib import Path

SNIFF_BYTES = 16
# Forcing the demuxer means a file that merely claims to be a recording (an HLS playlist, a
# concat list) is never interpreted as instructions to open other files or URLs.
DEMUXERS = {"webm": "matroska", "mp4": "mov", "ogg": "ogg", "wav": "wav"}


def sniff(head: bytes) -> str | None:
    """The container family of these first bytes (webm, mp4, ogg, wav) or None."""
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML: WebM and Matroska
        return "webm"
    if len(head) >= 12 and head[4:8] == b"ftyp":  # ISO BMFF: MP4, M4A
        return "mp4"
    if head.startswith(b"OggS"):
        return "ogg"
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    return None


def demuxer_of(path: Path) -> str | None:
    """The ffmpeg demuxer for this file's container, or None when it is not a recording."""
    with path.open("rb") as fh:
        family = sniff(fh.read(SNIFF_BYTES))
    return DEMUXERS.get(family) if family else None
