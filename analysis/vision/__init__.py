"""Vision cues from sampled interview frames: face presence, integrity and recording quality."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.types import VisionCues
from analysis.vision.cues import Frame, VisionLimits, measure_vision


def measure_vision_cues(frames: Sequence[Frame], *, face_cues: bool = False) -> VisionCues:
    """measure_vision under the name analysis/answer_media.py imports; face cues need consent."""
    return measure_vision(frames, face_cues=face_cues)


__all__ = ["VisionLimits", "measure_vision", "measure_vision_cues"]
