"""A local S3-protocol server for tests and benchmarks: moto's server (PyPI `moto[server]`).

It runs as its own process on 127.0.0.1 so a test can kill and restart it like a real
object store. moto keeps its objects in memory: a restart comes back empty (the bucket is
created again), unlike MinIO, which keeps them on disk.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from settings import StorageBackend, StorageSettings
from tests.support import free_port

ACCESS_KEY = "dinghire-test"
SECRET_KEY = "s3-test-secret-0123456789abcdef"
BUCKET = "dinghire-test"


def moto_server_command() -> list[str] | None:
    """How to start moto's server here, or None when it is not installed."""
    beside = Path(sys.executable).with_name("moto_server")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("moto_server")
    return [found] if found else None


@dataclass
class S3Server:
    """One moto server process on a fixed port (kept across restarts)."""

    port: int = field(default_factory=free_port)
    bucket: str = BUCKET
    process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        """The server's URL."""
        return f"http://127.0.0.1:{self.port}"

    def settings(self, **overrides: object) -> StorageSettings:
        """Storage settings pointing at this server."""
        values: dict[str, object] = {
            "backend": StorageBackend.S3,
            "s3_endpoint_url": self.endpoint,
            "s3_bucket": self.bucket,
            "s3_access_key_id": ACCESS_KEY,
            "s3_secret_access_key": SECRET_KEY,
            "s3_max_attempts": 3,
            "s3_connect_timeout_s": 1.0,
            "s3_read_timeout_s": 10.0,
        }
        values.update(overrides)
        return StorageSettings(**values)  # type: ignore[arg-type]

    def start(self, *, create_bucket: bool = True) -> S3Server:
        """Start the process, wait until it answers, and create the bucket."""
        command = moto_server_command()
        if command is None:
            raise RuntimeError("moto_server not installed: make install-dev (moto[server])")
        env = {**os.environ, "MOTO_ALLOW_NONEXISTENT_REGION": "true"}
        self.process = subprocess.Popen(
            [*command, "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{self.endpoint}/moto-api/", timeout=1.0)
                break
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.1)
        if create_bucket:
            self.create_bucket()
        return self

    def create_bucket(self) -> None:
        """Create the test bucket (the operator's step on a real server)."""
        from workflows.storage.s3 import build_s3_client

        client = build_s3_client(self.settings())
        client.create_bucket(Bucket=self.bucket)

    def stop(self) -> None:
        """Kill the process (SIGKILL: a crash, not a clean shutdown)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        """Kill and start again on the same port; moto comes back empty, the bucket is recreated."""
        self.stop()
        self.start()


@contextlib.contextmanager
def running_s3_server() -> Iterator[S3Server]:
    """moto's S3 server in its own process for the block; the test fails (not skips) without it."""
    if moto_server_command() is None:
        pytest.fail("moto_server is not installed: run make install-dev (dev extra moto[server])")
    server = S3Server().start()
    try:
        yield server
    finally:
        server.stop()
