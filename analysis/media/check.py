"""Reject unusable recordings up front, with the reason, using the ffprobe wrapper."""

from __future__ import annotations

from pathlib import Path

from analysis.media.errors import UnusableMediaError, UnusableReason
from analysis.media.ffmpeg import require_file
from analysis.media.probe import MediaInfo, MediaProbeError, probe

MIN_DURATION_S = 0.1


async def check_recording(
    path: Path, *, need_audio: bool = True, need_video: bool = False, timeout_s: float = 30.0
) -> MediaInfo:
    """Probe a recording; UnusableMediaError (Chinese message) when it cannot be analysed."""
    require_file(path)
    try:
        info = await probe(path, timeout_s=timeout_s)
    except MediaProbeError as exc:
        text = str(exc)
        if "not installed" in text:
            raise UnusableMediaError(UnusableReason.TOOL_MISSING, text) from exc
        if "timed out" in text:
            raise UnusableMediaError(UnusableReason.TIMEOUT, text) from exc
        raise UnusableMediaError(UnusableReason.CORRUPT, text) from exc
    if need_audio and not info.has_audio:
        raise UnusableMediaError(UnusableReason.NO_AUDIO, info.format_name)
    if need_video and not info.has_video:
        raise UnusableMediaError(UnusableReason.NO_VIDEO, info.format_name)
    if info.duration_s is not None and info.duration_s < MIN_DURATION_S:
        raise UnusableMediaError(UnusableReason.ZERO_DURATION, f"{info.duration_s}s")
    return info
