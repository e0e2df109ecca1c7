"""Benchmark: processing time per minute of interview for each analysis stage (decode, ASR,
audio cues, frame sampling, vision cues, scoring hook) beside ffmpeg's plain decode of the same
file, then the wall clock of the real pipeline (analysis/answer_media.py, where vision overlaps
ASR) as the all-stages real-time factor.

Main row: REAL Mandarin speech (../shared/data/speech_zh, joined with pauses and repeated) over a
1280x720 30 fps testsrc video. Secondary row: espeak-ng speech over the same picture, labelled
SYNTHETIC: its robotic voice makes Whisper loop and fall back to higher temperatures.
Caveat: with only two real clips the text repeats every ~11 s, so some 30 s windows exceed
Whisper's gzip compression-ratio check (2.5 > 2.4; natural Chinese is ~1.25) and are decoded
again at higher temperature; that makes the ASR row pessimistic for a real interview.

Last: CER and real-time factor of each configured speech engine on the real clips alone
(Whisper-base always; FunASR when --funasr-model-dir or DINGHIRE_ANALYSIS_FUNASR_MODEL_DIR names
a model directory; run it with .venv-funasr/bin/python, where the FunASR extra is installed).

Usage: .venv/bin/python bench/bench_analysis.py [SECONDS] [--fps 1] [--threads 2] [--no-espeak]
       [--funasr-model-dir DIR]
Target (a figure, not an assertion): all stages together at most 0.3x real time on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

from analysis.answer_media import VISION_FPS, analyse_recording  # noqa: E402
from analysis.audio.cues import measure_audio  # noqa: E402
from analysis.media.audio import decode_audio, duration_s  # noqa: E402
from analysis.media.frames import sample_frames  # noqa: E402
from analysis.speech.errors import TranscriberUnavailableError  # noqa: E402
from analysis.speech.evaluate import evaluate_engine, load_clips  # noqa: E402
from analysis.speech.factory import evaluation_transcribers  # noqa: E402
from analysis.speech.labels import engine_label  # noqa: E402
from analysis.speech.quality import check_speech  # noqa: E402
from analysis.speech.whisper import WhisperTranscriber  # noqa: E402
from analysis.types import Transcript  # noqa: E402
from analysis.vision.cues import measure_vision  # noqa: E402
from bench.interview_media import (  # noqa: E402
    espeak_interview_answer,
    real_interview_answer,
    webcam_video,
)
from settings import load_settings  # noqa: E402

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


class _OneFileStore:
    """The encrypted store's `save_plain`, serving one plain file (the pipeline only reads)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    async def save_plain(self, key: str, fd: int) -> int:
        """Copy the file into `fd`, whatever the key."""
        data = self._path.read_bytes()
        os.write(fd, data)
        return len(data)


def load_avg() -> str:
    """The 1-minute load average (the machine is shared: figures depend on it)."""
    return f"load {os.getloadavg()[0]:.2f}"


def main() -> None:
    """Generate the clips, run every stage once after warm-up, print seconds per minute."""
    parser = argparse.ArgumentParser()
    parser.add_argument("seconds", nargs="?", type=float, default=60.0)
    parser.add_argument("--fps", type=float, default=VISION_FPS)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--no-espeak", action="store_true", help="skip the synthetic-speech row")
    parser.add_argument("--funasr-model-dir", type=Path, default=None)
    args = parser.parse_args()

    transcriber = WhisperTranscriber(_ROOT / "var" / "models", cpu_threads=args.threads)
    _, load_s = _timed(transcriber.load)
    transcriber.transcribe(np.zeros(16000, np.float32))  # warm-up: initialises VAD and kernels
    print(f"model load {load_s:.2f} s (once per process, not counted); {load_avg()}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        video = webcam_video(work / "picture.mp4", args.seconds)
        real = real_interview_answer(work / "real.mp4", args.seconds, video=video)
        _bench("REAL speech (speech_zh)", real, transcriber, args.fps)
        if not args.no_espeak:
            synth = espeak_interview_answer(
                work / "espeak.mp4", args.seconds, video=video, workdir=work
            )
            _bench("SYNTHETIC speech (espeak-ng)", synth, transcriber, args.fps)
    _real_speech_rtf(args.funasr_model_dir, args.threads)


def _bench(label: str, clip: Path, transcriber: WhisperTranscriber, fps: float) -> None:
    """Per-stage figures one after the other, then the real pipeline's wall clock."""
    print(f"\n== {label}: {clip.stat().st_size} B, {load_avg()}")
    cmd = ["ffmpeg", "-v", "error", "-nostdin", "-i", str(clip), "-f", "null", "-"]
    _, plain = _timed(lambda: subprocess.run(cmd, check=True))
    audio, t_decode = _timed(lambda: decode_audio(clip))
    seconds = duration_s(audio)
    minutes = seconds / 60
    transcript, t_asr = _timed(lambda: transcriber.transcribe(audio))
    _, t_audio = _timed(lambda: measure_audio(audio, transcript))
    frames, t_frames = _timed(lambda: sample_frames(clip, fps=fps, duration_s=seconds))
    vision, t_vision = _timed(lambda: measure_vision(frames))
    stages = [
        ("decode audio", t_decode),
        ("ASR (whisper-base int8)", t_asr),
        ("audio cues", t_audio),
        (f"sample frames ({len(frames)} @ {fps:g} fps)", t_frames),
        ("vision cues", t_vision),
    ]
    inputs = StageInputs(transcript, seconds)
    extra = 0.0
    for name, stage in EXTRA_STAGES:
        secs = _timed(lambda stage=stage: stage(inputs))[1]  # type: ignore[misc]
        stages.append((name, secs))
        extra += secs
    after_stages = load_avg()
    pipeline = analyse_recording(
        _OneFileStore(clip), "answer", transcriber=transcriber, video=True, face_cues=False
    )
    outcome, wall = _timed(lambda: asyncio.run(pipeline))
    wall += extra  # scoring runs after the media stages in analyse_answer_job

    print(f"{'stage':<36}{'s per min of interview':>24}")
    print(f"{'ffmpeg plain decode (reference)':<36}{plain / minutes:>24.2f}")
    for name, secs in stages:
        print(f"{name:<36}{secs / minutes:>24.2f}")
    total = sum(secs for _, secs in stages)
    print(f"{'sum of stages (sequential)':<36}{total / minutes:>24.2f}   ({after_stages})")
    print(f"{'all stages, wall (vision || ASR)':<36}{wall / minutes:>24.2f}   ({load_avg()})")
    rtf = wall / seconds
    verdict = "meets" if rtf <= TARGET_RTF else "MISSES"
    print(f"real-time factor {rtf:.3f} wall, {total / seconds:.3f} sequential")
    print(f"  -> {verdict} the {TARGET_RTF} target [{label}]")
    check = check_speech(transcript, seconds)
    print(
        f"transcript: {len(transcript.text)} chars, confidence {transcript.confidence:.2f}, "
        f"flags {list(check.flags)}; vision flags {list(vision.flags)}; "
        f"pipeline flags {list(outcome.flags)}"
    )
    print(f"transcript start: {transcript.text[:60]}")


def _real_speech_rtf(funasr_model_dir: Path | None, threads: int) -> None:
    """CER and speed of each configured engine on real Mandarin (espeak-ng is a worst case)."""
    folder = _ROOT.parent / "shared" / "data" / "speech_zh"
    if not (folder / "transcripts.tsv").is_file():
        print(f"(no real speech at {folder}: ASR CER and real-time factor not measured)")
        return
    clips = load_clips(folder)
    analysis = load_settings(strict=False).analysis.model_copy(update={"cpu_threads": threads})
    seconds = sum(c.seconds for c in clips)
    print(f"\nASR on the clips alone ({folder.name}, {seconds:.1f} s, no repetition):")
    for transcriber in evaluation_transcribers(analysis, funasr_model_dir):
        label = f"{transcriber.engine} ({engine_label(transcriber.engine)})"
        try:
            result = evaluate_engine(transcriber, clips)
        except TranscriberUnavailableError as exc:
            print(f"  {label}: not measured: {exc}")
            continue
        print(
            f"  {label}: CER {result.cer:.2%}, real-time factor {result.rtf:.3f} "
            f"(model load {result.load_s:.2f} s); {load_avg()}"
        )


# --- scoring stage (added by the scoring helper; the stages above are the media helper's) ---


def _score_and_report_stage(inputs: StageInputs) -> object:
    """Score the transcript on the seeded incident question (2 dimensions), build a report.

    The speech (read news / product blurb) does not answer the question, so this may time the
    "not assessed" path; bench/bench_scoring.py times scoring of real text as well.
    """
    from analysis.reports import AnswerInput, aggregate
    from analysis.scoring import build_scorer
    from settings.analysis import AnalysisSettings
    from tests.unit.analysis.scoring.rubric import BACKEND, question

    flags = check_speech(inputs.transcript, inputs.duration_s).flags
    scorer = build_scorer(AnalysisSettings().scoring_engine.value, AnalysisSettings())
    score = scorer.score(inputs.transcript, question("incident_a"), BACKEND, flags=flags)
    return aggregate(BACKEND, [AnswerInput(1, 0, "", score)])


EXTRA_STAGES.append(("score + report", _score_and_report_stage))


if __name__ == "__main__":
    main()
