"""The PostgreSQL schema: ``migrations/postgres/NNN_name.sql``, numbered and named as the SQLite migrations are
(one twin per SQLite migration; a test keeps the two sets and the tables they make in step), applied in order
and recorded in ``schema_migrations`` exactly as the SQLite store records its own.

The tables live in the connection's current schema (``search_path``), so one database can hold several
stores, one per schema. Processes opening a new store at once take turns on an advisory lock; a schema
holding anyone else's tables is refused and left unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from typing import Any

from ..errors import StoreError
from .migrations import MIGRATIONS_TABLE

LOCK = "dateline:migrate"


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every ``migrations/postgres/NNN_name.sql`` shipped with the package."""
    folder = resources.files("dateline.store").joinpath("migrations", "postgres")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name[:-4].partition("_")
            found.append((int(number), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def tables(connection: Any) -> set[str]:
    """The tables of the current schema (an unset or missing schema: a StoreError naming it)."""
    schema = connection.execute("SELECT current_schema()").fetchone()[0]
    if schema is None:
        path = connection.execute("SHOW search_path").fetchone()[0]
        raise StoreError(f"no schema to use: none of search_path ({path}) exists")
    rows = connection.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                              (schema,)).fetchall()
    return {row[0] for row in rows}


def store_kind(connection: Any) -> str:
    """'empty', 'dateline' (migration 1 recorded) or 'foreign' (anyone else's tables), as for SQLite."""
    names = tables(connection)
    if not names:
        return "empty"
    if not {"schema_migrations", "articles"} <= names:
        return "foreign"
    columns = {row[0] for row in connection.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'schema_migrations'")}
    if not {"version", "name"} <= columns:
        return "foreign"
    row = connection.execute("SELECT 1 FROM schema_migrations WHERE version = 1 AND name = 'articles'").fetchone()
    return "dateline" if row else "foreign"


def pending(connection: Any) -> list[tuple[int, str, str]]:
    if "schema_migrations" not in tables(connection):
        return migrations()
    done = {row[0] for row in connection.execute("SELECT version FROM schema_migrations")}
    return [m for m in migrations() if m[0] not in done]


def migrate(connection: Any, name: str) -> list[int]:
    """Apply what is missing in one transaction, under the migration lock; returns the numbers applied."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || %s, 0))", (LOCK,))
        kind = store_kind(connection)
        if kind == "foreign":
            raise StoreError(f"{name}: not a dateline store (its schema holds other tables); left unchanged")
        if kind == "empty":
            connection.execute(MIGRATIONS_TABLE)
        applied = []
        for number, title, sql in pending(connection):
            connection.execute(sql)
            connection.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                               (number, title, datetime.now(UTC).isoformat(timespec="seconds")))
            applied.append(number)
    return applied
