"""Content sniffing: the first bytes must be a recording container we accept."""

from __future__ import annotations

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
SNIFF_BYTES = 16
EXTENSIONS = {"webm": "webm", "mp4": "mp4", "ogg": "ogg", "wav": "wav"}


def base_mime(mime_type: str) -> str:
    """`video/webm;codecs=vp8,opus` -> `video/webm`."""
    return mime_type.split(";", 1)[0].strip().lower()


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
