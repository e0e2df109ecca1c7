"""Committed migrations build the schema, are idempotent and match the models; demo seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from settings import DatabaseSettings
from tests.support import POSTGRES_ADMIN_URL, run_in_thread
from workflows import db as dbmod
from workflows.jobs.models import CompetencyModel, Job, Question, QuestionSetItem, RubricLevel
from workflows.seed.service import seed_demo
from workflows.staff.models import Staff


async def test_migrate_on_empty_postgres_creates_schema_and_second_run_changes_nothing(
    postgres_url: str,
) -> None:
    import asyncpg

    name = postgres_url.rsplit("/", 1)[1] + "_mig"
    admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        first = run_in_thread(lambda: dbmod.migrate(DatabaseSettings(url=url)))
        second = run_in_thread(lambda: dbmod.migrate(DatabaseSettings(url=url)))
        conn = await asyncpg.connect(url)
        try:
            tables = {
                r["tablename"]
                for r in await conn.fetch(
                    "SELECT tablename FROM pg_tables WHERE schemaname='public'"
                )
            }
        finally:
            await conn.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    assert len(first) == 1
    assert second == []
    assert {"application", "stage_history", "candidate", "outbox_message", "audit_log"} <= tables


async def test_migrate_on_sqlite_is_idempotent(tmp_path: Path) -> None:
    dbs = DatabaseSettings(url=f"sqlite://{tmp_path}/m.sqlite3")
    assert len(run_in_thread(lambda: dbmod.migrate(dbs))) == 1
    assert run_in_thread(lambda: dbmod.migrate(dbs)) == []


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_committed_migrations_match_the_models(
    tmp_path: Path, dialect: str, request: pytest.FixtureRequest
) -> None:
    # A model change without a migration would make `make_migrations` write a new file.
    copy = tmp_path / "migrations"
    shutil.copytree(dbmod.migrations_location(dialect), copy / dialect)
    url = (
        f"sqlite://{tmp_path}/x.sqlite3"
        if dialect == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    original = dbmod.MIGRATIONS_ROOT
    dbmod.MIGRATIONS_ROOT = copy
    try:
        created = run_in_thread(lambda: dbmod.make_migrations(DatabaseSettings(url=url), "drift"))
    finally:
        dbmod.MIGRATIONS_ROOT = original
    assert created is None, f"models changed without a migration for {dialect}: run makemigrations"


async def test_seed_demo_creates_realistic_data_once(db: DatabaseSettings) -> None:
    first = await seed_demo()
    second = await seed_demo()
    assert first.jobs == 3 and first.competency_models == 3 and first.staff == 5
    assert (second.jobs, second.staff, second.questions) == (0, 0, 0)
    job = await Job.get(title="高级后端开发工程师").prefetch_related("competency_model", "owner")
    assert job.owner is not None and job.owner.name == "王芳"
    model = await CompetencyModel.get(name="后端开发工程师能力模型").prefetch_related("dimensions")
    weights = [d.weight for d in model.dimensions]
    assert abs(sum(weights) - 1.0) < 1e-9
    assert await RubricLevel.filter(dimension__competency_model=model).count() == 5 * len(weights)
    assert await QuestionSetItem.filter(question_set_id=job.question_set_id).count() == 5  # type: ignore[attr-defined]
    assert await Question.filter(equivalence_group="incident").count() == 2
    heads = [s.name for s in await Staff.all() if "hr_head" in s.roles]
    assert heads == ["李静"]
