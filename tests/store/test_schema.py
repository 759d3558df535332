"""The two schemas stay in lock-step: every SQLite migration has its PostgreSQL twin (same number, same name),
and migrating both gives the same tables with the same columns, in the same order, of matching types, nullity
and primary keys. The only differences are the ones the PostgreSQL migrations document."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from dateline.store import migrations, open_store, pg_migrations

SQLITE_ONLY_TABLES = {"articles_fts", "articles_fts_data", "articles_fts_idx", "articles_fts_docsize",
                      "articles_fts_config"}  # FTS5's table and its shadow tables
POSTGRES_ONLY_COLUMNS = {("articles", "fts"), ("collect_versions", "rowid")}  # tsvector; SQLite's built-in rowid
TYPES = {"TEXT": {"text"}, "INTEGER": {"integer", "bigint"}, "REAL": {"double precision"}, "BLOB": {"bytea"}}


def test_every_migration_has_its_postgresql_twin() -> None:
    assert [(n, name) for n, name, _ in migrations.migrations()] == \
        [(n, name) for n, name, _ in pg_migrations.migrations()]


def _sqlite_schema(path: Path) -> dict[str, list[tuple[str, str, bool, int]]]:
    connection = sqlite3.connect(path)
    names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    schema = {}
    for table in names:
        if table in SQLITE_ONLY_TABLES:
            continue
        schema[table] = [(r[1], r[2].upper(), bool(r[3]) or bool(r[5]), r[5])
                         for r in connection.execute(f"PRAGMA table_info({table})")]
    connection.close()
    return schema


def _postgres_schema(url: str) -> dict[str, list[tuple[str, str, bool, int]]]:
    store = open_store(url)
    with store.reading() as db:
        columns = db.execute(
            """SELECT c.table_name, c.column_name, c.data_type, c.is_nullable = 'NO',
                      coalesce(k.ordinal_position, 0)
               FROM information_schema.columns c
               LEFT JOIN information_schema.table_constraints t
                    ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                   AND t.constraint_type = 'PRIMARY KEY'
               LEFT JOIN information_schema.key_column_usage k
                    ON k.constraint_name = t.constraint_name AND k.table_schema = c.table_schema
                   AND k.table_name = c.table_name AND k.column_name = c.column_name
               WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position""").fetchall()
    store.close()
    schema: dict[str, list[tuple[str, str, bool, int]]] = {}
    for table, column, kind, required, key in columns:
        if (table, column) not in POSTGRES_ONLY_COLUMNS:
            schema.setdefault(table, []).append((column, kind, required, key))
    return schema


def test_both_backends_make_the_same_tables(tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    sqlite_db = tmp_path / "news.db"
    open_store(str(sqlite_db)).close()
    url = pg_server.create()
    try:
        lite, pg = _sqlite_schema(sqlite_db), _postgres_schema(url)
    finally:
        pg_server.drop(url)
    assert sorted(lite) == sorted(pg)
    for table, columns in lite.items():
        theirs = pg[table]
        assert [c[0] for c in columns] == [c[0] for c in theirs], table
        for (name, kind, required, key), (_, pg_kind, pg_required, pg_key) in zip(columns, theirs, strict=True):
            assert pg_kind in TYPES[kind], (table, name, kind, pg_kind)
            assert required == pg_required, (table, name)  # a primary key column is NOT NULL on PostgreSQL
            assert (key > 0) == (pg_key > 0), (table, name)


def test_new_db_gives_each_test_a_store_of_its_own(new_db: Callable[[str], str]) -> None:
    first, second = new_db("one"), new_db("two")
    assert first != second and new_db("one") == first
    assert open_store(first).count() == open_store(second).count() == 0
