"""The real DingHire stack on this machine for the load and fault benchmarks.

PostgreSQL (a fresh database on the server at DINGHIRE_BENCH_POSTGRES_URL, dropped afterwards),
a private redis-server on a free port (so a benchmark may restart it), moto's S3 server as the
object store, the API (`dinghire serve` in its own process) and arq workers (`dinghire worker`).
Everything listens on 127.0.0.1 only; every process is stopped when the stack closes.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx

from settings import DatabaseSettings
from tests.s3server import S3Server
from tests.support import free_port
from workflows import db

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get(
    "DINGHIRE_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    """Resident memory of one process in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Stack:
    """The processes of one benchmark run and how to reach them."""

    work: Path
    encrypted: bool = True
    workers: int = 1
    api_processes: int = 2
    db_name: str = field(default_factory=lambda: f"dinghire_bench_{secrets.token_hex(4)}")
    redis_port: int = field(default_factory=free_port)
    api_port: int = field(default_factory=free_port)
    s3: S3Server = field(default_factory=S3Server)
    redis: subprocess.Popen[bytes] | None = None
    api: subprocess.Popen[bytes] | None = None
    worker_procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    env_extra: dict[str, str] = field(default_factory=dict)

    @property
    def db_url(self) -> str:
        """The benchmark database's URL."""
        return f"{POSTGRES_URL.rsplit('/', 1)[0]}/{self.db_name}"

    @property
    def redis_url(self) -> str:
        """The private Redis."""
        return f"redis://127.0.0.1:{self.redis_port}/0"

    @property
    def api_url(self) -> str:
        """The API's base URL."""
        return f"http://127.0.0.1:{self.api_port}"

    def env(self) -> dict[str, str]:
        """The environment every DingHire process of the stack gets."""
        s3 = self.s3.settings()
        secret = s3.s3_secret_access_key
        env = {k: v for k, v in os.environ.items() if not k.startswith("DINGHIRE_")}
        env.update(
            DINGHIRE_MODE="dev",
            DINGHIRE_DATABASE_URL=self.db_url,
            DINGHIRE_DATABASE_POOL_MAX="20",
            DINGHIRE_REDIS_URL=self.redis_url,
            DINGHIRE_REDIS_JOB_BACKEND="arq",
            DINGHIRE_STORAGE_BACKEND="s3",
            DINGHIRE_STORAGE_ROOT=str(self.work / "unused-storage"),
            DINGHIRE_STORAGE_S3_ENDPOINT_URL=s3.s3_endpoint_url,
            DINGHIRE_STORAGE_S3_BUCKET=s3.s3_bucket,
            DINGHIRE_STORAGE_S3_ACCESS_KEY_ID=s3.s3_access_key_id,
            DINGHIRE_STORAGE_S3_SECRET_ACCESS_KEY=secret.get_secret_value() if secret else "",
            DINGHIRE_STORAGE_MAX_UPLOAD_BYTES=str(64 * 1024 * 1024),
            DINGHIRE_DINGTALK_ENABLED="false",
            DINGHIRE_SERVER_LOG_LEVEL="warning",
            DINGHIRE_REDIS_WORKER_MAX_JOBS="1",
            DINGHIRE_SERVER_PROCESSES=str(self.api_processes),
            # As behind nginx: the client address comes from X-Forwarded-For (each simulated
            # candidate sends its own, so per-address rate limits see many candidates).
            DINGHIRE_SERVER_FORWARDED_ALLOW_IPS="127.0.0.1",
            PYTHONPATH=str(ROOT),
            BENCH_PLAINTEXT="0" if self.encrypted else "1",
        )
        env.update(self.env_extra)
        return env

    async def start(self) -> Stack:
        """Database, Redis, S3, then the API and the workers."""
        admin = await asyncpg.connect(POSTGRES_URL)
        try:
            await admin.execute(f'CREATE DATABASE "{self.db_name}"')
        finally:
            await admin.close()
        await db.migrate(DatabaseSettings(url=self.db_url))
        self.start_redis()
        await asyncio.to_thread(self.s3.start)
        await self.start_api()
        for _ in range(self.workers):
            self.start_worker()
        return self

    def start_redis(self) -> None:
        """A private redis-server with an append-only file (jobs survive its restart)."""
        data = self.work / "redis"
        data.mkdir(parents=True, exist_ok=True)
        redis_server = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.redis = subprocess.Popen(
            [redis_server, "--port", str(self.redis_port), "--bind", "127.0.0.1", "--dir",
             str(data), "--appendonly", "yes", "--appendfsync", "everysec", "--save", ""],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_tcp(self.redis_port, 20)

    def stop_redis(self) -> None:
        """Kill Redis (SIGKILL: a crash)."""
        _kill(self.redis)
        self.redis = None

    async def start_api(self) -> None:
        """The API in its own process; returns once /healthz answers."""
        self._spawn_api()
        try:
            await _wait_http(f"{self.api_url}/healthz", 90, self.api)
        except RuntimeError:
            log = self.work / "api.log"
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"the API did not start; its log ends:\n{tail}") from None

    def _spawn_api(self) -> None:
        log = (self.work / "api.log").open("ab")
        self.api = subprocess.Popen(
            [sys.executable, "-m", "bench.api_process", "--port", str(self.api_port)],
            cwd=self.work,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its extra API processes are killed with it
        )

    def kill_api(self) -> None:
        """SIGKILL the API (every API process)."""
        if self.api is not None and self.api.poll() is None:
            os.killpg(self.api.pid, signal.SIGKILL)
            self.api.wait(timeout=20)
        self.api = None

    def start_worker(self) -> subprocess.Popen[bytes]:
        """One more arq worker, in its own directory."""
        home = self.work / f"worker{len(self.worker_procs)}"
        home.mkdir(parents=True, exist_ok=True)
        log = (home / "worker.log").open("ab")
        proc = subprocess.Popen(
            # At the niceness of the systemd unit (deploy/systemd/dinghire-worker@.service).
            ["nice", "-n", "10", sys.executable, "-m", "dinghire", "worker"],
            cwd=home,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.worker_procs.append(proc)
        return proc

    def pids(self) -> dict[str, int]:
        """The stack's processes by role (for CPU and memory)."""
        out = {"api": self.api.pid if self.api else 0, "s3": 0, "redis": 0}
        if self.api is not None:
            children = Path(f"/proc/{self.api.pid}/task/{self.api.pid}/children")
            for i, pid in enumerate(children.read_text().split()):
                out[f"api{i + 1}"] = int(pid)
        if self.s3.process is not None:
            out["s3"] = self.s3.process.pid
        if self.redis is not None:
            out["redis"] = self.redis.pid
        for i, proc in enumerate(self.worker_procs):
            if proc.poll() is None:
                out[f"worker{i}"] = proc.pid
        return {k: v for k, v in out.items() if v}

    async def close(self) -> None:
        """Stop every process and drop the database."""
        for proc in self.worker_procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        for proc in self.worker_procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                _kill(proc)
        self.kill_api()
        self.s3.stop()
        self.stop_redis()
        await db.disconnect()
        admin = await asyncpg.connect(POSTGRES_URL)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
        finally:
            await admin.close()


def _kill(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait(timeout=20)


def _wait_tcp(port: int, seconds: float) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


async def _wait_http(url: str, seconds: float, proc: subprocess.Popen[bytes] | None) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=2) as client:
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"process exited ({proc.returncode}); see its log")
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")
