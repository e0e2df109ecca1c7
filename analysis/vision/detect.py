"""Haar cascade face detection (cascades ship in opencv-python-headless<5: cv2.data)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

Gray = npt.NDArray[np.uint8]
SCALE_STEP = 1.15  # image pyramid step: 1.1 finds a few more faces at ~1.5x the cost
_LOCAL = threading.local()  # CascadeClassifier is not safe to share across threads


@dataclass(frozen=True, slots=True)
class Box:
    """A detection in pixels: top-left corner and size."""

    x: int
    y: int
    w: int
    h: int

    @property
    def centre(self) -> tuple[float, float]:
        """Centre point (x, y)."""
        return self.x + self.w / 2, self.y + self.h / 2


@cache
def cascade_path(name: str) -> str:
    """Full path of a cascade shipped with OpenCV; a clear error when the wheel has none."""
    root = getattr(getattr(cv2, "data", None), "haarcascades", None)
    if not root:
        raise RuntimeError("OpenCV 未附带 Haar 级联模型：请安装 opencv-python-headless<5。")
    return f"{root}haarcascade_{name}.xml"


def _cascade(name: str) -> Any:
    cache_: dict[str, Any] = _LOCAL.__dict__.setdefault("cascades", {})
    if name not in cache_:
        classifier = cv2.CascadeClassifier(cascade_path(name))
        if classifier.empty():
            raise RuntimeError(f"无法加载 OpenCV 级联模型 {name}。")
        cache_[name] = classifier
    return cache_[name]


def _detect(name: str, gray: Gray, min_size: int, neighbours: int, scale: float) -> list[Box]:
    found = _cascade(name).detectMultiScale(
        gray, scaleFactor=scale, minNeighbors=neighbours, minSize=(min_size, min_size)
    )
    return [Box(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


def frontal_faces(gray: Gray) -> list[Box]:
    """Frontal faces at least 12% of the frame height (a candidate facing the camera)."""
    return _detect("frontalface_alt2", gray, max(24, gray.shape[0] * 12 // 100), 4, SCALE_STEP)


def profile_faces(gray: Gray) -> list[Box]:
    """Profile faces facing either way (the cascade knows one side: flip for the other)."""
    min_size = max(24, gray.shape[0] * 12 // 100)
    boxes = _detect("profileface", gray, min_size, 4, SCALE_STEP)
    width = gray.shape[1]
    flipped = _detect("profileface", np.ascontiguousarray(gray[:, ::-1]), min_size, 4, SCALE_STEP)
    boxes.extend(Box(width - b.x - b.w, b.y, b.w, b.h) for b in flipped)
    return boxes


def smiles(gray: Gray, face: Box) -> bool:
    """A smile in the lower half of a frontal face (strict neighbours: the cascade is noisy)."""
    roi = gray[face.y + face.h // 2 : face.y + face.h, face.x : face.x + face.w]
    if roi.size == 0:
        return False
    return bool(_detect("smile", np.ascontiguousarray(roi), max(12, face.w // 5), 20, 1.7))
