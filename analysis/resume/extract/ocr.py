"""OCR with RapidOCR (PP-OCRv4 Chinese models inside the wheel), loaded once per process."""

from __future__ import annotations

import importlib
import statistics
import threading
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from analysis.resume.extract.layout import Box, reading_order

BgrImage = npt.NDArray[np.uint8]

_MIN_BOX_SCORE = 0.5


class _Engine(Protocol):
    def __call__(self, img_content: BgrImage) -> tuple[list[list[Any]] | None, Any]: ...


_engine: _Engine | None = None
# One engine per process; onnxruntime already uses every core per call, so calls are serialised.
_lock = threading.Lock()


def _get_engine() -> _Engine:
    global _engine
    if _engine is None:
        # Imported here: onnxruntime and OpenCV are heavy and nothing may load at import time.
        module = importlib.import_module("rapidocr_onnxruntime")
        engine: _Engine = module.RapidOCR()
        _engine = engine
    return _engine


def ocr_text(image: BgrImage) -> str:
    """Recognise the text of a BGR image; reading order is rebuilt from the box positions."""
    with _lock:
        result, _elapsed = _get_engine()(image)
    if not result:
        return ""
    kept = [
        (points, str(text).strip())
        for points, text, score in result
        if float(score) >= _MIN_BOX_SCORE and str(text).strip()
    ]
    if not kept:
        return ""
    # A photo or scan is rarely straight: undo the median slope of the wide boxes so that
    # text on one line stays on one row across the page.
    slopes = []
    for points, _text in kept:
        (x0, y0), (x1, y1) = points[0][:2], points[1][:2]
        if x1 - x0 > 3 * abs(points[3][1] - points[0][1]):
            slopes.append((y1 - y0) / (x1 - x0))
    slope = statistics.median(slopes) if slopes else 0.0
    boxes = []
    for points, text in kept:
        xs = [float(p[0]) for p in points]
        ys = [float(p[1]) - slope * float(p[0]) for p in points]
        top, bottom = min(ys), max(ys)
        boxes.append(Box(min(xs), top, max(xs), bottom, text, size=bottom - top))
    return reading_order(boxes, float(image.shape[1]))
