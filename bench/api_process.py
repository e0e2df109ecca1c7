"""The API process of the benchmark stack: `dinghire serve`, optionally without encryption.

BENCH_PLAINTEXT=1 swaps the encrypted S3 store for one that stores the same bytes as they
come, so bench_load can print the cost of encryption against the same run without it.
Benchmark-only: production has no switch to turn encryption off.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]

from bench.plain_store import PlainS3Store  # noqa: E402
from dinghire import bootstrap as boot  # noqa: E402
from dinghire.logs import setup_logging  # noqa: E402
from dinghire.serve import run_server  # noqa: E402
from settings import Settings, load_settings  # noqa: E402


def main() -> None:
    """Serve on 127.0.0.1:--port until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    settings = load_settings()
    setup_logging(settings.server.log_level, settings.server.log_format)
    if os.environ.get("BENCH_PLAINTEXT") == "1":
        encrypted = boot.build_store

        def plain(s: Settings, vault: object = None) -> object:
            encrypted(s)  # same settings checks
            return PlainS3Store.from_settings(s.storage, bytes(32))

        boot.build_store = plain  # type: ignore[assignment]
    asyncio.run(
        run_server(settings, host="127.0.0.1", port=args.port, migrate_first=False,
                   with_emulator=False)
    )  # fmt: skip


if __name__ == "__main__":
    main()
