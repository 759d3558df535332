"""SQLite storage: one transaction per article, so a killed batch never leaves half an article.

Opening never alters a database that is not a dateline store: what the file holds is read first, and
read commands open it read-only (``mode=ro``), so they work on a file they may not write.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import StoreError
from ..model import ActorProfile, ActorSummary, Analysis, ClaimHit, EventRow, QuoteHit, Reject, SearchHit, Story
from . import articles, dedup
from . import stories as story_sql
from .actors import Resolver, find_actor, list_actors, resolve_actors
from .base import Dialect, SpreadRow, StoryWrite
from .claims import find_claims
from .events import find_events
from .migrations import migrate, pending, store_kind
from .quotes import SPREAD, find_quotes, spread_rows
from .search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, as_phrase, by_source_id, check_query, syntax_error

BUSY_TIMEOUT = 30.0
"""Seconds a connection waits for another process's write lock before giving up."""
DEDUP_CACHE_KIB = 256 * 1024
"""Page cache while indexing near-duplicates (allocated as used): the band-key index of 100,000 articles is
~150 MB and is touched at random."""


class SQLiteDb:
    """The connection as the store's SQL modules see it (``base.Db``)."""

    dialect: Dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)


class SQLiteStore:
    """One connection; a writer holds SQLite's one write lock (``BEGIN IMMEDIATE``) for each transaction, so
    writers in other processes wait their turn (``BUSY_TIMEOUT``)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.name = self.path
        self.readonly = readonly
        self.connection = _connect(self.path, readonly)
        try:
            if readonly:
                self.connection = _check_readable(self.connection, self.path)
            else:
                _prepare(self.connection, self.path)
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise StoreError(f"{self.path}: {_reason(error)}") from error
        except BaseException:
            self.connection.close()
            raise
        self.db = SQLiteDb(self.connection)

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[SQLiteDb]:
        """One immediate transaction: committed at the end of the block, rolled back on an exception."""
        self._writable()
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            yield self.db

    def reading(self) -> nullcontext[SQLiteDb]:
        return nullcontext(self.db)

    def exclusive(self, name: str) -> nullcontext[None]:
        """Nothing to hold: SQLite has one writer at a time anyway."""
        return nullcontext()

    def save(self, analysis: Analysis) -> None:
        """Insert or replace one article with its analysis, atomically; clears a reject of its source."""
        with self.transaction() as db:
            articles.record(db, analysis)

    def seen(self, article_id: str, source: str | None) -> None:
        """Keep one more path an already stored article was read from (clears a reject of that path)."""
        self._writable()
        if source:
            with self.transaction() as db:
                articles.record_path(db, article_id, source)

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")

    def reject(self, reject: Reject) -> None:
        with self.transaction() as db:
            articles.record_reject(db, reject)

    def has(self, article_id: str, fingerprint: str) -> bool:
        """Whether the article is stored as analysed by this pipeline (version and data-file hashes)."""
        return articles.has(self.db, article_id, fingerprint)

    def dedup_add(self, entries: Iterable[dedup.Entry], scorer: dedup.Scorer) -> int:
        """Index articles for near-duplicate search (see ``dateline.corpus.dedup``)."""
        cache = self.connection.execute("PRAGMA cache_size").fetchone()[0]
        self.connection.execute(f"PRAGMA cache_size=-{DEDUP_CACHE_KIB}")  # band keys are read and written at random
        try:
            with self.transaction() as db:
                return dedup.add_entries(db, entries, scorer)
        finally:
            self.connection.execute(f"PRAGMA cache_size={int(cache)}")

    def dedup_unindexed(self, batch: int = 500) -> Iterator[list[str]]:
        return dedup.unindexed(self.db, batch)

    def dedup_pairs(self, threshold: float) -> Iterator[dedup.Pair]:
        for row in self.connection.execute(dedup.PAIRS, (threshold,)):
            yield dedup.Pair(*row)

    def dedup_members(self, nums: list[int]) -> list[dedup.Member]:
        return dedup.members(self.db, nums)

    def quote_rows(self) -> Iterator[SpreadRow]:
        """Every stored quote with its chain and addressee, oldest publication first (quote propagation)."""
        return spread_rows(self.connection.execute(SPREAD))

    def resolve_actors(self, resolver: Resolver) -> int:
        """Run the corpus layer's actor identity step on every key saved articles left pending."""
        with self.transaction() as db:
            return resolve_actors(db, resolver)

    def get(self, key: str) -> Analysis | None:
        """By article id, by any path it was read from (the article last read from it if several), or by its
        own id (``source_id``)."""
        return articles.get(self.db, key)

    def sources(self, article_id: str) -> list[str]:
        """Every path an article was read from, first seen first."""
        return articles.sources(self.db, article_id)

    def count(self) -> int:
        return articles.count(self.db)

    def analyses(self, ids: list[str] | None = None, batch: int = 500) -> Iterator[Analysis]:
        """Stored analyses, oldest publication first, read a batch at a time (the corpus layer streams
        them rather than loading the store), or only those of ``ids``."""
        if ids is not None:
            yield from articles.by_ids(self.db, ids, batch)
            return
        last: tuple[str, str] = ("", "")
        while True:
            rows = self.connection.execute(articles.PAGE, (*last, batch)).fetchall()
            if not rows:
                return
            yield from (Analysis.from_json(json.loads(row[2])) for row in rows)
            last = (rows[-1][0], rows[-1][1])

    def ids(self) -> list[str]:
        return articles.ids(self.db)

    def rejects(self) -> list[Reject]:
        return articles.rejects(self.db)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 search. ``QueryError`` for a query over the length caps; ``QuerySyntaxError`` (carrying the
        query as one phrase, for a caller that wants to fall back and say so) for one that is not FTS5 syntax."""
        check_query(query)
        sql = """SELECT a.id, a.title, a.source, a.published,
                        snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
                 FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                 WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?"""
        own = by_source_id(self.db, query, limit)
        try:
            rows = self.connection.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as error:
            if own:
                return own[:limit]  # "feed.jsonl:3" is an article's own id, not search syntax
            reason = str(error)
            if not any(sign in reason for sign in ("fts5", "no such column", "unterminated string", "syntax",
                                                   "special query")):  # "*foo": FTS5 reads a leading * as a command
                raise
            raise syntax_error(query, reason) from error
        hits = [SearchHit(r[0], r[1], r[2], r[3], r[4], round(-float(r[5]), 4)) for r in rows]
        return (own + [hit for hit in hits if hit.id not in {o.id for o in own}])[:limit]

    def actors(self, kind: str | None = None, limit: int = 50) -> list[ActorSummary]:
        return list_actors(self.db, kind, limit)

    def actor(self, name: str) -> ActorProfile | None:
        return find_actor(self.db, name)

    def quotes(self, speaker: str | None = None, source: str | None = None, limit: int = 100) -> list[QuoteHit]:
        return find_quotes(self.db, speaker, source, limit)

    def claims(self, status: str | None = None, kind: str | None = None, finding: str | None = None,
               limit: int = 100) -> list[ClaimHit]:
        return find_claims(self.db, status, kind, finding, limit)

    def events(self, category: str | None = None, modality: str | None = None, limit: int = 1000) -> list[EventRow]:
        return find_events(self.db, category, modality, limit)

    # --- stories (migration 011): the corpus layer decides, the store keeps -------------------------------

    def story_unplaced(self, batch: int = 1000) -> Iterator[list[str]]:
        """Ids of the articles in no story yet, oldest first, ``batch`` at a time (read at once: new ones
        stored meanwhile wait for the next run)."""
        found = story_sql.unplaced(self.db)
        for start in range(0, len(found), batch):
            yield found[start:start + batch]

    def story_state(self, key: str) -> bytes | None:
        return story_sql.read_state(self.db, key)

    def story_live(self) -> list[tuple[int, str]]:
        return story_sql.live_states(self.db)

    def story_write(self, change: StoryWrite) -> None:
        with self.transaction() as db:
            story_sql.write(db, change)

    def story_clear(self) -> None:
        with self.transaction() as db:
            story_sql.clear(db)

    def stories(self, limit: int = 50, min_size: int = 1) -> list[Story]:
        return story_sql.list_stories(self.db, limit, min_size)

    def story(self, story_id: int) -> Story | None:
        return story_sql.find_story(self.db, story_id)

    def story_article_ids(self, story_id: int) -> list[str]:
        return story_sql.story_article_ids(self.db, story_id)


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    """A connection, after the checks a path allows without opening it: nothing is created for a reader."""
    if path != ":memory:":
        file = Path(path)
        if file.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file")
        if readonly and not file.exists():
            raise StoreError(f"{path}: no such database (a writing command such as 'dateline analyze … --db' "
                             "creates one)")
        if not readonly and not file.exists() and not file.parent.is_dir():
            raise StoreError(f"{path}: no such directory {file.parent}")
        if not readonly and file.exists() and not os.access(file, os.W_OK):
            raise StoreError(f"{path}: read-only file (writing commands need write access)")
    try:
        if readonly:
            return sqlite3.connect(_uri(path, "mode=ro"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
        return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {_reason(error)}") from error


def _uri(path: str, flags: str) -> str:
    return "file:" + quote(str(Path(path).resolve())) + "?" + flags


def _check_readable(connection: sqlite3.Connection, path: str) -> sqlite3.Connection:
    """A reader needs a dateline store with every migration of this version. Checking writes nothing; an
    older store is upgraded first (its own transaction, on a connection of its own) only when this user
    may write it, and refused otherwise."""
    try:
        kind = store_kind(connection)
    except sqlite3.OperationalError as error:
        if "readonly" not in str(error) and "unable to open" not in str(error):
            raise
        # a WAL store in a folder we may not write: its -shm index cannot be made, so read the file as it
        # stands (immutable); no writer can be at work there without that index.
        connection.close()
        connection = sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True, isolation_level=None)
        kind = store_kind(connection)
    try:
        if kind == "empty":
            raise StoreError(f"{path}: empty database, not a dateline store yet (a writing command such as "
                             "'dateline analyze … --db' makes it one)")
        if kind == "foreign":
            raise StoreError(f"{path}: not a dateline store (it holds other tables)")
        if pending(connection):
            if not (os.access(path, os.W_OK) and os.access(Path(path).resolve().parent, os.W_OK)):
                raise StoreError(f"{path}: written by an older dateline, and not writable here to upgrade it "
                                 "(a writing command of this version, run by its owner, upgrades it)")
            connection.close()
            writer = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
            try:
                migrate(writer, path)
            finally:
                writer.close()
            connection = sqlite3.connect(_uri(path, "mode=ro"), uri=True, isolation_level=None,
                                         timeout=BUSY_TIMEOUT)
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare(connection: sqlite3.Connection, path: str) -> None:
    """Schema first (one immediate transaction, refused on a foreign database), then WAL, set once."""
    migrate(connection, path)
    _set_wal(connection)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=NORMAL")


def _set_wal(connection: sqlite3.Connection) -> None:
    """Switch to WAL if no process has yet; the switch needs the file to itself, so it retries while
    another process holds it (SQLite answers "database is locked" at once here, without waiting)."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if ("locked" not in str(error) and "busy" not in str(error)) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _reason(error: sqlite3.Error) -> str:
    reason = str(error)
    if "file is not a database" in reason:
        return "not an SQLite database"
    return reason


__all__ = ["MAX_QUERY_CHARS", "MAX_QUERY_TERMS", "SQLiteStore", "as_phrase", "check_query"]
