"""Detect the real file type from magic bytes, not from the extension."""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum


class Sniffed(StrEnum):
    """What the bytes look like."""

    PDF = "pdf"
    ZIP = "zip"
    OLE2 = "ole2"
    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"
    BMP = "bmp"
    GIF = "gif"
    TIFF = "tiff"
    OTHER_BINARY = "other_binary"
    UNKNOWN = "unknown"


IMAGE_KINDS = frozenset({Sniffed.PNG, Sniffed.JPEG, Sniffed.WEBP, Sniffed.BMP})

# Formats we recognise only to name them in the error message.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "Windows 可执行程序"),
    (b"\x7fELF", "可执行程序"),
    (b"\x1f\x8b", "GZIP 压缩包"),
    (b"7z\xbc\xaf\x27\x1c", "7z 压缩包"),
    (b"Rar!\x1a\x07", "RAR 压缩包"),
    (b"ID3", "音频文件"),
    (b"OggS", "音频文件"),
    (b"fLaC", "音频文件"),
    (b"{\\rtf", "RTF 文档"),
    (b"%!PS", "PostScript 文件"),
)

_BMP_DIB_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> tuple[Sniffed, str]:
    """Return the detected kind and a Chinese description for messages."""
    head = data[:16]
    if data[:1024].find(b"%PDF-") != -1:
        # The PDF spec tolerates junk before the header; pdfium does too.
        return Sniffed.PDF, "PDF 文档"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return Sniffed.ZIP, "ZIP 压缩包"
    if head.startswith(_OLE2_MAGIC):
        return Sniffed.OLE2, "Office 97-2003 文档"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed.PNG, "PNG 图片"
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed.JPEG, "JPEG 图片"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed.WEBP, "WEBP 图片"
    if head[:4] == b"RIFF" and head[8:12] in (b"WAVE", b"AVI "):
        return Sniffed.OTHER_BINARY, "音视频文件"
    if _looks_like_bmp(data):
        return Sniffed.BMP, "BMP 图片"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Sniffed.GIF, "GIF 图片"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return Sniffed.TIFF, "TIFF 图片"
    if head[4:8] == b"ftyp":
        return Sniffed.OTHER_BINARY, "音视频文件"
    for magic, description in _OTHER_MAGIC:
        if head.startswith(magic):
            return Sniffed.OTHER_BINARY, description
    return Sniffed.UNKNOWN, "未知格式"


def _looks_like_bmp(data: bytes) -> bool:
    # "BM" alone is too weak (a text file may start with it): check the header fields too.
    if len(data) < 26 or not data.startswith(b"BM"):
        return False
    dib_size = int.from_bytes(data[14:18], "little")
    pixel_offset = int.from_bytes(data[10:14], "little")
    return dib_size in _BMP_DIB_SIZES and 14 + dib_size <= pixel_offset <= len(data)


def describe_zip(archive: zipfile.ZipFile) -> tuple[bool, str]:
    """Return (is_docx, Chinese description) for an opened zip archive."""
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return True, "Word 文档"
    if any(n.startswith("xl/") for n in names):
        return False, "Excel 表格"
    if any(n.startswith("ppt/") for n in names):
        return False, "PowerPoint 演示文稿"
    if "mimetype" in names or "content.xml" in names:
        return False, "OpenDocument 文档"
    return False, "ZIP 压缩包"


def ole2_kind(data: bytes) -> str:
    """Classify an OLE2 compound file: 'encrypted_ooxml', 'word', or 'other'."""
    # Stream names are stored as UTF-16LE in the directory sectors.
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted_ooxml"
    if "WordDocument".encode("utf-16-le") in data:
        return "word"
    return "other"


def open_zip(data: bytes) -> zipfile.ZipFile:
    """Open bytes as a zip archive (raises zipfile.BadZipFile and friends)."""
    return zipfile.ZipFile(io.BytesIO(data))
