"""OCR with RapidOCR (PP-OCRv4 Chinese models inside the wheel), loaded once per process."""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

BgrImage = npt.NDArray[np.uint8]

_MIN_BOX_SCORE = 0.5


class _Engine(Protocol):
    def __call__(self, img_content: BgrImage) -> tuple[list[list[Any]] | None, Any]: ...


@dataclass(frozen=True, slots=True)
class _Box:
    top: float
    bottom: float
    left: float
    text: str

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


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
    """Recognise the text of a BGR image; lines are rebuilt from box positions."""
    with _lock:
        result, _elapsed = _get_engine()(image)
    if not result:
        return ""
    boxes = []
    for points, text, score in result:
        if float(score) < _MIN_BOX_SCORE or not str(text).strip():
            continue
        ys = [float(p[1]) for p in points]
        xs = [float(p[0]) for p in points]
        boxes.append(_Box(top=min(ys), bottom=max(ys), left=min(xs), text=str(text).strip()))
    return "\n".join(_group_lines(boxes))


def _group_lines(boxes: list[_Box]) -> list[str]:
    # Boxes side by side on one visual line ("姓名：李四", "电话：139...") become one text line,
    # separated by two spaces so the field rules see them as separate cells.
    lines: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: (b.middle, b.left)):
        if lines:
            last = lines[-1]
            anchor = last[0]
            if abs(box.middle - anchor.middle) < 0.5 * min(box.height, anchor.height):
                last.append(box)
                continue
        lines.append([box])
    return ["  ".join(b.text for b in sorted(line, key=lambda b: b.left)) for line in lines]
