"""Benchmark: the HR console on PostgreSQL with 10,000 applications in one job (board first
page under 300 ms, dashboard under 1 s).

Creates a private database (dropped at the end), applies the committed migrations, bulk-loads
candidates, applications, current reports (bench_ranking's loader) and a stage history for
every application along its path, then times the console's use cases as the routes call them
(audit writes included): the board's first page (every column), the board with filters, the
job's dashboard and the all-jobs dashboard. Prints median and p95.

Run: .venv/bin/python bench/bench_console.py [--applications 10000] [--runs 20]
     [--admin-url postgres://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

from bench.bench_ranking import load  # noqa: E402
from bench.pg_bench import arguments, asyncpg, median_p95, scratch_database, timed  # noqa: E402
from workflows.applications.stages import Stage  # noqa: E402
from workflows.console.access import console_viewer  # noqa: E402
from workflows.console.board import BoardFilters, board  # noqa: E402
from workflows.console.dashboard import dashboard  # noqa: E402
from workflows.console.jobs import list_jobs  # noqa: E402
from workflows.privacy.vault import PiiVault  # noqa: E402

BOARD_TARGET_MS = 300.0
DASHBOARD_TARGET_MS = 1000.0
PATH = (
    Stage.RECEIVED,
    Stage.SCREENED,
    Stage.INVITED,
    Stage.INTERVIEWING,
    Stage.SUBMITTED,
    Stage.SCORED,
    Stage.SHORTLISTED,
)


async def load_history(url: str) -> int:
    """One stage_history row per step each application took to reach its stage."""
    rng = random.Random(11)
    conn = await asyncpg.connect(url)
    try:
        apps = await conn.fetch("SELECT id, stage FROM application")
        start = datetime.now(UTC) - timedelta(days=30)
        rows: list[tuple[Any, ...]] = []
        for app in apps:
            stage = Stage(app["stage"])
            steps = PATH[: PATH.index(stage) + 1] if stage in PATH else PATH[:2]
            at = start + timedelta(hours=rng.uniform(0, 48))
            for before, after in pairwise(steps):
                at += timedelta(hours=rng.uniform(1, 72))
                rows.append((at, at, app["id"], before.value, after.value, "staff:hr", "", at))
        await conn.copy_records_to_table(
            "stage_history",
            records=rows,
            columns=[
                "created_at",
                "updated_at",
                "application_id",
                "from_stage",
                "to_stage",
                "actor",
                "reason",
                "at",
            ],
        )
        await conn.execute("VACUUM ANALYZE stage_history")
        return len(rows)
    finally:
        await conn.close()


def report_line(label: str, ms: list[float], target: float | None) -> None:
    """Median and p95 of one scenario, against its target."""
    median, p95 = median_p95(ms)
    verdict = ""
    if target is not None:
        verdict = f"  OK (<= {target:.0f} ms)" if p95 <= target else f"  OVER {target:.0f} ms"
    print(f"{label:<52} median {median:7.1f} ms  p95 {p95:7.1f} ms{verdict}")


async def run(admin_url: str, n: int, runs: int) -> None:
    """Create, load, measure, drop."""
    async with scratch_database(admin_url, "dinghire_bench_console") as url:
        from workflows.jobs.models import Job

        job = await Job.create(title="高级后端开发工程师", pass_line=65)
        other = await Job.create(title="数据工程师")
        vault = PiiVault(os.urandom(32), b"bench-hash-key")
        await load(url, job.id, other.id, n, vault)
        history = await load_history(url)
        print(f"loaded {history} stage history rows")
        from workflows.staff.models import Staff

        head = await Staff.create(dingtalk_user_id="hr_bench", name="李静", roles=["hr_head"])
        hr = console_viewer(head)
        scored = BoardFilters(min_overall=70, no_integrity_flags=True)
        since = BoardFilters(since=datetime.now(UTC) - timedelta(days=7))
        scenarios: list[tuple[str, Callable[[], Awaitable[Any]], float | None]] = [
            ("board first page (7 columns x 20), no filter",
             lambda: board(hr, job.id, BoardFilters(), vault=vault), BOARD_TARGET_MS),
            ("board first page, 面试分>=70 无诚信异常",
             lambda: board(hr, job.id, scored, vault=vault), BOARD_TARGET_MS),
            ("board first page, applied in the last 7 days",
             lambda: board(hr, job.id, since, vault=vault), BOARD_TARGET_MS),
            ("board one column, page 20",
             lambda: board(hr, job.id, BoardFilters(column="new"), vault=vault, page=20),
             BOARD_TARGET_MS),
            ("dashboard, the job", lambda: dashboard(hr, job.id), DASHBOARD_TARGET_MS),
            ("dashboard, all jobs", lambda: dashboard(hr), DASHBOARD_TARGET_MS),
            ("job list with counts", lambda: list_jobs(hr), None),
        ]  # fmt: skip
        print(f"\n{runs} runs each (after one warm-up), {n} applications in the job:")
        for label, fn, target in scenarios:
            report_line(label, await timed(runs, fn), target)
        figures = await dashboard(hr, job.id)
        print("\nfunnel: " + ", ".join(f"{s.label} {s.count}" for s in figures.funnel))


def main() -> None:
    """Parse arguments and run."""
    parser = arguments(__doc__, applications=10_000, runs=20)
    args = parser.parse_args()
    asyncio.run(run(args.admin_url, args.applications, args.runs))


if __name__ == "__main__":
    main()
