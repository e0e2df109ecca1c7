"""Benchmark: a campus-season upload load on the real stack, encrypted and not.

N candidates (500 by default) upload their answer recordings at the same time, each in 1 MiB
chunks at a candidate's pace (about 1 Mbit/s: each chunk's body trickles in over ~8 s), while
HR readers open a report and seek its recording. The stack is real and on this machine
(bench/stack.py: PostgreSQL, a private Redis, moto's S3 server, the API process, arq workers).
The same run is repeated with the object store's encryption switched off (a benchmark-only
store) and both are printed with their ratio.

Chunk latency is the server's share: from the chunk's last body byte leaving the client to the
acknowledgement (the trickle itself is the candidate's network, not the server).

Run: .venv/bin/python bench/bench_load.py [--candidates 500] [--chunks 3] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

import httpx  # noqa: E402

from bench.stack import Stack, cpu_seconds, rss_mib  # noqa: E402
from dinghire.bootstrap import build_store, build_vault  # noqa: E402
from settings import DatabaseSettings, load_settings  # noqa: E402
from tests.integration.miniapp_api.harness import invite, make_job  # noqa: E402
from tests.integration.miniapp_api.report_factory import build_report, staff  # noqa: E402
from workflows import db  # noqa: E402
from workflows.interviews.consent import POLICY_VERSION  # noqa: E402
from workflows.interviews.models import Answer, UploadSession, UploadStatus  # noqa: E402
from workflows.links import report_url  # noqa: E402

MIB = 1024 * 1024
PIECE = 128 * 1024  # the client writes a chunk in 8 pieces, one per ~1 s
CANDIDATE_BPS = 1_000_000  # 1 Mbit/s


@dataclass
class Run:
    """What one run measured."""

    latencies: list[float] = field(default_factory=list)
    complete_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    chunks_acked: int = 0
    bytes_acked: int = 0
    hr_reads: int = 0
    hr_latencies: list[float] = field(default_factory=list)
    wall_s: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)
    lost: int = 0
    verified: int = 0


def _media(work: Path, chunks: int) -> bytes:
    """A WAV of a little under `chunks` MiB (the upload's sniffing and ffprobe accept it)."""
    seconds = chunks * MIB / 768_000 * 0.98
    out = work / "answer.wav"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=96000",
         "-ac", "2", "-t", f"{seconds:.3f}", "-c:a", "pcm_s32le", str(out)],
        check=True,
    )  # fmt: skip
    return out.read_bytes()


async def _trickle(data: bytes, pace: float) -> object:
    for offset in range(0, len(data), PIECE):
        await asyncio.sleep(pace)
        yield data[offset : offset + PIECE]


async def _candidate(
    http: httpx.AsyncClient, token: str, data: bytes, run: Run, start_after: float, number: int
) -> None:
    await asyncio.sleep(start_after)
    # Each candidate from its own address, as nginx would forward it (a header, no traffic).
    me = {"X-Forwarded-For": f"198.18.{number // 250}.{number % 250 + 1}"}
    try:
        login = await http.post(
            "/api/v1/interview/session", json={"invite_token": token}, headers=me
        )
        login.raise_for_status()
        auth = {"Authorization": f"Bearer {login.json()['session_token']}", **me}
        consent = {"recording": True, "processing": True, "face_cues": False,
                   "policy_version": POLICY_VERSION}  # fmt: skip
        (
            await http.post("/api/v1/interview/consent", json=consent, headers=auth)
        ).raise_for_status()
        check = {"microphone": {"ok": True, "peak_level": 0.5}, "mode_choice": "audio"}
        await http.post("/api/v1/interview/device-check", json=check, headers=auth)
        (await http.post("/api/v1/interview/nodes/0/start", headers=auth)).raise_for_status()
        opened = await http.post(
            "/api/v1/uploads",
            json={"node_index": 0, "attempt": 1, "mime_type": "audio/wav",
                  "total_bytes": len(data), "duration_s": 4.0},
            headers=auth,
        )  # fmt: skip
        opened.raise_for_status()
        upload = opened.json()
        size = upload["chunk_size"]
        pace = PIECE * 8 / CANDIDATE_BPS
        for n, offset in enumerate(range(0, len(data), size)):
            chunk = data[offset : offset + size]
            sent_at: list[float] = []

            async def body(chunk: bytes = chunk, sent_at: list[float] = sent_at) -> object:
                async for piece in _trickle(chunk, pace):  # type: ignore[attr-defined]
                    yield piece
                sent_at.append(time.perf_counter())

            headers = {**auth, "X-Chunk-Sha256": hashlib.sha256(chunk).hexdigest(),
                       "Content-Type": "application/octet-stream",
                       "Content-Length": str(len(chunk))}  # fmt: skip
            ack = await http.put(
                f"/api/v1/uploads/{upload['upload_id']}/chunks/{n}", content=body(), headers=headers
            )
            done = time.perf_counter()
            if ack.status_code != 200:
                run.errors.append(f"chunk {ack.status_code} {ack.text[:80]}")
                return
            run.latencies.append(done - sent_at[0])
            run.chunks_acked += 1
            run.bytes_acked += len(chunk)
        t0 = time.perf_counter()
        done_resp = await http.post(
            f"/api/v1/uploads/{upload['upload_id']}/complete",
            json={"sha256": hashlib.sha256(data).hexdigest()},
            headers=auth,
        )
        if done_resp.status_code != 200:
            run.errors.append(f"complete {done_resp.status_code} {done_resp.text[:80]}")
            return
        run.complete_s.append(time.perf_counter() - t0)
    except httpx.HTTPError as exc:
        run.errors.append(f"{type(exc).__name__}: {exc}"[:120])


async def _hr_reader(
    base_url: str, token: str, application_id: int, media_size: int, stop: asyncio.Event, run: Run
) -> None:
    """HR opening the report and seeking its recording, once a second (own cookie session)."""
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
        (await http.post("/api/hr/session", json={"report_token": token})).raise_for_status()
        while not stop.is_set():
            t0 = time.perf_counter()
            report = await http.get(f"/api/hr/reports/{application_id}")
            if report.status_code != 200:
                run.errors.append(f"report {report.status_code}")
            else:
                media = [a["answer_id"] for a in report.json()["answers"] if a["has_media"]]
                middle = media_size // 2
                seek = await http.get(
                    f"/api/hr/answers/{media[0]}/media",
                    headers={"Range": f"bytes={middle}-{middle + 65535}"},
                )
                if seek.status_code != 206 or len(seek.content) != 65536:
                    run.errors.append(f"media {seek.status_code}")
            run.hr_latencies.append(time.perf_counter() - t0)
            run.hr_reads += 1
            await asyncio.sleep(1.0)


async def _one_run(work: Path, args: argparse.Namespace, encrypted: bool, data: bytes) -> Run:
    stack = Stack(work / ("enc" if encrypted else "plain"), encrypted=encrypted,
                  workers=args.workers)  # fmt: skip
    stack.work.mkdir(parents=True)
    run = Run()
    await stack.start()
    try:
        dbs = DatabaseSettings(url=stack.db_url, pool_max=5)
        await db.connect(dbs, process_wide=False)
        env = stack.env()
        settings = load_settings(
            strict=False, mode="dev", database=dbs,
            storage=stack.s3.settings(), dingtalk={"enabled": False},
        )  # fmt: skip
        del env
        job = await make_job()
        deadline = datetime.now(UTC) + timedelta(days=3)
        tokens = [(await invite(settings, job, name=f"候选人{i}", deadline=deadline)).invite_token
                  for i in range(args.candidates)]  # fmt: skip
        media = b"\x1a\x45\xdf\xa3" + bytes(256 * 1024)
        vault = build_vault(settings)
        built = await build_report(vault, build_store(settings, vault), media)
        hr = await staff("hr001", "王芳", ["hr"])
        link = report_url(settings, built.application_id, staff_id=hr.id)
        report_token = parse_qs(urlsplit(link).query)["t"][0]
        pids = stack.pids()
        cpu0 = {k: cpu_seconds(p) for k, p in pids.items()}
        import os

        me0 = cpu_seconds(os.getpid())
        limits = httpx.Limits(max_connections=args.candidates + 50, max_keepalive_connections=None)
        stop = asyncio.Event()
        async with httpx.AsyncClient(base_url=stack.api_url, timeout=120, limits=limits) as http:
            readers = [asyncio.create_task(
                _hr_reader(stack.api_url, report_token, built.application_id, len(media), stop,
                           run))
                for _ in range(args.hr_readers)]  # fmt: skip
            t0 = time.perf_counter()
            ramp = args.ramp_s
            await asyncio.gather(*(
                _candidate(http, tok, data, run, ramp * i / max(1, args.candidates), i)
                for i, tok in enumerate(tokens)
            ))  # fmt: skip
            run.wall_s = time.perf_counter() - t0
            stop.set()
            await asyncio.gather(*readers, return_exceptions=True)
        run.cpu = {k: cpu_seconds(p) - cpu0[k] for k, p in pids.items()}
        run.cpu["client"] = cpu_seconds(os.getpid()) - me0
        run.rss = {k: rss_mib(p) for k, p in pids.items()}
        # Nothing lost: every completed upload's recording is stored whole.
        store = (
            build_store(settings, vault)
            if encrypted
            else __import__(
                "bench.plain_store", fromlist=["PlainS3Store"]
            ).PlainS3Store.from_settings(settings.storage, bytes(32))
        )
        want = hashlib.sha256(data).hexdigest()
        for upload in await UploadSession.filter(status=UploadStatus.COMPLETE):
            answer = await Answer.get(id=upload.answer_id)  # type: ignore[attr-defined]
            size = await store.plain_size(answer.media_key)
            whole = run.verified >= 10 or (
                hashlib.sha256(await store.get(answer.media_key)).hexdigest() == want
            )  # the first ten are read back and hashed whole
            if size != len(data) or answer.media_sha256 != want or not whole:
                run.lost += 1
            run.verified += 1
    finally:
        await stack.close()
    return run


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _print(runs: dict[str, Run], args: argparse.Namespace, data: bytes) -> None:
    expected = args.candidates * ((len(data) + MIB - 1) // MIB)
    print(f"\n{args.candidates} candidates x {len(data) / MIB:.2f} MiB in 1 MiB chunks at "
          f"~1 Mbit/s each, {args.hr_readers} HR readers, {args.workers} worker(s), "
          f"ramp {args.ramp_s:g} s; PostgreSQL, Redis, moto S3, API and workers on this "
          "machine")  # fmt: skip
    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, enc: float, plain: float, fmt: str) -> None:
        ratio = enc / plain if plain else float("nan")
        rows.append((name, fmt.format(enc), fmt.format(plain), f"{ratio:.2f}"))

    e, p = runs["encrypted"], runs["plain"]
    row("throughput (MiB/s acknowledged)", e.bytes_acked / MIB / e.wall_s,
        p.bytes_acked / MIB / p.wall_s, "{:.2f}")  # fmt: skip
    row("chunk latency p50 (ms)", _pct(e.latencies, 0.5) * 1000, _pct(p.latencies, 0.5) * 1000,
        "{:.0f}")  # fmt: skip
    row("chunk latency p99 (ms)", _pct(e.latencies, 0.99) * 1000, _pct(p.latencies, 0.99) * 1000,
        "{:.0f}")  # fmt: skip
    row("chunk latency max (ms)", max(e.latencies or [0]) * 1000, max(p.latencies or [0]) * 1000,
        "{:.0f}")  # fmt: skip
    row("complete p50 (ms)", _pct(e.complete_s, 0.5) * 1000, _pct(p.complete_s, 0.5) * 1000,
        "{:.0f}")  # fmt: skip
    row("HR read p99 (ms)", _pct(e.hr_latencies, 0.99) * 1000, _pct(p.hr_latencies, 0.99) * 1000,
        "{:.0f}")  # fmt: skip
    row("chunks acknowledged", e.chunks_acked, p.chunks_acked, "{:.0f}")
    row("errors (failed chunks/requests)", len(e.errors), len(p.errors), "{:.0f}")
    row("lost recordings (checked)", e.lost, p.lost, "{:.0f}")
    for role in sorted(set(e.cpu) | set(p.cpu)):
        row(f"CPU s: {role}", e.cpu.get(role, 0), p.cpu.get(role, 0), "{:.1f}")
    for role in sorted(set(e.rss) | set(p.rss)):
        row(f"RSS MiB: {role}", e.rss.get(role, 0), p.rss.get(role, 0), "{:.0f}")
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'encrypted':>10}  {'plain':>10}  {'enc/plain':>9}")
    for name, a, b, c in rows:
        print(f"{name:{width}}  {a:>10}  {b:>10}  {c:>9}")
    print(f"expected chunks per run: {expected}; recordings verified: encrypted {e.verified}, "
          f"plain {p.verified}")  # fmt: skip
    for label, r in runs.items():
        for err in sorted(set(r.errors))[:5]:
            print(f"  {label} error: {err} (x{r.errors.count(err)})")


async def _main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="dinghire-load-") as tmp:
        work = Path(tmp)
        data = _media(work, args.chunks)
        runs = {}
        for label, encrypted in (("encrypted", True), ("plain", False)):
            runs[label] = await _one_run(work, args, encrypted, data)
            print(f"{label}: {runs[label].chunks_acked} chunks in {runs[label].wall_s:.1f} s, "
                  f"{len(runs[label].errors)} errors", flush=True)  # fmt: skip
            for err in sorted(set(runs[label].errors))[:5]:
                print(f"  {err} (x{runs[label].errors.count(err)})", flush=True)
        _print(runs, args, data)


def main() -> None:
    """Parse arguments and run both passes."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--chunks", type=int, default=3, help="MiB per recording")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--hr-readers", type=int, default=5)
    parser.add_argument("--ramp-s", type=float, default=10.0, help="spread of the start times")
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
