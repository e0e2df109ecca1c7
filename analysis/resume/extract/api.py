"""Entry point: sniff the real file type and pull its text out."""

from __future__ import annotations

import zipfile
from typing import NoReturn

from analysis.resume.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    FileTooLargeError,
    LegacyDocError,
    NoTextFoundError,
    UnsupportedFileTypeError,
)
from analysis.resume.extract.docx_text import docx_text
from analysis.resume.extract.image import load_bgr
from analysis.resume.extract.model import ExtractedText, ExtractLimits, SourceKind
from analysis.resume.extract.ocr import ocr_text
from analysis.resume.extract.pdf import pdf_text
from analysis.resume.extract.plaintext import decode_text, strip_markdown
from analysis.resume.extract.sniff import (
    IMAGE_KINDS,
    Sniffed,
    describe_zip,
    ole2_kind,
    open_zip,
    sniff,
)

_CLAIMS_PDF_OR_DOCX = (".pdf", ".docx")
_MARKDOWN_SUFFIXES = (".md", ".markdown")


def extract_text(data: bytes, filename: str, *, limits: ExtractLimits) -> ExtractedText:
    """Extract the text of a resume file; raises a ResumeInputError subclass on bad input."""
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(filename, len(data), limits.max_bytes)
    if not data:
        raise EmptyFileError(filename)
    kind, description = sniff(data)
    if kind is Sniffed.PDF:
        result = _from_pdf(data, filename, limits)
    elif kind is Sniffed.ZIP:
        result = _from_zip(data, filename, limits)
    elif kind is Sniffed.OLE2:
        _raise_for_ole2(data, filename)
    elif kind in IMAGE_KINDS:
        result = _from_image(data, filename, limits)
    elif kind is Sniffed.UNKNOWN:
        result = _from_text(data, filename)
    else:
        raise UnsupportedFileTypeError(filename, description)
    return _truncated(result, limits)


def _from_pdf(data: bytes, filename: str, limits: ExtractLimits) -> ExtractedText:
    pdf = pdf_text(data, filename, limits)
    pages = tuple(page.strip() for page in pdf.pages)
    text = "\n\n".join(p for p in pages if p)
    if not text:
        raise NoTextFoundError(filename, is_image=False, detail=f"pages={len(pages)}")
    return ExtractedText(text, pages, SourceKind.PDF, pdf.ocr_used, tuple(pdf.warnings))


def _from_zip(data: bytes, filename: str, limits: ExtractLimits) -> ExtractedText:
    try:
        archive = open_zip(data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFileError(filename, f"zip: {type(exc).__name__}") from exc
    with archive:
        is_docx, description = describe_zip(archive)
        if not is_docx:
            raise UnsupportedFileTypeError(filename, description)
        try:
            text = docx_text(archive, filename, limits).strip()
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise CorruptFileError(filename, f"docx: {type(exc).__name__}") from exc
    if not text:
        raise NoTextFoundError(filename, is_image=False, detail="empty docx")
    return ExtractedText(text, (text,), SourceKind.DOCX, ocr_used=False)


def _raise_for_ole2(data: bytes, filename: str) -> NoReturn:
    kind = ole2_kind(data)
    if kind == "encrypted_ooxml":
        # Word and WPS wrap a password-protected .docx in an OLE2 container.
        raise EncryptedFileError(filename, "encrypted OOXML package")
    if kind == "word" or filename.lower().endswith(".doc"):
        raise LegacyDocError(filename)
    raise UnsupportedFileTypeError(filename, "Office 97-2003 文档")


def _from_image(data: bytes, filename: str, limits: ExtractLimits) -> ExtractedText:
    text = ocr_text(load_bgr(data, filename, limits)).strip()
    if not text:
        raise NoTextFoundError(filename, is_image=True)
    return ExtractedText(text, (text,), SourceKind.IMAGE, ocr_used=True)


def _from_text(data: bytes, filename: str) -> ExtractedText:
    decoded = decode_text(data)
    lower = filename.lower()
    if decoded is None:
        if lower.endswith(_CLAIMS_PDF_OR_DOCX):
            raise CorruptFileError(filename, "no PDF/DOCX signature")
        raise UnsupportedFileTypeError(filename)
    text, encoding = decoded
    warnings: list[str] = []
    if encoding not in ("utf-8", "utf-8-sig"):
        warnings.append(f"文本编码为 {encoding}")
    if lower.endswith(_CLAIMS_PDF_OR_DOCX):
        warnings.append("文件扩展名与内容不符，已按纯文本读取")
    kind = SourceKind.TEXT
    if lower.endswith(_MARKDOWN_SUFFIXES):
        kind = SourceKind.MARKDOWN
        text = strip_markdown(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise NoTextFoundError(filename, is_image=False, detail="blank text file")
    return ExtractedText(text, (text,), kind, ocr_used=False, warnings=tuple(warnings))


def _truncated(result: ExtractedText, limits: ExtractLimits) -> ExtractedText:
    if len(result.text) <= limits.max_text_chars:
        return result
    return ExtractedText(
        result.text[: limits.max_text_chars],
        result.pages,
        result.source_kind,
        result.ocr_used,
        (*result.warnings, f"文本过长，只保留了前 {limits.max_text_chars} 个字符"),
    )
