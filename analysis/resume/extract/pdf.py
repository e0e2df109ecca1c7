"""PDF: the text layer through pdfium; pages without one are rendered and OCRed."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from analysis.resume.errors import CorruptFileError, EncryptedFileError, PdfTimeoutError
from analysis.resume.extract.isolated import ChildCrashedError, ChildTimeoutError, call_isolated
from analysis.resume.extract.layout import Box, reading_order
from analysis.resume.extract.model import ExtractLimits
from analysis.resume.extract.ocr import BgrImage, ocr_text

# pdfium is not thread-safe: one document operation at a time per process.
_PDFIUM_LOCK = threading.Lock()
_MIN_TEXT_CHARS = 20  # fewer meaningful characters than this: treat the page as scanned
_GARBLED = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0e-\x1f]")
_NARROW_GLYPHS = frozenset("，、。：；！？）》」』,.:;")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class PdfResult:
    """Per-page text plus what happened on the way."""

    pages: list[str] = field(default_factory=list)
    ocr_used: bool = False
    warnings: list[str] = field(default_factory=list)


def pdf_text(data: bytes, filename: str, limits: ExtractLimits) -> PdfResult:
    """Read the text of each page, OCRing pages that have no usable text layer.

    pdfium runs in a child process killed after `limits.pdf_timeout_s`; OCR runs here.
    """
    try:
        outcome: _Pages | _Refused = call_isolated(
            read_pages, (data, limits), timeout_s=limits.pdf_timeout_s
        )
    except ChildTimeoutError as exc:
        raise PdfTimeoutError(filename, limits.pdf_timeout_s) from exc
    except ChildCrashedError as exc:
        raise CorruptFileError(filename, f"pdfium child: {exc}") from exc
    if isinstance(outcome, _Refused):
        error = EncryptedFileError if outcome.encrypted else CorruptFileError
        raise error(filename, outcome.detail)
    result, scanned = outcome
    for index, image in scanned:
        recognised = ocr_text(image)
        if recognised.strip():
            result.ocr_used = True
            layer = result.pages[index].strip()
            result.pages[index] = f"{layer}\n{recognised}" if layer else recognised
    return result


@dataclass(frozen=True, slots=True)
class _Refused:
    """Why pdfium would not read the file (exceptions do not cross the process boundary)."""

    encrypted: bool
    detail: str


_Pages = tuple[PdfResult, list[tuple[int, BgrImage]]]


def read_pages(data: bytes, limits: ExtractLimits) -> _Pages | _Refused:
    """Page texts and the rendered scanned pages (the pdfium part; runs in the child)."""
    result = PdfResult()
    scanned: list[tuple[int, BgrImage]] = []
    with _PDFIUM_LOCK:
        try:
            document = _open(data, "")
        except EncryptedFileError as exc:
            return _Refused(True, exc.detail)
        except CorruptFileError as exc:
            return _Refused(False, exc.detail)
        try:
            total = len(document)
            if total > limits.max_pages:
                result.warnings.append(f"PDF 共 {total} 页，只读取了前 {limits.max_pages} 页")
            for index in range(min(total, limits.max_pages)):
                page = document[index]
                try:
                    text = _page_text(page)
                    if _needs_ocr(text):
                        if len(scanned) < limits.max_ocr_pages:
                            scanned.append((index, _render(page, limits)))
                        else:
                            result.warnings.append(f"第 {index + 1} 页为扫描页，超出识别页数上限")
                finally:
                    page.close()
                result.pages.append(text)
        except pdfium.PdfiumError as exc:
            return _Refused(False, f"pdfium: {exc}")
        finally:
            document.close()
    return result, scanned


def _open(data: bytes, filename: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedFileError(filename, f"pdfium err_code={code}") from exc
        raise CorruptFileError(filename, f"pdfium err_code={code}") from exc


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        width, height = page.get_size()
        boxes = _runs(textpage, height)
    finally:
        textpage.close()
    if boxes:
        # Positions give the reading order of columns and blocks; the text layer's own order
        # is whatever the designer's tool wrote.
        return _CONTROL.sub("", reading_order(boxes, width))
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _runs(textpage: pdfium.PdfTextPage, page_height: float) -> list[Box]:
    """Characters joined into runs: same line, same size, no wide gap."""
    raw = textpage.raw
    runs: list[Box] = []
    text, x0, y0, x1, y1, size = "", 0.0, 0.0, 0.0, 0.0, 0.0
    pending_space = False
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(raw, index))
        if char in "\r\n\x00\ufffe" or char.isspace():
            pending_space = pending_space or (char == " " and bool(text))
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        char_size = float(pdfium_c.FPDFText_GetFontSize(raw, index)) or (top - bottom)
        top_down, bottom_down = page_height - top, page_height - bottom
        if text:
            same_line = abs((top_down + bottom_down) / 2 - (y0 + y1) / 2) < 0.5 * size
            gap = left - x1
            # Full-width punctuation draws in the left part of its em box: allow for the rest.
            reach = 1.6 if text[-1] in _NARROW_GLYPHS else 0.8
            if same_line and -0.5 * size < gap < reach * max(size, char_size):
                text += (" " if pending_space else "") + char
                x1, y0, y1 = max(x1, right), min(y0, top_down), max(y1, bottom_down)
                size = max(size, char_size)
                pending_space = False
                continue
            runs.append(Box(x0, y0, x1, y1, text, size))
        text, x0, y0, x1, y1, size = char, left, top_down, right, bottom_down, char_size
        pending_space = False
    if text:
        runs.append(Box(x0, y0, x1, y1, text, size))
    return runs


def _needs_ocr(text: str) -> bool:
    meaningful = [ch for ch in text if not ch.isspace()]
    if len(meaningful) < _MIN_TEXT_CHARS:
        return True
    # Fonts without a ToUnicode map yield private-use or replacement characters.
    return len(_GARBLED.findall(text)) > 0.3 * len(meaningful)


def _render(page: pdfium.PdfPage, limits: ExtractLimits) -> BgrImage:
    width, height = page.get_size()
    scale = limits.ocr_render_scale
    pixels = width * height * scale * scale
    if pixels > limits.max_image_pixels:
        scale *= (limits.max_image_pixels / pixels) ** 0.5
    bitmap = page.render(scale=scale)
    try:
        # pdfium renders BGR(A) natively, which is what OpenCV-based OCR expects.
        array = np.array(bitmap.to_numpy(), dtype=np.uint8)
    finally:
        bitmap.close()
    if array.ndim == 3 and array.shape[2] == 4:
        array = array[:, :, :3]
    return np.ascontiguousarray(array)
