"""Benchmark: processing time per minute of interview for each analysis stage (decode, ASR,
audio cues, frame sampling, vision cues, scoring hook) beside ffmpeg's plain decode of the same
file, on a generated Mandarin interview (espeak-ng speech muxed with a synthetic face video).

Usage: .venv/bin/python bench/bench_analysis.py [SECONDS] [--fps 2] [--threads 2]
Target (a figure, not an assertion): all stages together at most 0.3x real time on 2 cores.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

from analysis.audio.cues import measure_audio  # noqa: E402
from analysis.media.audio import decode_audio, duration_s  # noqa: E402
from analysis.media.frames import sample_frames  # noqa: E402
from analysis.speech.quality import check_speech  # noqa: E402
from analysis.speech.whisper import WhisperTranscriber  # noqa: E402
from analysis.types import Transcript  # noqa: E402
from analysis.vision.cues import measure_vision  # noqa: E402
from tests.fixtures.media import media_fixtures as fx  # noqa: E402

TARGET_RTF = 0.3


@dataclass
class StageInputs:
    """What later stages (scoring) receive: the transcript and the answer's duration."""

    transcript: Transcript
    duration_s: float
    extras: dict[str, Any] = field(default_factory=dict)


# Scoring hook: the scoring helper appends ("score", fn) here; fn gets StageInputs.
EXTRA_STAGES: list[tuple[str, Callable[[StageInputs], object]]] = []


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    """Generate the clip, run every stage once after warm-up, print seconds per minute."""
    parser = argparse.ArgumentParser()
    parser.add_argument("seconds", nargs="?", type=float, default=60.0)
    parser.add_argument("--fps", type=float, default=2.0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        clip, gen_s = _timed(lambda: fx.interview_video(work / "i.mp4", args.seconds, workdir=work))
        print(f"generated {args.seconds:.0f} s interview in {gen_s:.1f} s: {clip.stat().st_size} B")
        cmd = ["ffmpeg", "-v", "error", "-nostdin", "-i", str(clip), "-f", "null", "-"]
        _, plain = _timed(lambda: subprocess.run(cmd, check=True))

        transcriber = WhisperTranscriber(_ROOT / "var" / "models", cpu_threads=args.threads)
        _, load_s = _timed(transcriber.load)
        audio, t_decode = _timed(lambda: decode_audio(clip))
        minutes = duration_s(audio) / 60
        transcriber.transcribe(audio[:16000])  # warm-up: first call initialises VAD and kernels
        transcript, t_asr = _timed(lambda: transcriber.transcribe(audio))
        _, t_audio = _timed(lambda: measure_audio(audio, transcript))
        frames, t_frames = _timed(
            lambda: sample_frames(clip, fps=args.fps, duration_s=duration_s(audio))
        )
        vision, t_vision = _timed(lambda: measure_vision(frames))
        stages = [
            ("decode audio", t_decode),
            ("ASR (whisper-base int8)", t_asr),
            ("audio cues", t_audio),
            (f"sample frames ({len(frames)} @ {args.fps:g} fps)", t_frames),
            ("vision cues", t_vision),
        ]
        inputs = StageInputs(transcript, duration_s(audio))
        for name, stage in EXTRA_STAGES:
            stages.append((name, _timed(lambda stage=stage: stage(inputs))[1]))  # type: ignore[misc]

    print(f"model load {load_s:.2f} s (once per process, not counted)")
    print(f"{'stage':<34}{'s per min of interview':>24}")
    print(f"{'ffmpeg plain decode (reference)':<34}{plain / minutes:>24.2f}")
    for name, secs in stages:
        print(f"{name:<34}{secs / minutes:>24.2f}")
    total = sum(secs for _, secs in stages)
    rtf = total / (minutes * 60)
    verdict = "meets" if rtf <= TARGET_RTF else "MISSES"
    print(f"{'all stages':<34}{total / minutes:>24.2f}")
    print(f"real-time factor {rtf:.3f} ({verdict} the {TARGET_RTF} target)")
    check = check_speech(transcript, duration_s(audio))
    print(
        f"transcript: {len(transcript.text)} chars, confidence {transcript.confidence:.2f}, "
        f"flags {list(check.flags)}; vision flags {list(vision.flags)}"
    )
    print(f"transcript start: {transcript.text[:60]}")
    _real_speech_rtf(transcriber)


def _real_speech_rtf(transcriber: WhisperTranscriber) -> None:
    """ASR speed on real Mandarin (espeak-ng's robotic voice is a worst case for Whisper)."""
    folder = _ROOT.parent / "shared" / "data" / "speech_zh"
    clips = sorted(folder.glob("*.wav"))
    if not clips:
        print(f"(no real speech at {folder}: ASR real-time factor on real speech not measured)")
        return
    audios = [decode_audio(p) for p in clips]
    _, secs = _timed(lambda: [transcriber.transcribe(a) for a in audios])
    total = sum(duration_s(a) for a in audios)
    print(f"ASR on real speech ({folder.name}, {total:.1f} s): real-time factor {secs / total:.3f}")


# --- scoring stage (added by the scoring helper; the stages above are the media helper's) ---


def _score_and_report_stage(inputs: StageInputs) -> object:
    """Score the transcript on the seeded incident question (2 dimensions), build a report.

    Synthetic speech usually comes back with low ASR confidence, so this often times the
    "not assessed" path; bench/bench_scoring.py times scoring of real text as well.
    """
    from analysis.reports import AnswerInput, aggregate
    from analysis.scoring import score_answer
    from tests.unit.analysis.scoring.rubric import BACKEND, question

    flags = check_speech(inputs.transcript, inputs.duration_s).flags
    score = score_answer(inputs.transcript, question("incident_a"), BACKEND, flags=flags)
    return aggregate(BACKEND, [AnswerInput(1, 0, "", score)])


EXTRA_STAGES.append(("score + report", _score_and_report_stage))


if __name__ == "__main__":
    main()
