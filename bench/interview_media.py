"""Interview recordings for the benchmarks: REAL Mandarin speech (../shared/data/speech_zh)
muxed with a synthetic ffmpeg testsrc video at a webcam-like size and frame rate.

The clips are read in place (never copied into the repo) and joined with short natural pauses:
repeated to the wanted length (the ASR load of a full answer), or each said once and followed by
silence to the end of the recording (an answer whose transcript does not repeat itself).
espeak-ng speech stays available in tests/fixtures/media as the synthetic worst case for Whisper
(its robotic voice makes Whisper loop and fall back).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from analysis.media.audio import SAMPLE_RATE, AudioArray, decode_audio, write_wav

ROOT = Path(__file__).resolve().parents[1]
SPEECH_DIR = ROOT.parent / "shared" / "data" / "speech_zh"
# A phone or laptop webcam in the DingTalk mini-app records about 720p at 30 fps.
WEBCAM_SIZE = "1280x720"
WEBCAM_FPS = 30


def speech_clips(folder: Path = SPEECH_DIR) -> list[AudioArray]:
    """The real speech clips of `folder`, decoded to 16 kHz mono; an error if there are none."""
    paths = sorted(folder.glob("*.wav"))
    if not paths:
        raise SystemExit(f"no real speech clips (*.wav) in {folder}: cannot build the interview")
    return [decode_audio(p) for p in paths]


def real_speech(
    seconds: float, *, offset: int = 0, folder: Path = SPEECH_DIR, repeat: bool = True
) -> AudioArray:
    """`seconds` of audio from the real clips in turn (starting at clip `offset`), with 0.4-1.2 s
    pauses. repeat=True fills the length with speech by repeating the clips (ASR load of a full
    answer; its transcript repeats itself, which the speech check marks not assessed);
    repeat=False says each clip once and then stays silent to the end of the recording (a short
    answer in a full-length recording: the only non-repeating real speech offline)."""
    clips = speech_clips(folder)
    rng = np.random.default_rng(offset)
    need = int(seconds * SAMPLE_RATE)
    pieces: list[AudioArray] = []
    have, i = 0, offset
    while have < need and (repeat or i < offset + len(clips)):
        clip = clips[i % len(clips)]
        pause = np.zeros(int(rng.uniform(0.4, 1.2) * SAMPLE_RATE), dtype=np.float32)
        pieces += [clip, pause]
        have += clip.size + pause.size
        i += 1
    if have < need:
        pieces.append(np.zeros(need - have, dtype=np.float32))
    return np.concatenate(pieces)[:need].astype(np.float32)


def _run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=900)


def webcam_video(
    out: Path, seconds: float, *, size: str = WEBCAM_SIZE, fps: int = WEBCAM_FPS
) -> Path:
    """A silent H.264 testsrc video (the picture of every generated answer; encoded once)."""
    src = f"testsrc=size={size}:rate={fps}:duration={seconds}"
    enc = ["-c:v", "libx264", "-preset", "veryfast", "-g", str(fps * 2), "-pix_fmt", "yuv420p"]
    _run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", src, *enc, str(out)])
    return out


def mux(out: Path, video: Path, speech_wav: Path) -> Path:
    """MP4 of `video` (stream-copied) with `speech_wav` as AAC, cut to the shorter of the two."""
    maps = ["-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy", "-c:a", "aac", "-shortest"]
    _run(["ffmpeg", "-v", "error", "-y", "-i", str(video), "-i", str(speech_wav), *maps, str(out)])
    return out


def real_interview_answer(
    out: Path,
    seconds: float,
    *,
    video: Path | None = None,
    offset: int = 0,
    size: str = WEBCAM_SIZE,
    fps: int = WEBCAM_FPS,
    repeat: bool = True,
) -> Path:
    """One answer recording: real speech over a testsrc webcam picture (MP4, H.264 + AAC)."""
    video = video or webcam_video(out.with_suffix(".video.mp4"), seconds, size=size, fps=fps)
    wav = out.with_suffix(".speech.wav")
    write_wav(wav, real_speech(seconds, offset=offset, repeat=repeat))
    mux(out, video, wav)
    wav.unlink()
    return out


def espeak_interview_answer(out: Path, seconds: float, *, video: Path, workdir: Path) -> Path:
    """The synthetic variant: espeak-ng Mandarin over the same webcam picture."""
    from tests.fixtures.media import media_fixtures as fx

    wav = fx.speech_wav(workdir / "espeak.wav", min_seconds=seconds)
    return mux(out, video, wav)
