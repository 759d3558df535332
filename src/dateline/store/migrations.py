"""Numbered SQL migrations, applied in order on open and recorded in ``schema_migrations``."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every ``migrations/NNN_name.sql`` shipped with the package."""
    folder = resources.files("dateline.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name[:-4].partition("_")
            found.append((int(number), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(connection: sqlite3.Connection) -> list[int]:
    """Apply what is missing, each migration in its own transaction; returns the numbers applied."""
    connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                       "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    done = {row[0] for row in connection.execute("SELECT version FROM schema_migrations")}
    applied = []
    for number, name, sql in migrations():
        if number in done:
            continue
        with connection:
            connection.execute("BEGIN")
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
