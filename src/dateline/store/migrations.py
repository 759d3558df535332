"""Numbered SQL migrations, applied in order on open and recorded in ``schema_migrations``.

All that is missing is applied in one ``BEGIN IMMEDIATE`` transaction that re-reads what is done
inside it, so processes opening a new database at once wait for each other (busy timeout) instead
of each creating the tables; and nothing is applied to a database that is not a dateline store.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources

from ..errors import StoreError

MIGRATIONS_TABLE = ("CREATE TABLE schema_migrations "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every ``migrations/NNN_name.sql`` shipped with the package."""
    folder = resources.files("dateline.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name[:-4].partition("_")
            found.append((int(number), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def store_kind(connection: sqlite3.Connection) -> str:
    """'empty' (no schema at all), 'dateline' (migration 1 recorded) or 'foreign' (anyone else's schema).

    Reads only; a file that is not SQLite raises ``sqlite3.DatabaseError`` here, before anything is written.
    """
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not names:
        return "empty"
    if not {"schema_migrations", "articles"} <= names:
        return "foreign"
    try:  # another tool's schema_migrations (Rails, dbmate, …) has other columns or other rows
        row = connection.execute("SELECT 1 FROM schema_migrations WHERE version = 1 AND name = 'articles'").fetchone()
    except sqlite3.OperationalError:
        return "foreign"
    return "dateline" if row else "foreign"


def pending(connection: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """The migrations a dateline (or empty) database still lacks."""
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
                              ).fetchone():
        return migrations()
    done = {row[0] for row in connection.execute("SELECT version FROM schema_migrations")}
    return [m for m in migrations() if m[0] not in done]


def migrate(connection: sqlite3.Connection, path: str = "database") -> list[int]:
    """Apply what is missing in one immediate transaction; returns the numbers applied.

    Refuses (``StoreError``, nothing written) a database holding anyone else's schema.
    """
    if store_kind(connection) == "foreign":
        raise StoreError(f"{path}: not a dateline store (it holds other tables); left unchanged")
    if not pending(connection):
        return []
    applied = []
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        kind = store_kind(connection)  # again, under the write lock: another process may have got here first
        if kind == "foreign":
            raise StoreError(f"{path}: not a dateline store (it holds other tables); left unchanged")
        if kind == "empty":
            connection.execute(MIGRATIONS_TABLE)
        for number, name, sql in pending(connection):
            for statement in _statements(sql):
                connection.execute(statement)
            connection.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                               (number, name, datetime.now(UTC).isoformat(timespec="seconds")))
            applied.append(number)
    return applied


def _statements(sql: str) -> list[str]:
    """Split on ';' at the end of a line, keeping trigger bodies (whose inner ';' are mid-block) whole."""
    statements, current = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
