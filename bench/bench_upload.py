"""Benchmark: answer-recording upload throughput through the real HTTP API (uvicorn on
127.0.0.1, 1 MiB chunks, every chunk sealed with AES-256-GCM on arrival, then assembled,
sniffed, ffprobed and re-sealed on completion), beside a plain copy of the same bytes.

Run: .venv/bin/python bench/bench_upload.py [--seconds 50]
The HTTP client runs in the server's event loop, so the figure is a lower bound.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from miniapp_api.app import create_app  # noqa: E402
from settings import DatabaseSettings, StorageSettings, load_settings  # noqa: E402
from tests.integration.miniapp_api.harness import (  # noqa: E402
    FakeClock,
    Flow,
    JobLog,
    invite,
    make_container,
    make_job,
    sha,
)
from workflows import db  # noqa: E402

CHUNK = 1024 * 1024


def _make_wav(path: Path, seconds: int) -> bytes:
    # 96 kHz stereo 32-bit PCM: ~0.77 MB/s, a size comparable to a browser video recording.
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=96000",
         "-ac", "2", "-t", str(seconds), "-c:a", "pcm_s32le", str(path)],
        check=True,
    )  # fmt: skip
    return path.read_bytes()


def _plain_copy_mb_s(src: Path, dst: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(src, dst)
    with dst.open("rb+") as fh:
        os.fsync(fh.fileno())  # the store fsyncs too
    return src.stat().st_size / (1024 * 1024) / (time.perf_counter() - start)


async def _run(work: Path, seconds: int) -> None:
    media = work / "answer.wav"
    data = _make_wav(media, seconds)
    dbs = DatabaseSettings(url=f"sqlite://{work}/bench.sqlite3")
    await db.migrate(dbs)
    await db.connect(dbs, process_wide=False)
    settings = load_settings(
        strict=False, mode="dev", database=dbs, storage=StorageSettings(root=work / "storage")
    )
    container = make_container(settings, JobLog())
    clock = FakeClock()
    world = await invite(settings, await make_job())
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(container, clock=clock, chunk_size=CHUNK),
            host="127.0.0.1",
            port=0,
            lifespan="off",
            log_level="warning",
        )
    )
    serving = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn has no start event
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120) as http:
            page = Flow(http)
            await page.login(world.invite_token)
            await page.consent()
            check = {"microphone": {"ok": True, "peak_level": 0.5}, "mode_choice": "audio"}
            await page.call("POST", "/api/v1/interview/device-check", json=check)
            await page.start(0)
            t0 = time.perf_counter()
            upload = (
                await page.open_upload(0, 1, len(data), mime="audio/wav", duration=seconds)
            ).json()
            for n, offset in enumerate(range(0, len(data), CHUNK)):
                ack = await page.put_chunk(upload["upload_id"], n, data[offset : offset + CHUNK])
                ack.raise_for_status()
            t1 = time.perf_counter()
            done = await page.call(
                "POST",
                f"/api/v1/uploads/{upload['upload_id']}/complete",
                json={"sha256": sha(data)},
            )
            done.raise_for_status()
            t2 = time.perf_counter()
    finally:
        server.should_exit = True
        await serving
        await container.drain_jobs(10)
        await db.disconnect()
    mb = len(data) / (1024 * 1024)
    copy = _plain_copy_mb_s(media, work / "copy.wav")
    print(f"file: {mb:.1f} MB WAV, {seconds} s, chunk {CHUNK // 1024} KiB, SQLite, 127.0.0.1")
    print(f"chunks (HTTP + SHA-256 + seal):         {mb / (t1 - t0):8.1f} MB/s  ({t1 - t0:.2f} s)")
    print(f"complete (unseal, reseal, sniff, probe): {mb / (t2 - t1):8.1f} MB/s  ({t2 - t1:.2f} s)")
    print(f"end to end, encryption on:              {mb / (t2 - t0):8.1f} MB/s  ({t2 - t0:.2f} s)")
    print(f"plain file copy of the same bytes:      {copy:8.1f} MB/s")


def main() -> None:
    """Parse arguments and run the benchmark in a temporary folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=50, help="recording length (max 60)")
    args = parser.parse_args()
    if shutil.which("ffmpeg") is None:
        raise SystemExit("ffmpeg is not installed: run deploy/system-deps.sh")
    with tempfile.TemporaryDirectory(prefix="dinghire-bench-") as tmp:
        asyncio.run(_run(Path(tmp), min(args.seconds, 60)))


if __name__ == "__main__":
    main()
