"""Errors for resume input that the bot can show to candidates and HR as ``err.user_message``."""

from __future__ import annotations

import unicodedata
from typing import ClassVar

_MAX_NAME_CHARS = 60
_MIB = 1024 * 1024


def display_filename(filename: str) -> str:
    """Return a short, printable file name (no directories, no control characters) for messages."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    # Control and format characters could reorder or hide text in the chat client.
    cleaned = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    if not cleaned:
        return "未命名文件"
    if len(cleaned) > _MAX_NAME_CHARS:
        return cleaned[: _MAX_NAME_CHARS - 1] + "…"
    return cleaned


def format_mb(size_bytes: int) -> str:
    """Format a byte count as MB with at most one decimal (10 MB, 2.5 MB)."""
    mb = size_bytes / _MIB
    return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"


class ResumeInputError(Exception):
    """Base class: a resume file we cannot read; ``user_message`` is Chinese and names the file."""

    code: ClassVar[str] = "resume_input"

    def __init__(self, filename: str, user_message: str, detail: str = "") -> None:
        self.filename = filename
        self.user_message = user_message
        # detail is for logs: technical and free of resume content.
        self.detail = detail
        super().__init__(f"{self.code}: {detail or user_message}")


class UnsupportedFileTypeError(ResumeInputError):
    """The file is not a format we parse (executables, archives, spreadsheets, audio, ...)."""

    code: ClassVar[str] = "unsupported_type"

    def __init__(self, filename: str, detected: str = "未知格式", detail: str = "") -> None:
        name = display_filename(filename)
        super().__init__(
            filename,
            f"不支持的文件类型：“{name}”识别为{detected}。"
            "请上传 PDF、Word（.docx）、图片（PNG/JPG/WEBP/BMP）或纯文本（TXT/MD）格式的简历。",
            detail or f"detected={detected}",
        )


class LegacyDocError(UnsupportedFileTypeError):
    """An old binary Word .doc file: ask the candidate to save it as DOCX or PDF."""

    code: ClassVar[str] = "legacy_doc"

    def __init__(self, filename: str) -> None:
        name = display_filename(filename)
        ResumeInputError.__init__(
            self,
            filename,
            f"不支持的文件类型：“{name}”是旧版 Word（.doc）格式，暂不支持。"
            "请在 Word 或 WPS 中“另存为” .docx 或 PDF 后重新上传。",
            "legacy OLE2 Word document",
        )


class EncryptedFileError(ResumeInputError):
    """The file needs a password to open."""

    code: ClassVar[str] = "encrypted"

    def __init__(self, filename: str, detail: str = "") -> None:
        name = display_filename(filename)
        super().__init__(
            filename,
            f"文件已加密：“{name}”设置了打开密码，无法读取。请取消密码保护后重新上传。",
            detail or "password required",
        )


class CorruptFileError(ResumeInputError):
    """The file claims a format but cannot be parsed (truncated download, broken export)."""

    code: ClassVar[str] = "corrupt"

    def __init__(self, filename: str, detail: str = "") -> None:
        name = display_filename(filename)
        super().__init__(
            filename,
            f"文件已损坏：“{name}”无法打开，可能下载不完整或导出出错。请重新导出或另存后再上传。",
            detail or "corrupt",
        )


class EmptyFileError(ResumeInputError):
    """The file has no bytes at all."""

    code: ClassVar[str] = "empty"

    def __init__(self, filename: str) -> None:
        name = display_filename(filename)
        super().__init__(
            filename, f"文件为空：“{name}”没有任何内容。请检查后重新上传。", "zero bytes"
        )


class NoTextFoundError(ResumeInputError):
    """Neither the text layer nor OCR produced any text."""

    code: ClassVar[str] = "no_text"

    def __init__(self, filename: str, *, is_image: bool, detail: str = "") -> None:
        name = display_filename(filename)
        if is_image:
            message = (
                f"图片中未识别到文字：“{name}”里没有可识别的文字。"
                "请上传清晰、端正、无遮挡的简历图片，或直接上传 PDF/Word 文件。"
            )
        else:
            message = (
                f"文件中未识别到文字：“{name}”里没有可读取的文字内容。"
                "如果是扫描件，请确认扫描清晰，或上传 Word/PDF 文字版简历。"
            )
        super().__init__(filename, message, detail or "no text")


class FileTooLargeError(ResumeInputError):
    """The file is bigger than the configured limit; raised before any parsing."""

    code: ClassVar[str] = "too_large"

    def __init__(self, filename: str, size_bytes: int, limit_bytes: int) -> None:
        name = display_filename(filename)
        self.size_bytes = size_bytes
        self.limit_bytes = limit_bytes
        super().__init__(
            filename,
            f"文件超过大小限制：“{name}”大小为 {format_mb(size_bytes)}，"
            f"超过了 {format_mb(limit_bytes)} 的上限。请压缩图片或精简内容后重新上传。",
            f"size={size_bytes} limit={limit_bytes}",
        )


class ImageTooLargeError(ResumeInputError):
    """An image (or rendered page) with more pixels than we are willing to decode."""

    code: ClassVar[str] = "image_too_large"

    def __init__(self, filename: str, width: int, height: int) -> None:
        name = display_filename(filename)
        super().__init__(
            filename,
            f"图片尺寸过大：“{name}”为 {width}×{height} 像素，超出处理上限。"
            "请缩小图片尺寸（如长边不超过 5000 像素）后重新上传。",
            f"pixels={width}x{height}",
        )


class ZipBombError(ResumeInputError):
    """A DOCX whose members decompress to an abnormal size or ratio."""

    code: ClassVar[str] = "zip_bomb"

    def __init__(self, filename: str, detail: str = "") -> None:
        name = display_filename(filename)
        super().__init__(
            filename,
            f"压缩包异常（疑似压缩炸弹）：“{name}”解压后的体积异常，已拒绝处理。"
            "请用 Word 或 WPS 重新另存为 .docx 或 PDF 后上传。",
            detail or "zip bomb",
        )


class PdfTimeoutError(ResumeInputError):
    """A PDF whose pages took longer to read than the limit allows (stopped, not waited for)."""

    code: ClassVar[str] = "pdf_timeout"

    def __init__(self, filename: str, seconds: float) -> None:
        name = display_filename(filename)
        super().__init__(
            filename,
            f"PDF 处理超时：“{name}”的页面过于复杂，无法在 {seconds:g} 秒内读取。"
            "请用 WPS 或 Word 另存为普通 PDF，或直接发送 Word 文件。",
            f"pdf timeout after {seconds:g}s",
        )
