"""Vision cues on synthetic frames. No face photo ships offline (OpenCV's wheel has no samples,
scikit-image is not installed), so faces are schematic drawings the Haar cascades accept: this
covers the detection plumbing and the ratios/flags, not accuracy on real candidates."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from analysis.types import Flag
from analysis.vision import measure_vision_cues
from analysis.vision.cues import measure_vision
from tests.fixtures.media.media_fixtures import scene

CENTRED = [(240, 100)]


def test_a_centred_face_in_every_frame_raises_no_flag() -> None:
    cues = measure_vision([scene(CENTRED, seed=i) for i in range(4)], face_cues=True)
    assert cues.frames_sampled == 4
    assert cues.face_present_ratio == 1.0
    assert cues.multiple_faces_ratio == 0.0
    assert cues.off_centre_ratio == 0.0
    assert cues.flags == ()
    assert set(cues.expression) == {"frames_with_face", "smile_ratio", "head_movement"}


def test_frames_without_a_face_are_flagged() -> None:
    frames = [scene(CENTRED), scene(), scene(), scene()]
    cues = measure_vision(frames, face_cues=True)
    assert cues.face_present_ratio == 0.25
    assert Flag.NO_FACE in cues.flags


def test_two_people_in_frame_are_flagged() -> None:
    cues = measure_vision([scene([(60, 100), (400, 100)])] * 3, face_cues=True)
    assert cues.multiple_faces_ratio == 1.0
    assert Flag.MULTIPLE_FACES in cues.flags


def test_a_face_at_the_edge_counts_as_looking_away() -> None:
    cues = measure_vision([scene([(10, 100)])] * 3, face_cues=True)
    assert cues.face_present_ratio == 1.0
    assert cues.off_centre_ratio == 1.0
    assert Flag.LOOKING_AWAY in cues.flags


@pytest.mark.parametrize("level", [15, 240])
def test_dark_or_over_exposed_frames_are_poor_lighting(level: int) -> None:
    cues = measure_vision([scene(background=level)] * 2)
    assert cues.brightness_mean is not None
    assert Flag.POOR_LIGHTING in cues.flags


def test_a_blurred_picture_is_flagged_blurry() -> None:
    sharp = scene(CENTRED)
    blurred = cv2.GaussianBlur(sharp, (0, 0), 6)
    sharp_cues, blur_cues = measure_vision([sharp]), measure_vision([blurred])
    assert Flag.BLURRY not in sharp_cues.flags
    assert Flag.BLURRY in blur_cues.flags
    assert blur_cues.blur_variance is not None and sharp_cues.blur_variance is not None
    assert blur_cues.blur_variance < sharp_cues.blur_variance / 10


def test_expression_cues_only_with_face_cues_and_they_raise_no_flag() -> None:
    frames = [scene([(200 + 20 * i, 100)], seed=i) for i in range(4)]  # the head moves
    off = measure_vision_cues(frames)
    on = measure_vision_cues(frames, face_cues=True)
    assert off.expression == {}
    assert set(on.expression) == {"frames_with_face", "smile_ratio", "head_movement"}
    assert on.expression["frames_with_face"] == 4.0
    assert on.expression["head_movement"] > 0.05
    assert Flag.LOOKING_AWAY not in on.flags and not on.flags


def test_without_face_cue_consent_no_face_is_looked_for_only_quality_is_measured() -> None:
    # Two people at the edge of a dark frame: every face flag would fire if faces were detected.
    frames = [scene([(10, 100), (400, 100)], background=15)] * 3
    cues = measure_vision(frames)
    assert (cues.face_present_ratio, cues.multiple_faces_ratio, cues.off_centre_ratio) == (
        None,
        None,
        None,
    )
    assert cues.flags == (Flag.POOR_LIGHTING,)
    assert cues.expression == {}


def test_no_frames_means_unusable() -> None:
    assert measure_vision([]).flags == (Flag.UNUSABLE_MEDIA,)


def test_grey_frames_are_accepted() -> None:
    grey = cv2.cvtColor(scene(CENTRED), cv2.COLOR_BGR2GRAY)
    cues = measure_vision([np.asarray(grey, dtype=np.uint8)], face_cues=True)
    assert cues.face_present_ratio == 1.0
