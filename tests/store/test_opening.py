"""Opening a store: processes racing to create it, and databases that are not (yet) dateline stores."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import sqlite3
import traceback
from pathlib import Path

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis
from dateline.store import StoreError, open_store

TEXT = "date 2025-06-02 TALLINN, Estonia — A ferry strike left hundreds of travellers waiting at the port on Monday."
PROCESSES = 5
EACH = 2


@pytest.fixture(scope="module")
def analysis(nlp) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(TEXT, "tallinn.txt")], nlp)))
    assert isinstance(result, Analysis)
    return result


def _variant(analysis: Analysis, name: str) -> Analysis:
    article = dataclasses.replace(analysis.article, id=f"id-{name}", source=f"{name}.txt")
    return dataclasses.replace(analysis, article=article)


def _writer(db: str, analyses: list[Analysis], barrier: object, errors: Path) -> None:
    """One process: wait for the others, then open the new store and save its own articles."""
    try:
        barrier.wait()  # type: ignore[attr-defined]
        store = open_store(db)
        for analysis in analyses:
            store.save(analysis)
        store.close()
    except BaseException:
        errors.write_text(traceback.format_exc(), encoding="utf-8")
        os._exit(1)
    os._exit(0)


def test_processes_creating_one_store_at_once_lose_nothing(tmp_path: Path, analysis: Analysis) -> None:
    context = multiprocessing.get_context("fork")
    for trial in range(4):
        db = str(tmp_path / f"new-{trial}.db")
        barrier = context.Barrier(PROCESSES)
        processes = []
        for number in range(PROCESSES):
            mine = [_variant(analysis, f"t{trial}-p{number}-a{k}") for k in range(EACH)]
            errors = tmp_path / f"errors-{trial}-{number}.txt"
            processes.append((context.Process(target=_writer, args=(db, mine, barrier, errors)), errors))
        for process, _ in processes:
            process.start()
        for process, _ in processes:
            process.join(60)
        failures = [errors.read_text(encoding="utf-8") for _, errors in processes if errors.exists()]
        assert not failures, failures[0]
        assert [process.exitcode for process, _ in processes] == [0] * PROCESSES
        connection = sqlite3.connect(db)
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == PROCESSES * EACH
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("SELECT count(*) FROM schema_migrations WHERE version = 1").fetchone()[0] == 1
        connection.close()


def _foreign(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO users (name) VALUES ('ana')")
    connection.commit()
    connection.close()
    return path.read_bytes()


@pytest.mark.parametrize("readonly", [True, False])
def test_someone_elses_database_is_refused_and_left_unchanged(tmp_path: Path, readonly: bool) -> None:
    db = tmp_path / "app.db"
    before = _foreign(db)
    with pytest.raises(StoreError, match="not a dateline store"):
        open_store(str(db), readonly=readonly)
    assert db.read_bytes() == before
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert names == {"users"}


def test_another_tools_schema_migrations_is_not_taken_for_dateline(tmp_path: Path) -> None:
    db = tmp_path / "rails.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY)")
    connection.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO schema_migrations VALUES ('20240101000000')")
    connection.commit()
    connection.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a dateline store"):
        open_store(str(db))
    assert db.read_bytes() == before


def test_readers_create_nothing_and_refuse_what_is_not_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(missing), readonly=True)
    assert not missing.exists()
    with pytest.raises(StoreError, match="is a directory"):
        open_store(str(tmp_path), readonly=True)
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all\n" * 50, encoding="utf-8")
    for readonly in (True, False):
        with pytest.raises(StoreError, match="not an SQLite database"):
            open_store(str(text), readonly=readonly)
    assert text.read_text(encoding="utf-8") == "not a database at all\n" * 50
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty database"):
        open_store(str(empty), readonly=True)
    assert empty.read_bytes() == b""
    open_store(str(empty)).close()  # a writer makes an empty file a store
    open_store(str(empty), readonly=True).close()


def make_older(db: Path) -> None:
    """Turn a store back into one written before migration 008 (no table of paths)."""
    connection = sqlite3.connect(db)
    connection.execute("DROP TABLE article_paths")
    connection.execute("DELETE FROM schema_migrations WHERE version = 8")
    connection.commit()
    connection.close()


def test_a_reader_upgrades_an_older_store_it_may_write(tmp_path: Path, analysis: Analysis) -> None:
    db = tmp_path / "old.db"
    store = open_store(str(db))
    store.save(analysis)
    store.close()
    make_older(db)
    store = open_store(str(db), readonly=True)
    assert store.get("tallinn.txt") == analysis  # the path the older store kept is carried over
    assert store.sources(analysis.article.id) == ["tallinn.txt"]
    store.close()
    versions = [row[0] for row in sqlite3.connect(db).execute("SELECT version FROM schema_migrations")]
    assert 8 in versions


def test_a_reader_cannot_write(tmp_path: Path, analysis: Analysis) -> None:
    db = tmp_path / "news.db"
    open_store(str(db)).close()
    store = open_store(str(db), readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        store.save(analysis)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):  # the connection itself refuses too
        store.connection.execute("DELETE FROM articles")
    store.close()
