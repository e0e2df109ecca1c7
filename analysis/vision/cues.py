"""Measure VisionCues from sampled frames: lighting and sharpness, and faces with consent.

Anything that looks at the candidate's face (presence, several faces, looking away, and the
expression and posture cues: smile ratio, head movement) runs only when the caller passes
`face_cues=True`, which it may do only when the job enables face cues AND the candidate gave the
separate face-cue consent for this interview. Without it only recording quality is measured.
Expression cues are returned in VisionCues.expression, raise no flag and must never decide an
outcome alone: they are context for a human reviewer, not evidence of ability.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

import cv2
import numpy as np
import numpy.typing as npt

from analysis.types import Flag, VisionCues
from analysis.vision.detect import Box, Gray, frontal_faces, profile_faces, smiles

Frame = npt.NDArray[np.uint8]
DETECT_HEIGHT = 240


@dataclass(frozen=True, slots=True)
class VisionLimits:
    """When integrity and quality measures earn a flag."""

    min_face_ratio: float = 0.5
    max_multiple_faces_ratio: float = 0.1
    max_off_centre_ratio: float = 0.3
    centre_region: float = 0.6  # the face centre must lie in the middle 60% of width and height
    too_dark: float = 50.0  # mean grey level 0..255
    over_exposed: float = 205.0
    min_blur_variance: float = 40.0  # variance of the Laplacian at <=360p; below is blurry


@dataclass(frozen=True, slots=True)
class FrameObservation:
    """What one frame shows."""

    faces: int
    frontal: Box | None
    profile_only: bool
    off_centre: bool
    brightness: float
    blur_variance: float
    smiling: bool | None = None


def observe(
    frame: Frame, limits: VisionLimits, *, detect_faces: bool = True, expression: bool = False
) -> FrameObservation:
    """Measure quality in one BGR (or grey) frame, and detect faces when asked to."""
    gray = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    brightness = float(gray.mean())
    blur = float(cv2.Laplacian(gray, cv2.CV_64F).var())
    if not detect_faces:
        return FrameObservation(0, None, False, False, brightness, blur)
    # Detect on a 240-line copy (Haar cost grows with pixels; faces >= 12% of the height stay
    # >= 29 px), equalised so dim webcams still find faces; quality uses the raw frame.
    scale = min(1.0, DETECT_HEIGHT / gray.shape[0])
    small = gray if scale == 1.0 else cv2.resize(gray, None, fx=scale, fy=scale)
    eq: Gray = np.asarray(cv2.equalizeHist(small), dtype=np.uint8)
    frontal = frontal_faces(eq)
    profiles = profile_faces(eq) if not frontal else []
    faces = len(frontal) if frontal else min(len(profiles), 1)
    main = max(frontal, key=lambda b: b.w * b.h) if frontal else None
    height, width = eq.shape[:2]
    off_centre = False
    if main is not None:
        cx, cy = main.centre
        margin = (1.0 - limits.centre_region) / 2
        off_centre = not (
            margin * width <= cx <= (1 - margin) * width
            and margin * height <= cy <= (1 - margin) * height
        )
    smiling = smiles(eq, main) if expression and main is not None else None
    return FrameObservation(
        faces=faces,
        frontal=main,
        profile_only=not frontal and bool(profiles),
        off_centre=off_centre,
        brightness=brightness,
        blur_variance=blur,
        smiling=smiling,
    )


def measure_vision(
    frames: Sequence[Frame],
    *,
    face_cues: bool = False,
    limits: VisionLimits | None = None,
) -> VisionCues:
    """Lighting and blur, with flags; face presence, multiple faces, looking away and the
    expression cues only with `face_cues` (the job's setting and the candidate's consent)."""
    limits = limits or VisionLimits()
    if not frames:
        return VisionCues(0, None, None, None, None, None, (Flag.UNUSABLE_MEDIA,))
    seen = [observe(f, limits, detect_faces=face_cues, expression=face_cues) for f in frames]
    n = len(seen)
    if not face_cues:
        return _quality_only(seen, limits)
    with_face = [o for o in seen if o.faces > 0]
    present = len(with_face) / n
    multiple = sum(1 for o in seen if o.faces > 1) / n
    away = (
        sum(1 for o in with_face if o.profile_only or o.off_centre) / len(with_face)
        if with_face
        else None
    )
    brightness = median(o.brightness for o in seen)
    blur = median(o.blur_variance for o in seen)

    flags: list[Flag] = []
    if present < limits.min_face_ratio:
        flags.append(Flag.NO_FACE)
    if multiple > limits.max_multiple_faces_ratio:
        flags.append(Flag.MULTIPLE_FACES)
    if away is not None and away > limits.max_off_centre_ratio:
        flags.append(Flag.LOOKING_AWAY)
    if not limits.too_dark <= brightness <= limits.over_exposed:
        flags.append(Flag.POOR_LIGHTING)
    if blur < limits.min_blur_variance:
        flags.append(Flag.BLURRY)
    return VisionCues(
        frames_sampled=n,
        face_present_ratio=round(present, 4),
        multiple_faces_ratio=round(multiple, 4),
        off_centre_ratio=None if away is None else round(away, 4),
        brightness_mean=round(brightness, 2),
        blur_variance=round(blur, 2),
        flags=tuple(flags),
        expression=expression_cues(seen),
    )


def _quality_only(seen: Sequence[FrameObservation], limits: VisionLimits) -> VisionCues:
    brightness = median(o.brightness for o in seen)
    blur = median(o.blur_variance for o in seen)
    flags: list[Flag] = []
    if not limits.too_dark <= brightness <= limits.over_exposed:
        flags.append(Flag.POOR_LIGHTING)
    if blur < limits.min_blur_variance:
        flags.append(Flag.BLURRY)
    return VisionCues(
        frames_sampled=len(seen),
        face_present_ratio=None,
        multiple_faces_ratio=None,
        off_centre_ratio=None,
        brightness_mean=round(brightness, 2),
        blur_variance=round(blur, 2),
        flags=tuple(flags),
    )


def expression_cues(seen: Sequence[FrameObservation]) -> dict[str, float]:
    """Smile ratio and head movement over frames with a frontal face (consented use only)."""
    faces = [o for o in seen if o.frontal is not None]
    if not faces:
        return {"frames_with_face": 0.0}
    smile_ratio = sum(1 for o in faces if o.smiling) / len(faces)
    # Head movement: mean frame-to-frame shift of the face centre, in face widths.
    shifts: list[float] = []
    for prev, cur in pairwise(faces):
        assert prev.frontal is not None and cur.frontal is not None
        (px, py), (cx, cy) = prev.frontal.centre, cur.frontal.centre
        shifts.append(float(np.hypot(cx - px, cy - py)) / max(prev.frontal.w, 1))
    return {
        "frames_with_face": float(len(faces)),
        "smile_ratio": round(smile_ratio, 4),
        "head_movement": round(float(np.mean(shifts)), 4) if shifts else 0.0,
    }
