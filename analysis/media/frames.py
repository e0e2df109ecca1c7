"""Sample video frames with ffmpeg (a PPM pipe, so no probe is needed for the frame size)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import numpy.typing as npt

from analysis.media.errors import UnusableMediaError, UnusableReason
from analysis.media.ffmpeg import input_args, require_file, run_ffmpeg

Frame = npt.NDArray[np.uint8]  # H x W x 3, BGR (OpenCV order)

_PPM_HEADER = re.compile(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s")


def sample_frames(
    path: Path,
    *,
    fps: float = 2.0,
    max_frames: int = 120,
    duration_s: float | None = None,
    max_height: int = 360,
    timeout_s: float = 180.0,
) -> list[Frame]:
    """Frames at `fps` (spread over `duration_s` when given so `max_frames` covers it all)."""
    require_file(path)
    rate = fps
    if duration_s and duration_s > 0:
        rate = min(fps, max_frames / duration_s)
    # Downscale: Haar detection and quality measures need no more, and it bounds memory.
    vf = f"fps={rate:.6f},scale=-2:'min({max_height},ih)'"
    raw = run_ffmpeg(
        [
            *input_args(path),
            "-map",
            "0:v:0",
            "-an",
            "-vf",
            vf,
            "-frames:v",
            str(max_frames),
            "-f",
            "image2pipe",
            "-pix_fmt",
            "rgb24",
            "-c:v",
            "ppm",
            "pipe:1",
        ],
        timeout_s=timeout_s,
        missing_stream=UnusableReason.NO_VIDEO,
    )
    frames = parse_ppm_stream(raw)
    if not frames:
        raise UnusableMediaError(UnusableReason.ZERO_DURATION, "no video frames decoded")
    return frames


def parse_ppm_stream(raw: bytes) -> list[Frame]:
    """Split concatenated binary PPM images into BGR arrays."""
    frames: list[Frame] = []
    pos = 0
    while pos < len(raw):
        match = _PPM_HEADER.match(raw, pos)
        if match is None:
            raise UnusableMediaError(UnusableReason.CORRUPT, f"bad PPM header at byte {pos}")
        width, height, maxval = (int(g) for g in match.groups())
        if maxval != 255:
            raise UnusableMediaError(UnusableReason.CORRUPT, f"unexpected PPM maxval {maxval}")
        start = match.end()
        size = width * height * 3
        if start + size > len(raw):
            break  # a truncated last frame: keep the complete ones
        rgb = np.frombuffer(raw, dtype=np.uint8, count=size, offset=start)
        frames.append(np.ascontiguousarray(rgb.reshape(height, width, 3)[:, :, ::-1]))
        pos = start + size
    return frames
