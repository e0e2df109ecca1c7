"""Database settings: SQLite by default, PostgreSQL in production."""

from __future__ import annotations

from pydantic import field_validator

from settings.base import Section, section_config


class DatabaseSettings(Section):
    """Where the relational data lives."""

    model_config = section_config("database")

    url: str = "sqlite://var/dinghire.sqlite3"
    pool_min: int = 1
    pool_max: int = 10

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = value.split("://", 1)[0]
        if scheme not in {"sqlite", "postgres", "asyncpg", "psycopg"}:
            raise ValueError(
                f"unsupported database scheme {scheme!r}; use sqlite:// or postgres://"
            )
        return value

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgres`."""
        return "sqlite" if self.url.startswith("sqlite") else "postgres"
