"""Benchmark: time from the upload of the LAST answer to the report being ready, for a 10-answer,
10-minute video interview (10 x 60 s of real Mandarin speech over a 1280x720 30 fps testsrc video).

Real job code path, in process: a ctx built by dinghire.bootstrap.bootstrap (in-process job queue,
DingTalk off) on a temporary, migrated SQLite database and encrypted store; the seeded backend job
(tests/integration/analysis/factories.py) supplies the application, questions and answers.
Answers 1-9 are analysed one by one as they "arrive" (warm worker: models load on answer 1).
Timed: enqueue analyse_answer_job for answer 10 -> decrypt, decode, ASR || vision, audio cues,
scoring, result stored -> build_report_job queued and run -> report stored, stage `scored`.
Not timed: the HTTP upload itself and queue latency of a separate arq worker (bench_upload.py).

Usage: .venv/bin/python bench/bench_interview_report.py [--answers 10] [--seconds 60]
Target (a figure, not an assertion): report ready within 60 s of the last upload on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

from bench.interview_media import real_interview_answer, webcam_video  # noqa: E402
from dinghire.bootstrap import Container, bootstrap, shutdown  # noqa: E402
from settings import DatabaseSettings, Settings, StorageSettings, load_settings  # noqa: E402
from settings.analysis import AnalysisSettings  # noqa: E402
from settings.dingtalk import DingTalkSettings  # noqa: E402
from settings.redis import JobBackend, RedisSettings  # noqa: E402
from tests.integration.analysis.factories import submitted_interview  # noqa: E402
from workflows import db  # noqa: E402
from workflows.assessments.jobs import ANALYSE_JOB, analyser_version  # noqa: E402
from workflows.assessments.reports import current_report  # noqa: E402
from workflows.background.jobs import job_id  # noqa: E402
from workflows.interviews.models import AnswerMode  # noqa: E402

TARGET_S = 60.0
JOB_TIMEOUT_S = 600.0


def _load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def _settings(work: Path) -> Settings:
    return load_settings(
        strict=False,
        mode="test",
        database=DatabaseSettings(url=f"sqlite://{work}/bench.sqlite3"),
        storage=StorageSettings(root=work / "store"),
        redis=RedisSettings(job_backend=JobBackend.INPROCESS),
        dingtalk=DingTalkSettings(enabled=False),
        analysis=AnalysisSettings(model_cache_dir=_ROOT / "var" / "models"),
    )


async def _analyse(container: Container, answer_id: int) -> float:
    """Queue one answer's analysis as an upload does and wait for all follow-on jobs."""
    version = analyser_version(container.settings)
    start = time.perf_counter()
    jid = job_id(ANALYSE_JOB, answer_id, version)
    await container.queue.enqueue(ANALYSE_JOB, answer_id, version, job_id=jid)
    await container.drain_jobs(JOB_TIMEOUT_S)
    return time.perf_counter() - start


async def run(answers: int, seconds: float, work: Path) -> None:
    """Build the interview, analyse answers 1..n-1, then time the last answer to the report."""
    video = webcam_video(work / "picture.mp4", seconds)
    clips = [
        real_interview_answer(work / f"a{i}.mp4", seconds, video=video, offset=i).read_bytes()
        for i in range(answers)
    ]
    print(f"generated {answers} answers x {seconds:.0f} s ({sum(map(len, clips))} B); {_load()}")
    settings = _settings(work)
    await db.migrate(settings.database)
    container = await bootstrap(settings, process_wide=False)
    try:
        interview = await submitted_interview(
            container.vault, list(clips), store=container.store, mode=AnswerMode.VIDEO
        )
        *first, last = interview.answer_ids
        for n, answer_id in enumerate(first, 1):
            secs = await _analyse(container, answer_id)
            note = " (includes model loading)" if n == 1 else ""
            print(f"answer {n:>2}: analysed in {secs:6.1f} s{note}; {_load()}")
        ready_s = await _analyse(container, last)
        report = await current_report(interview.application_id)
        if report is None:
            raise SystemExit(f"no report after the last answer ({ready_s:.1f} s): check the jobs")
        verdict = "meets" if ready_s <= TARGET_S else "MISSES"
        print(
            f"answer {answers:>2} uploaded -> report v{report.version} ready in {ready_s:.1f} s "
            f"(overall score {report.overall_score}); {_load()}"
        )
        print(f"report-ready time {ready_s:.1f} s: {verdict} the {TARGET_S:.0f} s target")
    finally:
        await shutdown(container)


def main() -> None:
    """Parse the arguments and run the benchmark in a temporary folder."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(run(args.answers, args.seconds, Path(tmp)))


if __name__ == "__main__":
    main()
