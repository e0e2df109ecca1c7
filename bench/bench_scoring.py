"""Benchmark answer scoring, follow-ups and report aggregation; optionally the spoken-answer path.

Prints figures, asserts nothing. `--media-seconds N` also times one N-second espeak-ng video
answer through decode, Whisper, audio and vision cues and scoring (the work left after the last
upload of an interview), then the report of a 10-answer interview.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from analysis.followup import suggest_follow_up  # noqa: E402
from analysis.reports import AnswerInput, aggregate  # noqa: E402
from analysis.scoring import build_scorer, scorer_names  # noqa: E402
from analysis.scoring.text import warm_up  # noqa: E402
from settings.analysis import AnalysisSettings  # noqa: E402
from tests.unit.analysis.scoring.rubric import (  # noqa: E402
    BACKEND,
    NO_RESULT_INCIDENT,
    STRONG_INCIDENT,
    VAGUE_INCIDENT,
    question,
    typed,
)


def scoring_stage(rounds: int) -> None:
    """Score, follow up and aggregate a 10-answer text interview `rounds` times."""
    started = time.perf_counter()
    warm_up()
    print(f"jieba dictionary load {1000 * (time.perf_counter() - started):.0f} ms")
    texts = [STRONG_INCIDENT, VAGUE_INCIDENT, NO_RESULT_INCIDENT] * 4
    q = question("incident_a")
    settings = AnalysisSettings()
    for name in scorer_names():
        try:
            scorer = build_scorer(name, settings)
        except ValueError as exc:  # an engine that needs a server this machine has not set up
            print(f"{name}: not measured ({exc})")
            continue
        started = time.perf_counter()
        scorer.score(typed(STRONG_INCIDENT), q, BACKEND)  # loads the engine's models
        print(
            f"{name}: first answer (model loading) {1000 * (time.perf_counter() - started):.0f} ms"
        )
        started = time.perf_counter()
        for _ in range(rounds):
            scores = [scorer.score(typed(t), q, BACKEND) for t in texts[:10]]
        per_answer = (time.perf_counter() - started) / (rounds * 10)
        load = os.getloadavg()[0]
        print(
            f"{name}: score one answer (2 dimensions) {1000 * per_answer:.1f} ms/answer "
            f"(load {load:.1f})"
        )
    started = time.perf_counter()
    for _ in range(rounds):
        for t in texts[:10]:
            suggest_follow_up(typed(t * 3), q)
    per_follow = (time.perf_counter() - started) / (rounds * 10)
    inputs = [AnswerInput(i, i, "", s) for i, s in enumerate(scores)]
    started = time.perf_counter()
    for _ in range(rounds):
        aggregate(BACKEND, inputs)
    per_report = (time.perf_counter() - started) / rounds
    print(f"follow-up for one answer {1000 * per_follow:.1f} ms")
    print(f"aggregate a 10-answer report {1000 * per_report:.2f} ms")


async def media_stage(seconds: float) -> None:
    """One spoken video answer of `seconds` through the media pipeline and scoring."""
    from analysis.answer_media import analyse_recording, build_transcriber
    from settings import load_settings
    from tests.fixtures.media.media_fixtures import speech_wav
    from workflows.storage.local import LocalEncryptedStore

    settings = load_settings(strict=False)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        wav = speech_wav(work / "speech.wav", min_seconds=seconds)
        video = work / "answer.mp4"
        proc = await asyncio.create_subprocess_exec(
            "ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=640x480:rate=25",
            "-i", str(wav), "-shortest", "-c:v", "libx264", "-preset", "veryfast",
            "-pix_fmt", "yuv420p", "-c:a", "aac", str(video),
        )  # fmt: skip
        await proc.wait()
        store = LocalEncryptedStore(work / "store", settings.security.master_key_bytes())
        await store.put("answer.mp4", video.read_bytes())
        transcriber = build_transcriber(settings)
        started = time.perf_counter()
        getattr(transcriber, "load", lambda: None)()
        print(f"ASR model load {time.perf_counter() - started:.1f} s (once per worker process)")
        started = time.perf_counter()
        outcome = await analyse_recording(
            store, "answer.mp4", transcriber=transcriber, video=True, face_cues=False
        )
        media_s = time.perf_counter() - started
        started = time.perf_counter()
        scorer = build_scorer(settings.analysis.scoring_engine.value, settings.analysis)
        result = scorer.score(
            outcome.transcript, question("incident_a"), BACKEND, flags=outcome.flags
        )
        score_s = time.perf_counter() - started
        print(
            f"{seconds:.0f} s spoken video answer: decrypt+decode+ASR+cues {media_s:.1f} s, "
            f"scoring {1000 * score_s:.0f} ms (ASR confidence {outcome.transcript.confidence:.2f}, "
            f"flags {list(result.flags)})"
        )


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--media-seconds", type=float, default=0.0)
    args = parser.parse_args()
    scoring_stage(args.rounds)
    if args.media_seconds > 0:
        asyncio.run(media_stage(args.media_seconds))


if __name__ == "__main__":
    main()
