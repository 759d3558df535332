"""SQLite storage: one transaction per article, so a killed batch never leaves half an article.

Opening never alters a database that is not a dateline store: what the file holds is read first, and
read commands open it read-only (``mode=ro``), so they work on a file they may not write.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from ..errors import QueryError, QuerySyntaxError, StoreError
from ..model import ActorProfile, ActorSummary, Analysis, ClaimHit, EventRow, QuoteHit, Reject, SearchHit
from . import dedup
from .actors import Resolver, find_actor, list_actors, record_actors, resolve_actors
from .claims import find_claims, record_claims
from .events import find_events, record_events
from .migrations import migrate, pending, store_kind
from .quotes import SpreadRow, find_quotes, record_quotes, spread_rows

BUSY_TIMEOUT = 30.0
"""Seconds a connection waits for another process's write lock before giving up."""
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 16
"""FTS5 ranking time grows with the square of the number of terms (16 prefix terms: seconds on a
large store; 30,000: hours), so longer queries are refused rather than left to run."""

_TERM = re.compile(r'"(?:[^"]|"")*"?|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


class SQLiteStore:
    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
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

    def close(self) -> None:
        self.connection.close()

    def save(self, analysis: Analysis) -> None:
        """Insert or replace one article with its analysis, atomically; clears a reject of its source."""
        self._writable()
        article = analysis.article
        dateline = article.dateline
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute(
                """INSERT INTO articles (id, source, url, outlet, title, author, published, dateline_place,
                       dateline_country, text, analysis, version, stored_at, source_id, fingerprint)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url,
                       outlet=excluded.outlet, title=excluded.title, author=excluded.author,
                       published=excluded.published, dateline_place=excluded.dateline_place,
                       dateline_country=excluded.dateline_country, text=excluded.text,
                       analysis=excluded.analysis, version=excluded.version, stored_at=excluded.stored_at,
                       source_id=excluded.source_id, fingerprint=excluded.fingerprint""",
                (article.id, article.source, article.url, article.outlet, article.title, article.author,
                 article.published, dateline.place if dateline else None, dateline.country if dateline else None,
                 article.text, analysis.dumps(), analysis.version, now, article.source_id,
                 analysis.fingerprint or None),
            )
            self.connection.execute("DELETE FROM entities WHERE article_id = ?", (article.id,))
            self.connection.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                [(article.id, e.id, e.name, e.type, len(e.mentions)) for e in analysis.entities],
            )
            record_actors(self.connection, analysis)
            record_quotes(self.connection, analysis)
            record_claims(self.connection, analysis)
            record_events(self.connection, analysis)
            if article.source:
                self._record_path(article.id, article.source)

    def seen(self, article_id: str, source: str | None) -> None:
        """Keep one more path an already stored article was read from (clears a reject of that path)."""
        self._writable()
        if source:
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                self._record_path(article_id, source)

    def _record_path(self, article_id: str, source: str) -> None:
        seen_at = datetime.now(UTC).isoformat(timespec="microseconds")
        self.connection.execute("INSERT INTO article_paths VALUES (?, ?, ?) "
                                "ON CONFLICT(source, article_id) DO UPDATE SET seen_at = excluded.seen_at",
                                (source, article_id, seen_at))
        self.connection.execute("DELETE FROM rejects WHERE source = ?", (source,))

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")

    def reject(self, reject: Reject) -> None:
        self._writable()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:
            self.connection.execute(
                "INSERT INTO rejects VALUES (?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
                "reason=excluded.reason, rejected_at=excluded.rejected_at", (reject.source, reject.reason, now))

    def has(self, article_id: str, fingerprint: str) -> bool:
        """Whether the article is stored as analysed by this pipeline (version and data-file hashes)."""
        row = self.connection.execute("SELECT 1 FROM articles WHERE id = ? AND fingerprint = ?",
                                      (article_id, fingerprint)).fetchone()
        return row is not None

    def dedup_add(self, entries: Iterable[dedup.Entry], scorer: dedup.Scorer) -> int:
        """Index articles for near-duplicate search (see ``dateline.corpus.dedup``)."""
        self._writable()
        return dedup.add_entries(self.connection, entries, scorer)

    def dedup_unindexed(self, batch: int = 500) -> Iterator[list[str]]:
        return dedup.unindexed(self.connection, batch)

    def dedup_pairs(self, threshold: float) -> Iterator[dedup.Pair]:
        return dedup.pairs(self.connection, threshold)

    def dedup_members(self, nums: list[int]) -> list[dedup.Member]:
        return dedup.members(self.connection, nums)

    def quote_rows(self) -> Iterator[SpreadRow]:
        """Every stored quote with its chain and addressee, oldest publication first (quote propagation)."""
        return spread_rows(self.connection)

    def resolve_actors(self, resolver: Resolver) -> int:
        """Run the corpus layer's actor identity step on every key saved articles left pending."""
        self._writable()
        return resolve_actors(self.connection, resolver)

    def get(self, key: str) -> Analysis | None:
        """By article id, by any path it was read from (the article last read from it if several), or by its
        own id (``source_id``)."""
        row = self.connection.execute("SELECT analysis FROM articles WHERE id = ?", (key,)).fetchone()
        if row is None:
            row = self.connection.execute(
                """SELECT a.analysis FROM article_paths p JOIN articles a ON a.id = p.article_id
                   WHERE p.source = ? ORDER BY p.seen_at DESC, a.stored_at DESC LIMIT 1""", (key,)).fetchone()
        if row is None:
            row = self.connection.execute(
                "SELECT analysis FROM articles WHERE source_id = ? ORDER BY stored_at DESC LIMIT 1", (key,)).fetchone()
        return Analysis.from_json(json.loads(row[0])) if row else None

    def sources(self, article_id: str) -> list[str]:
        """Every path an article was read from, first seen first."""
        rows = self.connection.execute("SELECT source FROM article_paths WHERE article_id = ? ORDER BY seen_at",
                                       (article_id,))
        return [row[0] for row in rows]

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def analyses(self, ids: list[str] | None = None, batch: int = 500) -> Iterator[Analysis]:
        """Stored analyses, oldest publication first, read a batch at a time (the corpus layer streams
        them rather than loading the store), or only those of ``ids``."""
        if ids is not None:
            for start in range(0, len(ids), batch):
                chunk = ids[start:start + batch]
                marks = ",".join("?" * len(chunk))
                chosen = self.connection.execute(f"SELECT analysis FROM articles WHERE id IN ({marks})", chunk)
                found = {a.article.id: a for a in (Analysis.from_json(json.loads(r[0])) for r in chosen)}
                yield from (found[i] for i in chunk if i in found)
            return
        last: tuple[str, str] = ("", "")
        while True:
            rows = self.connection.execute(
                """SELECT coalesce(published, ''), id, analysis FROM articles
                   WHERE (coalesce(published, ''), id) > (?, ?) ORDER BY coalesce(published, ''), id LIMIT ?""",
                (*last, batch)).fetchall()
            if not rows:
                return
            yield from (Analysis.from_json(json.loads(row[2])) for row in rows)
            last = (rows[-1][0], rows[-1][1])

    def ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT id FROM articles ORDER BY published, id")]

    def rejects(self) -> list[Reject]:
        rows = self.connection.execute("SELECT source, reason FROM rejects ORDER BY source")
        return [Reject(source, reason) for source, reason in rows]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 search. ``QueryError`` for a query over the length caps; ``QuerySyntaxError`` (carrying the
        query as one phrase, for a caller that wants to fall back and say so) for one that is not FTS5 syntax."""
        check_query(query)
        sql = """SELECT a.id, a.title, a.source, a.published,
                        snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
                 FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                 WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?"""
        own = self._by_source_id(query, limit)
        try:
            rows = self.connection.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as error:
            if own:
                return own[:limit]  # "feed.jsonl:3" is an article's own id, not search syntax
            reason = str(error)
            if not any(sign in reason for sign in ("fts5", "no such column", "unterminated string", "syntax")):
                raise
            shown = query if len(query) <= 60 else query[:57] + "…"
            message = (f"search: {shown!r} is not FTS5 query syntax ({reason}); "
                       "put it in double quotes to search it as a phrase")
            raise QuerySyntaxError(message, reason, as_phrase(query)) from error
        hits = [SearchHit(r[0], r[1], r[2], r[3], r[4], round(-float(r[5]), 4)) for r in rows]
        return (own + [hit for hit in hits if hit.id not in {o.id for o in own}])[:limit]

    def _by_source_id(self, query: str, limit: int) -> list[SearchHit]:
        """Articles whose own id (JSONL ``id``, WARC-Record-ID) is exactly the query: listed first."""
        rows = self.connection.execute(
            "SELECT id, title, source, published, substr(text, 1, 80) FROM articles WHERE source_id = ? "
            "ORDER BY stored_at DESC, id LIMIT ?", (query.strip(), limit)).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], f"[{query.strip()}] {r[4]}…", 0.0) for r in rows]

    def actors(self, kind: str | None = None, limit: int = 50) -> list[ActorSummary]:
        return list_actors(self.connection, kind, limit)

    def actor(self, name: str) -> ActorProfile | None:
        return find_actor(self.connection, name)

    def quotes(self, speaker: str | None = None, source: str | None = None, limit: int = 100) -> list[QuoteHit]:
        return find_quotes(self.connection, speaker, source, limit)

    def claims(self, status: str | None = None, kind: str | None = None, finding: str | None = None,
               limit: int = 100) -> list[ClaimHit]:
        return find_claims(self.connection, status, kind, finding, limit)

    def events(self, category: str | None = None, modality: str | None = None, limit: int = 1000) -> list[EventRow]:
        return find_events(self.connection, category, modality, limit)


def as_phrase(query: str) -> str:
    """The query as one FTS5 phrase: its words in order, whatever punctuation it holds."""
    return '"' + query.replace('"', '""') + '"'


def check_query(query: str) -> None:
    """Refuse, before running it, a search whose time would run away (see ``MAX_QUERY_TERMS``)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"search: query too long ({len(query):,} characters; at most {MAX_QUERY_CHARS:,})")
    terms = [term for term in _TERM.findall(query) if term not in _OPERATORS]
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryError(f"search: too many terms ({len(terms):,}; at most {MAX_QUERY_TERMS}); "
                         "put words in double quotes to search them as one phrase")


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
