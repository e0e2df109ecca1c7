"""Content sniffing: the first bytes must be a recording container we accept."""

from __future__ import annotations

from analysis.media.containers import SNIFF_BYTES, sniff

__all__ = ["ALLOWED_MIME", "EXTENSIONS", "SNIFF_BYTES", "base_mime", "sniff"]

# Media types the page may declare; the magic bytes must agree with the family.
ALLOWED_MIME = {
    "video/webm": "webm",
    "audio/webm": "webm",
    "video/x-matroska": "webm",
    "video/mp4": "mp4",
    "audio/mp4": "mp4",
    "audio/x-m4a": "mp4",
    "audio/m4a": "mp4",
    "audio/ogg": "ogg",
    "video/ogg": "ogg",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/wave": "wav",
}
EXTENSIONS = {"webm": "webm", "mp4": "mp4", "ogg": "ogg", "wav": "wav"}


def base_mime(mime_type: str) -> str:
    """`video/webm;codecs=vp8,opus` -> `video/webm`."""
    return mime_type.split(";", 1)[0].strip().lower()
