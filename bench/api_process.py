"""The API process of the benchmark stack: `dinghire serve`, optionally without encryption.

DINGHIRE_SERVER_PROCESSES API processes share the port, as `dinghire serve` runs them in
production (the deploy files); the extra ones are started as this module too.

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
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--api-only", action="store_true")
    args, _ = parser.parse_known_args()  # --no-migrate/--no-emulator: never here anyway
    settings = load_settings()
    setup_logging(settings.server.log_level, settings.server.log_format)
    if os.environ.get("BENCH_PLAINTEXT") == "1":
        encrypted = boot.build_store

        def plain(s: Settings, vault: object = None) -> object:
            encrypted(s)  # same settings checks
            return PlainS3Store.from_settings(s.storage, bytes(32))

        boot.build_store = plain  # type: ignore[assignment]
    asyncio.run(
        run_server(settings, host=args.host, port=args.port, migrate_first=False,
                   with_emulator=False, api_only=args.api_only,
                   processes=1 if args.api_only else settings.server.processes,
                   command=(sys.executable, "-m", "bench.api_process"))
    )  # fmt: skip


if __name__ == "__main__":
    main()
