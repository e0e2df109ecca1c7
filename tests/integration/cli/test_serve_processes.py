"""`dinghire serve --processes 2`: two API processes answer on one port and stop together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support import free_port

pytestmark = [pytest.mark.redis]


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _served_by(port: int) -> set[int]:
    """Which processes hold a listening socket on `port` (SO_REUSEPORT: one each)."""
    hexport = f":{port:04X}"
    inodes = {
        line.split()[9]
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
        if line.split()[1].endswith(hexport) and line.split()[3] == "0A"  # LISTEN
    }
    holders = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
            links = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in fds}
        except OSError:
            continue
        if any(f"socket:[{inode}]" in links for inode in inodes):
            holders.add(int(pid))
    return holders


def test_two_api_processes_share_the_port_and_stop_together(tmp_path: Path, redis_url: str) -> None:
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DINGHIRE_")},
        "DINGHIRE_DATABASE_URL": f"sqlite://{tmp_path}/serve.sqlite3",
        "DINGHIRE_STORAGE_ROOT": str(tmp_path / "storage"),
        "DINGHIRE_DINGTALK_ENABLED": "false",
        "DINGHIRE_REDIS_URL": redis_url,
        "DINGHIRE_REDIS_JOB_BACKEND": "arq",
        "DINGHIRE_SERVER_PROCESSES": "2",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "dinghire", "serve", "--port", str(port), "--no-emulator"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            kids = _children(proc.pid)
            if kids and _served_by(port) == {proc.pid, *kids}:
                break
            time.sleep(0.2)
        (extra,) = _children(proc.pid)
        assert "--api-only" in Path(f"/proc/{extra}/cmdline").read_text()
        assert _served_by(port) == {proc.pid, extra}
        for _ in range(10):  # new connections each time: whichever process takes them answers
            assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=10).status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), out[-2000:]
    assert not Path(f"/proc/{extra}").exists()  # stopped and reaped with the first
