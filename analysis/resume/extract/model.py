"""Inputs and outputs of text extraction."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

_MIB = 1024 * 1024


class SourceKind(StrEnum):
    """The real file type, sniffed from the bytes."""

    PDF = "pdf"
    DOCX = "docx"
    IMAGE = "image"
    TEXT = "text"
    MARKDOWN = "markdown"


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    """Resource limits; every one is checked before the matching work is done."""

    max_bytes: int = 10 * _MIB
    max_pages: int = 20  # PDF pages read; the rest are dropped with a warning
    max_ocr_pages: int = 5  # scanned PDF pages sent to OCR
    max_image_pixels: int = 40_000_000
    ocr_render_scale: float = 2.0  # PDF points -> pixels for scanned pages (144 dpi)
    max_zip_members: int = 2000
    max_zip_member_bytes: int = 50 * _MIB
    max_zip_total_bytes: int = 100 * _MIB
    max_zip_ratio: float = 100.0  # uncompressed / compressed, for members over 1 MiB
    max_text_chars: int = 200_000  # extracted text is truncated beyond this
    pdf_timeout_s: float = 30.0  # reading and rendering one PDF's pages (in a child process)


@dataclass(frozen=True, slots=True)
class ExtractedText:
    """Text pulled out of one file; ``pages`` has one entry per page (one for non-paged files)."""

    text: str
    pages: tuple[str, ...]
    source_kind: SourceKind
    ocr_used: bool
    warnings: tuple[str, ...] = ()

    @property
    def page_count(self) -> int:
        """Number of pages read."""
        return len(self.pages)
