"""Database wiring: Tortoise config from settings, connect/close, aerich migrations per dialect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise, connections
from tortoise.context import TortoiseContext

from settings import DatabaseSettings

MODEL_MODULES: tuple[str, ...] = (
    "workflows.staff.models",
    "workflows.jobs.models",
    "workflows.candidates.models",
    "workflows.applications.models",
    "workflows.invitations.models",
    "workflows.interviews.models",
    "workflows.assessments.models",
    "workflows.offers.models",
    "workflows.privacy.models",
    "workflows.messaging.models",
    "workflows.background.models",
    "workflows.budget.models",
    "workflows.outcomes.models",
    "aerich.models",
)

# aerich writes SQL for one dialect, so each dialect keeps its own committed history.
MIGRATIONS_ROOT = Path(__file__).resolve().parent / "migrations"


def migrations_location(dialect: str) -> Path:
    """Folder holding the committed migrations for `sqlite` or `postgres`."""
    return MIGRATIONS_ROOT / dialect


def _tortoise_url(url: str) -> str:
    if url.startswith("sqlite://") and not url.startswith("sqlite:///") and ":memory:" not in url:
        # Relative SQLite paths need their folder to exist before the first connect.
        path = Path(url.removeprefix("sqlite://"))
        path.parent.mkdir(parents=True, exist_ok=True)
    return url


def connection_name(db: DatabaseSettings) -> str:
    """Connection name per dialect: Tortoise caches SQL per connection name, not per dialect."""
    return db.dialect


def tortoise_config(db: DatabaseSettings) -> dict[str, Any]:
    """The Tortoise/aerich config dict for these settings."""
    url = _tortoise_url(db.url)
    if db.dialect == "postgres":
        sep = "&" if "?" in url else "?"
        url = f"{url}{sep}minsize={db.pool_min}&maxsize={db.pool_max}"
    name = connection_name(db)
    return {
        "connections": {name: url},
        "apps": {"models": {"models": list(MODEL_MODULES), "default_connection": name}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def connect(db: DatabaseSettings, *, process_wide: bool = True) -> None:
    """Open the ORM; `process_wide` lets tasks outside this context (server workers) use it."""
    await Tortoise.init(config=tortoise_config(db), _enable_global_fallback=process_wide)


async def ping(db: DatabaseSettings) -> None:
    """Run `SELECT 1` on the open connection; raises when the database does not answer."""
    await connections.get(connection_name(db)).execute_query("SELECT 1")


async def disconnect() -> None:
    """Close every connection the ORM holds."""
    await Tortoise.close_connections()


async def migrate(db: DatabaseSettings) -> list[str]:
    """Apply committed migrations that the database has not seen; return their names."""
    from aerich import Command

    location = migrations_location(db.dialect)
    # A private ORM context: migrating must never reuse a connection opened for something else.
    async with TortoiseContext():
        await Tortoise.init(config=tortoise_config(db))
        command = Command(tortoise_config=tortoise_config(db), app="models", location=str(location))
        try:
            await command.init()
            applied: list[str] = await command.upgrade(run_in_transaction=True)
        finally:
            await Tortoise.close_connections()
    return applied


async def make_migrations(db: DatabaseSettings, name: str = "update") -> str | None:
    """Write a migration for model changes (developer tool); None when nothing changed."""
    from aerich import Command

    location = migrations_location(db.dialect)
    command = Command(tortoise_config=tortoise_config(db), app="models", location=str(location))
    app_dir = location / "models"
    async with TortoiseContext():
        try:
            if not app_dir.exists() or not any(app_dir.glob("*.py")):
                await command.init_migrations(safe=True)
                return "initial"
            await command.init(offline=True)
            created: str | None = await command.migrate(name=name, no_input=True, offline=True)
            return created or None
        finally:
            await Tortoise.close_connections()
