"""Benchmark: ranking 100k applications of one job on PostgreSQL (first page under 300 ms).

Creates a private database (dropped at the end), applies the committed migrations, bulk-loads
candidates, applications (plus a second job's, so the index range matters) and current reports
with COPY, then times `workflows.ranking.service.rank` (the same call `排名` makes, audit write
included) and prints median/p95 and the EXPLAIN plan of the page query.

Run: .venv/bin/python bench/bench_ranking.py [--applications 100000] [--runs 30]
     [--admin-url postgres://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

from bench.pg_bench import arguments, asyncpg, median_p95, scratch_database, timed  # noqa: E402
from workflows.actors import Actor  # noqa: E402
from workflows.applications.rank_score import rank_score  # noqa: E402
from workflows.applications.stages import Stage  # noqa: E402
from workflows.privacy.vault import PiiVault  # noqa: E402
from workflows.ranking.filters import RankFilters  # noqa: E402
from workflows.ranking.service import filtered, rank  # noqa: E402
from workflows.ranking.similar import similar  # noqa: E402

TARGET_MS = 300.0
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
DIMS = (("communication", "沟通表达"), ("problem_solving", "问题解决"), ("teamwork", "团队协作"))
SKILLS = ("Python", "Java", "Go", "Redis", "Kafka", "MySQL", "Docker", "K8s", "Vue", "Spark")


def _application(
    rng: random.Random, app_id: int, cand_id: int, job_id: int, now: datetime
) -> tuple[tuple[Any, ...], tuple[Any, ...] | None]:
    roll = rng.random()
    overall: float | None = None
    match: float | None = round(rng.uniform(20, 98), 1)
    dims: list[dict[str, Any]] = []
    if roll < 0.10:
        stage, match = Stage.RECEIVED, None
    elif roll < 0.60:
        stage = Stage.SCREENED
    elif roll < 0.70:
        stage = Stage.INVITED
    else:
        stage = Stage.SCORED if roll < 0.95 else Stage.SHORTLISTED
        dims = [
            {"code": c, "name": n, "score": round(rng.uniform(3, 9.5), 2), "confidence": 0.8}
            for c, n in DIMS
        ]
        overall = round(10 * sum(d["score"] for d in dims) / len(dims), 1)
    app = (
        now, now, app_id, stage.value, now, "dingtalk_bot", match, "{}", overall,
        rank_score(overall, match), "", None, cand_id, job_id, None,
    )  # fmt: skip
    if overall is None:
        return app, None
    flags = ["multiple_faces"] if rng.random() < 0.05 else []
    report = (
        now, now, app_id, 1, "bench", overall, 0.78, json.dumps(dims, ensure_ascii=False),
        "[]", "[]", "[]", "[]", json.dumps(flags), "[]", "[]", True, app_id,
    )  # fmt: skip
    return app, report


async def load(url: str, job_id: int, other_job_id: int, n: int, vault: PiiVault) -> None:
    """Bulk-load n candidates with one application each to `job_id`, n/5 to the other job."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    conn = await asyncpg.connect(url)
    try:
        started = time.perf_counter()
        names = [
            vault.encrypt(rng.choice(SURNAMES) + rng.choice(GIVEN), context="candidate.name")
            for _ in range(64)
        ]
        candidates = [
            (now, now, i, names[i % 64], "", "", None, None, None, f"138****{i % 10000:04d}",
             None, None, None, None, float(rng.randint(0, 15)),
             rng.choice(("本科", "硕士", "大专")), "杭州", None, "", None)
            for i in range(1, n + 1)
        ]  # fmt: skip
        # Named columns, so a column added later fails here by name, not by position.
        columns = [
            "created_at", "updated_at", "id", "name_enc", "phone_enc", "email_enc",
            "phone_hash", "email_hash", "identity_hash", "masked_phone", "dingtalk_user_id",
            "dingtalk_union_id", "source_conversation_id", "birth_year", "years_experience",
            "highest_degree", "city", "erased_at", "duplicate_by", "duplicate_of_id",
        ]  # fmt: skip
        await conn.copy_records_to_table("candidate", records=candidates, columns=columns)
        apps: list[tuple[Any, ...]] = []
        reports: list[tuple[Any, ...]] = []
        for i in range(1, n + 1):
            app, rep = _application(rng, i, i, job_id, now)
            apps.append(app)
            if rep:
                reports.append(rep)
        for j in range(1, n // 5 + 1):
            app, rep = _application(rng, n + j, j, other_job_id, now)
            apps.append(app)
            if rep:
                reports.append(rep)
        app_columns = [
            "created_at", "updated_at", "id", "stage", "stage_changed_at", "source_channel",
            "match_score", "match_explanation", "overall_score", "rank_score", "recommendation",
            "hr_card_track_id", "candidate_id", "job_id", "resume_id",
        ]  # fmt: skip
        report_columns = [
            "created_at", "updated_at", "id", "version", "analyser_version", "overall_score",
            "confidence", "dimensions", "strengths", "weaknesses", "suggestions", "not_assessed",
            "flags", "flag_details", "result_ids", "is_current", "application_id",
        ]  # fmt: skip
        await conn.copy_records_to_table("application", records=apps, columns=app_columns)
        await conn.copy_records_to_table("report", records=reports, columns=report_columns)
        for table in ("candidate", "application", "report"):
            # Table names are the constants above, never input.
            sql = f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: E501, S608
            await conn.execute(sql)
        await conn.execute("VACUUM ANALYZE")
        took = time.perf_counter() - started
        print(
            f"loaded {n} candidates, {len(apps)} applications ({n} in the ranked job), "
            f"{len(reports)} reports in {took:.1f} s"
        )
    finally:
        await conn.close()


def report_line(label: str, ms: list[float], target: bool = False) -> None:
    """Median and p95 of one scenario."""
    median, p95 = median_p95(ms)
    verdict = ""
    if target:
        verdict = "  OK (< 300 ms)" if p95 < TARGET_MS else "  OVER TARGET"
    print(f"{label:<58} median {median:7.1f} ms  p95 {p95:7.1f} ms{verdict}")


async def explain(job_id: int, filters: RankFilters, page_size: int) -> None:
    """EXPLAIN ANALYZE of the page query the ORM sends."""
    from tortoise import connections

    query = (await filtered(job_id, filters)).filter(rank_score__isnull=False)
    sql = query.order_by("-rank_score", "-id").limit(page_size).sql(params_inline=True)
    rows = await connections.get("postgres").execute_query_dict(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
    print(f"\nEXPLAIN {sql}")
    for row in rows:
        print("  " + row["QUERY PLAN"])


async def run(admin_url: str, n: int, runs: int, keep: bool = False) -> None:
    """Create, load, measure, drop."""
    async with scratch_database(admin_url, "dinghire_bench", keep=keep) as url:
        from workflows.jobs.models import Job

        job = await Job.create(title="高级后端开发工程师")
        other = await Job.create(title="数据工程师")
        vault = PiiVault(os.urandom(32), b"bench-hash-key")
        await load(url, job.id, other.id, n, vault)
        hr = Actor.staff("hr_bench")
        scored = RankFilters(stages=(Stage.SCORED,), min_overall=70)
        flags = RankFilters(no_integrity_flags=True, has_report=True)
        scenarios: list[tuple[str, Callable[[], Awaitable[Any]], bool]] = [
            ("rank first page (10), no filter",
             lambda: rank(job.id, viewer=hr, vault=vault), True),
            ("rank first page (20), 分数>=70 阶段=已评分",
             lambda: rank(job.id, scored, viewer=hr, vault=vault, page_size=20), True),
            ("rank first page (10), 无异常 有报告",
             lambda: rank(job.id, flags, viewer=hr, vault=vault), True),
            ("rank page 50 (10), no filter",
             lambda: rank(job.id, viewer=hr, vault=vault, page=50), False),
            ("rank page 9000 (10), into the unscored tail",
             lambda: rank(job.id, viewer=hr, vault=vault, page=9000), False),
        ]  # fmt: skip
        print(f"\n{runs} runs each (after one warm-up):")
        for label, fn, target in scenarios:
            report_line(label, await timed(runs, fn), target)
        top = (await rank(job.id, viewer=hr, vault=vault, page_size=1)).rows[0]
        report_line(
            "similar (pool: top 400 of the job + 100 of the other)",
            await timed(
                max(3, runs // 3),
                lambda: similar(top.application_id, viewer=hr, vault=vault),
            ),
        )
        await explain(job.id, RankFilters(), 10)
        await explain(job.id, scored, 20)


def main() -> None:
    """Parse arguments and run."""
    parser = arguments(__doc__, applications=100_000, runs=30)
    parser.add_argument("--keep", action="store_true", help="keep the database for inspection")
    args = parser.parse_args()
    asyncio.run(run(args.admin_url, args.applications, args.runs, args.keep))


if __name__ == "__main__":
    main()
