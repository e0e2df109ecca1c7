"""ffprobe wrapper: what a media file really is (container, duration, streams)."""

from __future__ import annotations

import asyncio
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.media.containers import demuxer_of

FFPROBE = "ffprobe"
DEFAULT_TIMEOUT_S = 30.0


class MediaProbeError(Exception):
    """ffprobe is missing, timed out, or the file is not readable media."""


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """The facts validation and analysis need about one media file."""

    format_name: str
    duration_s: float | None
    has_audio: bool
    has_video: bool
    width: int | None
    height: int | None


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def _parse(report: dict[str, Any]) -> MediaInfo:
    streams = [s for s in report.get("streams") or [] if isinstance(s, dict)]
    fmt = report.get("format") or {}
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    durations = [_float(fmt.get("duration"))] + [_float(s.get("duration")) for s in streams]
    known = [d for d in durations if d is not None]
    # Browser recordings (MediaRecorder WebM) often carry no container duration; the last
    # packet's timestamp, read with -show_entries packet, stands in for it.
    packet_end = [
        _float(p.get("pts_time")) for p in report.get("packets") or [] if isinstance(p, dict)
    ]
    ends = [e for e in packet_end if e is not None]
    duration = max(known) if known else (max(ends) if ends else None)
    return MediaInfo(
        format_name=str(fmt.get("format_name") or ""),
        duration_s=duration,
        has_audio=audio is not None,
        has_video=video is not None,
        width=int(video["width"]) if video and video.get("width") else None,
        height=int(video["height"]) if video and video.get("height") else None,
    )


async def probe(path: Path | str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> MediaInfo:
    """Run ffprobe on a file (asyncio subprocess, killed after `timeout_s`)."""
    exe = shutil.which(FFPROBE)
    if exe is None:
        raise MediaProbeError("ffprobe is not installed (deploy/system-deps.sh installs ffmpeg)")
    demuxer = demuxer_of(Path(path))
    if demuxer is None:
        raise MediaProbeError("not a recording container (WebM, MP4, Ogg or WAV)")
    # Forced demuxer, local file only: see analysis.media.ffmpeg.input_args.
    args = [exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams"]
    args += ["-protocol_whitelist", "file", "-f", demuxer]
    proc = await asyncio.create_subprocess_exec(
        *args,
        str(path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        stdin=asyncio.subprocess.DEVNULL,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout_s)
    except TimeoutError as exc:
        proc.kill()
        await proc.wait()
        raise MediaProbeError(f"ffprobe timed out after {timeout_s}s") from exc
    if proc.returncode != 0:
        raise MediaProbeError(f"ffprobe failed: {err.decode(errors='replace').strip()[:300]}")
    try:
        report = json.loads(out or b"{}")
    except json.JSONDecodeError as exc:
        raise MediaProbeError("ffprobe printed no JSON") from exc
    info = _parse(report)
    if info.duration_s is None and (info.has_audio or info.has_video):
        info = _parse({**report, "packets": await _packets(exe, path, timeout_s)})
    if not info.format_name or not (info.has_audio or info.has_video):
        raise MediaProbeError("no audio or video stream found")
    return info


async def _packets(exe: str, path: Path | str, timeout_s: float) -> list[dict[str, Any]]:
    """Packet timestamps, for files whose header has no duration."""
    proc = await asyncio.create_subprocess_exec(
        exe,
        "-v",
        "error",
        "-print_format",
        "json",
        "-show_entries",
        "packet=pts_time",
        str(path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        stdin=asyncio.subprocess.DEVNULL,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout_s)
    except TimeoutError as exc:
        proc.kill()
        await proc.wait()
        raise MediaProbeError(f"ffprobe timed out after {timeout_s}s") from exc
    try:
        packets = json.loads(out or b"{}").get("packets") or []
    except json.JSONDecodeError:
        return []
    return [p for p in packets if isinstance(p, dict)]
