"""Benchmark: faults on the real stack, and whether anything was lost or done twice.

Each row starts a fresh stack (bench/stack.py: PostgreSQL database, private Redis, moto S3,
the API process and an arq worker), sends a few candidates through a recorded interview the way
the page does (chunks retried on errors, completion retried), injects one fault, and waits
until every interview has its report. It then counts, from the database and the object store:
recordings (every completed upload stored whole), analyses (exactly one result per answer) and
reports (exactly one per application), and prints the time from the fault to full recovery.

The DingTalk rows (bench/dingtalk_faults.py: 503 answers, then throttling, from the emulator)
count notices and offer approvals instead of recordings.

Faults: a worker SIGKILLed mid-analysis; Redis SIGKILLed and restarted (append-only file);
PostgreSQL dropping every connection of the stack (pg_terminate_backend: what clients see of a
restart, without stopping the shared server); the object store frozen for 10 s (SIGSTOP: moto
keeps objects in memory, so a real restart would wipe them, unlike MinIO); the API SIGKILLed
while uploads are being completed.

Run: .venv/bin/python bench/bench_faults.py [--candidates 3] [--only worker,redis,...]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

import asyncpg  # noqa: E402
import httpx  # noqa: E402

from bench.dingtalk_faults import dingtalk_row  # noqa: E402
from bench.stack import POSTGRES_URL, Stack  # noqa: E402
from dinghire.bootstrap import build_store  # noqa: E402
from settings import DatabaseSettings, load_settings  # noqa: E402
from tests.integration.miniapp_api.harness import invite, make_job  # noqa: E402
from workflows import db  # noqa: E402
from workflows.assessments.models import AnalysisResult, Report  # noqa: E402
from workflows.interviews.consent import POLICY_VERSION  # noqa: E402
from workflows.interviews.models import Answer, InterviewSession, UploadSession  # noqa: E402

CHUNK_PIECES = 1024 * 1024
PATIENCE_S = 200.0  # how long a candidate's page keeps retrying one request


@dataclass
class Outcome:
    """One fault row."""

    fault: str
    recordings: str = "-"
    analyses: str = "-"
    reports: str = "-"
    messages: str = "-"
    approvals: str = "-"
    recover_s: float = float("nan")
    notes: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """Nothing lost, nothing twice."""
        looked = [self.recordings, self.analyses, self.reports, self.messages, self.approvals]
        return all(v.startswith("ok") for v in looked if v != "-")


def _wav(path: Path, seconds: float) -> bytes:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
         "-ac", "1", "-t", str(seconds), "-c:a", "pcm_s16le", str(path)],
        check=True,
    )  # fmt: skip
    return path.read_bytes()


async def _retry(call: Callable[[], Awaitable[httpx.Response]], ok: set[int]) -> httpx.Response:
    """The page's retry: transport errors, 5xx and 409 'busy' are retried with backoff."""
    deadline = time.monotonic() + PATIENCE_S
    delay = 0.5
    while True:
        try:
            resp = await call()
            if resp.status_code in ok or (resp.status_code < 500 and resp.status_code != 409):
                return resp
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("gave up")
        await asyncio.sleep(delay)
        delay = min(delay * 2, 5.0)


async def _candidate(base: str, token: str, data: bytes, uploaded: asyncio.Event) -> str:
    """Consent, three recorded answers, submit; '' or what went wrong."""
    try:
        return await _interview(base, token, data, uploaded)
    except TimeoutError:
        return "the page gave up retrying"


async def _interview(base: str, token: str, data: bytes, uploaded: asyncio.Event) -> str:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        login = await _retry(
            lambda: http.post("/api/v1/interview/session", json={"invite_token": token}), {200}
        )
        if login.status_code != 200:
            return f"login {login.status_code}"
        auth = {"Authorization": f"Bearer {login.json()['session_token']}"}
        consent = {"recording": True, "processing": True, "face_cues": False,
                   "policy_version": POLICY_VERSION}  # fmt: skip
        await _retry(lambda: http.post("/api/v1/interview/consent", json=consent, headers=auth),
                     {200})  # fmt: skip
        check = {"microphone": {"ok": True, "peak_level": 0.5}, "mode_choice": "audio"}
        await _retry(
            lambda: http.post("/api/v1/interview/device-check", json=check, headers=auth), {200}
        )
        total = (await http.get("/api/v1/interview/progress", headers=auth)).json()["total"]
        for node in range(total):
            await _retry(lambda n=node: http.post(f"/api/v1/interview/nodes/{n}/start",
                                                  headers=auth), {200, 409})  # fmt: skip
            body = {"node_index": node, "attempt": 1, "mime_type": "audio/wav",
                    "total_bytes": len(data), "duration_s": 3.0}  # fmt: skip
            opened = await _retry(lambda b=body: http.post("/api/v1/uploads", json=b, headers=auth),
                                  {200})  # fmt: skip
            if opened.status_code != 200:
                return f"open {opened.status_code} {opened.text[:80]}"
            up = opened.json()
            size = up["chunk_size"]
            for n, off in enumerate(range(0, len(data), size)):
                piece = data[off : off + size]
                head = {**auth, "X-Chunk-Sha256": hashlib.sha256(piece).hexdigest(),
                        "Content-Type": "application/octet-stream"}  # fmt: skip
                put = await _retry(
                    lambda u=up, n=n, p=piece, h=head: http.put(
                        f"/api/v1/uploads/{u['upload_id']}/chunks/{n}", content=p, headers=h
                    ),
                    {200},
                )
                if put.status_code != 200:
                    return f"chunk {put.status_code} {put.text[:80]}"
            uploaded.set()
            digest = {"sha256": hashlib.sha256(data).hexdigest()}
            done = await _retry(
                lambda u=up, d=digest: http.post(f"/api/v1/uploads/{u['upload_id']}/complete",
                                                 json=d, headers=auth),
                {200},
            )  # fmt: skip
            if done.status_code != 200:
                return f"complete {done.status_code} {done.text[:100]}"
        sub = await _retry(lambda: http.post("/api/v1/interview/submit", headers=auth), {200})
        return "" if sub.status_code == 200 else f"submit {sub.status_code} {sub.text[:80]}"


async def _all_reported(app_ids: list[int], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await Report.filter(application_id__in=app_ids).distinct().values_list(
            "application_id", flat=True
        ) and len(set(await Report.filter(application_id__in=app_ids).values_list(
            "application_id", flat=True))) == len(app_ids):  # fmt: skip
            return True
        await asyncio.sleep(0.5)
    return False


async def _audit(out: Outcome, app_ids: list[int], settings: object, size: int) -> None:
    store = build_store(settings)  # type: ignore[arg-type]
    sessions = await InterviewSession.filter(application_id__in=app_ids)
    answers = await Answer.filter(session_id__in=[s.id for s in sessions])
    want_answers = sum(len(s.plan) for s in sessions)
    stored = 0
    for a in answers:
        if a.media_key and await store.exists(a.media_key):
            stored += int(await store.plain_size(a.media_key) == size)
    uploads = await UploadSession.filter(answer_id__in=[a.id for a in answers]).count()
    lost = want_answers - stored
    out.recordings = (
        f"ok {stored}/{want_answers}" if lost == 0 else f"LOST {lost} of {want_answers}"
    ) + f" ({uploads} upload sessions)"
    counts = [await AnalysisResult.filter(answer_id=a.id).count() for a in answers if a.media_key]
    missing, twice = counts.count(0), sum(1 for c in counts if c > 1)
    out.analyses = (
        f"ok {len(counts)} x1" if not missing and not twice and len(counts) == want_answers
        else f"MISSING {missing + want_answers - len(counts)}, TWICE {twice}"
    )  # fmt: skip
    per_app = [await Report.filter(application_id=i).count() for i in app_ids]
    out.reports = (
        f"ok {len(per_app)} x1" if all(c == 1 for c in per_app)
        else f"MISSING {per_app.count(0)}, TWICE {sum(1 for c in per_app if c > 1)}"
    )  # fmt: skip


async def _row(work: Path, fault: str, candidates: int, data: bytes) -> Outcome:
    # A killed worker's analysis is taken over once its job lease lapses
    # (DINGHIRE_REDIS_JOB_LEASE_S, 60 s by default: production's, not the 600 s job timeout).
    stack = Stack(work / fault, workers=1)
    stack.work.mkdir(parents=True)
    out = Outcome(fault)
    await stack.start()
    try:
        dbs = DatabaseSettings(url=stack.db_url, pool_max=3)
        await db.connect(dbs, process_wide=False)
        settings = load_settings(
            strict=False, mode="dev", database=dbs, storage=stack.s3.settings(),
            dingtalk={"enabled": False},
        )  # fmt: skip
        job = await make_job()
        deadline = datetime.now(UTC) + timedelta(days=3)
        worlds = [await invite(settings, job, name=f"候选人{i}", deadline=deadline)
                  for i in range(candidates)]  # fmt: skip
        app_ids = [w.application_id for w in worlds]
        uploaded = asyncio.Event()
        flows = [asyncio.create_task(_candidate(stack.api_url, w.invite_token, data, uploaded))
                 for w in worlds]  # fmt: skip
        injected = await _inject(stack, fault, uploaded)
        results = await asyncio.gather(*flows, return_exceptions=True)
        out.notes += [str(r) for r in results if r]
        ok = await _all_reported(app_ids, 360)
        out.recover_s = time.monotonic() - injected
        if not ok:
            out.notes.append("not every interview had its report after 360 s")
        await _audit(out, app_ids, settings, len(data))
    finally:
        await stack.close()
    return out


async def _wait_for_analysis(stack: Stack) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(stack.redis_url)
    try:
        while not await redis.keys("arq:in-progress:*analyse*"):  # noqa: ASYNC110 - polling Redis
            await asyncio.sleep(0.1)
    finally:
        await redis.aclose()


async def _inject(stack: Stack, fault: str, uploaded: asyncio.Event) -> float:
    """Wait for the moment, inject the fault, start the recovery; returns when it was injected."""
    if fault == "worker":
        await asyncio.wait_for(_wait_for_analysis(stack), 300)
        await asyncio.sleep(0.5)
        at = time.monotonic()
        stack.worker_procs[0].kill()
        stack.start_worker()
        return at
    await uploaded.wait()
    if fault == "redis":
        await asyncio.sleep(1.0)
        at = time.monotonic()
        stack.stop_redis()
        await asyncio.sleep(3.0)
        stack.start_redis()
        return at
    if fault == "postgres":
        await asyncio.sleep(1.0)
        at = time.monotonic()
        admin = await asyncpg.connect(POSTGRES_URL)
        try:
            await admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = $1 AND pid <> pg_backend_pid()",
                stack.db_name,
            )
        finally:
            await admin.close()
        return at
    if fault == "s3":
        at = time.monotonic()
        assert stack.s3.process is not None
        os.kill(stack.s3.process.pid, signal.SIGSTOP)
        await asyncio.sleep(10.0)
        os.kill(stack.s3.process.pid, signal.SIGCONT)
        return at
    if fault == "api":
        # The first recording is uploaded and its completion is on its way: kill the API then.
        await asyncio.sleep(0.05)
        at = time.monotonic()
        stack.kill_api()
        await asyncio.sleep(2.0)
        await stack.start_api()
        return at
    raise ValueError(fault)


FAULTS = {
    "worker": "worker killed mid-analysis",
    "redis": "Redis killed and restarted",
    "postgres": "PostgreSQL connections dropped",
    "s3": "object store frozen 10 s",
    "api": "API killed during upload completion",
    "dingtalk5xx": "DingTalk 5xx (503 on sends and approval starts)",
    "throttle": "DingTalk throttling (QPS limit on sends and approval starts)",
}
DINGTALK = {"dingtalk5xx": "5xx", "throttle": "throttle"}


async def _dingtalk(fault: str, candidates: int) -> Outcome:
    found = await dingtalk_row(DINGTALK[fault], candidates)
    return Outcome(FAULTS[fault], messages=found.messages, approvals=found.approvals,
                   recover_s=found.recover_s, notes=found.notes)  # fmt: skip


async def _main(args: argparse.Namespace) -> None:
    chosen = args.only.split(",") if args.only else list(FAULTS)
    rows: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="dinghire-faults-") as tmp:
        work = Path(tmp)
        data = _wav(work / "answer.wav", 3.0)
        for fault in chosen:
            print(f"{time.strftime('%H:%M:%S')} {FAULTS[fault]} ...", flush=True)
            if fault in DINGTALK:
                row = await _dingtalk(fault, args.candidates)
            else:
                row = await _row(work, fault, args.candidates, data)
            row.fault = FAULTS[fault]
            rows.append(row)
            print(f"{row.fault}: {'clean' if row.clean else 'NOT CLEAN'}; {row.recordings}; "
                  f"{row.analyses}; {row.reports}; {row.messages}; {row.approvals}; "
                  f"{row.recover_s:.1f} s; {row.notes[:3]}",
                  flush=True)  # fmt: skip
    print(f"\n{args.candidates} candidates x 3 recorded answers per interview row, recovery = "
          "fault to the last report; DingTalk rows: that many offer approvals and twice as many "
          "notices, recovery = fault to the last approval started and notice sent")  # fmt: skip
    head = ("fault", "recordings", "analyses", "reports", "messages", "approvals", "recover s",
            "verdict")  # fmt: skip
    table = [head] + [
        (r.fault, r.recordings, r.analyses, r.reports, r.messages, r.approvals,
         f"{r.recover_s:.1f}",
         "nothing lost or twice" if r.clean else "FAILED")
        for r in rows
    ]  # fmt: skip
    widths = [max(len(str(row[i])) for row in table) for i in range(len(head))]
    for line in table:
        print("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)))
    for r in rows:
        for note in sorted(set(r.notes))[:5]:
            print(f"  {r.fault}: {note}")
    print("messages and approvals ('-'): DingTalk is off in the interview rows' stack; the "
          "DingTalk rows count them in the emulator")  # fmt: skip


def main() -> None:
    """Parse arguments and run the rows."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=3)
    parser.add_argument("--only", default="", help=f"comma-separated subset of {list(FAULTS)}")
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
