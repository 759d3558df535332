"""PostgreSQL storage (``--db postgresql://user@host/db``): the SQLite store's schema, queries and guarantees on a
server many processes and machines write at once.

- One transaction per article, as in SQLite: nothing is half-written. Saving is an upsert by article id whose
  first statement locks the article's row, so two workers storing the same article take turns and the second
  replaces the first: never a duplicate, never a mix of their rows. Rows shared between articles (actors,
  aliases, pending keys) are written in key order, and a transaction PostgreSQL still aborts for a deadlock
  or a serialization failure is run again from the start.
- Steps that read the whole state to decide (actor identity, near-duplicate indexing) run one at a time per
  store under an advisory lock; article saves share theirs, so they run side by side but never beside
  actor resolution, which must see every saved row.
- Connections come from a pool per process and URL (``psycopg_pool``); a read-only store's connections
  refuse writes on the server too (``default_transaction_read_only``).
- Whole-corpus reads (every analysis, every quote, unindexed articles) stream through server-side cursors,
  a batch at a time.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from uuid import uuid4

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import ConnectionPool

from ..errors import StoreError
from ..model import ActorProfile, ActorSummary, Analysis, ClaimHit, EventRow, QuoteHit, Reject, SearchHit, Story
from . import articles, dedup, pg_migrations, shown
from . import stories as story_sql
from .actors import Resolver, find_actor, list_actors, resolve_actors
from .base import Dialect, SpreadRow, StoryWrite
from .claims import find_claims
from .events import find_events
from .fts_query import FtsSyntax, to_tsquery
from .quotes import SPREAD, find_quotes, spread_rows
from .search import by_source_id, check_query, syntax_error

T = TypeVar("T")

POOL_SIZE = 8
"""Connections per process and store at most: a streamed read holds one while the caller writes on others."""
CONNECT_TIMEOUT = 10
RETRIES = 8
"""Attempts at a transaction PostgreSQL aborted for a deadlock or a serialization failure."""
_RETRY = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)

_HEADLINE = ("StartSel=[, StopSel=], MaxWords=12, MinWords=5, ShortWord=0, MaxFragments=1, "
             "FragmentDelimiter=\" … \"")
_RANK_WEIGHTS = "{0.1, 0.2, 1.0, 1.0}"
"""ts_rank weights for D, C, B, A: title (A) and text (B) count alike, as FTS5's bm25 weighs its columns."""


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """The store's SQL (``?`` placeholders) as psycopg takes it (``%s``; a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresDb:
    """A pooled connection as the store's SQL modules see it (``base.Db``)."""

    dialect: Dialect = "postgresql"

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        return self.connection.execute(translate(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = [tuple(row) for row in rows]
        if batch:
            with self.connection.cursor() as cursor:
                cursor.executemany(translate(sql), batch)


# --- pools: one per process, URL and mode; a forked child makes its own -----------------------------------

_pools: dict[tuple[int, str, bool], ConnectionPool] = {}


def _pool(url: str, readonly: bool) -> ConnectionPool:
    key = (os.getpid(), url, readonly)
    pool = _pools.get(key)
    if pool is None or pool.closed:
        pool = ConnectionPool(_conninfo(url, readonly), min_size=1, max_size=POOL_SIZE, open=True, timeout=60,
                              name=f"dateline-{'ro' if readonly else 'rw'}")
        _pools[key] = pool
    return pool


def close_pools(url: str | None = None) -> None:
    """Close this process's pools (of one URL, or all): at exit, and before a test drops its database."""
    for key in [k for k in _pools if k[0] == os.getpid() and (url is None or k[1] == url)]:
        _pools.pop(key).close()


atexit.register(close_pools)


def _conninfo(url: str, readonly: bool) -> str:
    """The URL, plus the server-side read-only default for a reader (kept beside any ``options`` it has)."""
    extra = {"connect_timeout": str(conninfo_to_dict(url).get("connect_timeout") or CONNECT_TIMEOUT)}
    if readonly:
        options = str(conninfo_to_dict(url).get("options") or "")
        extra["options"] = (options + " -c default_transaction_read_only=on").strip()
    return make_conninfo(url, **extra)


class PostgresStore:
    """The store in a PostgreSQL database (its current schema). See the module docstring for the guarantees."""

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        self.url = url
        self.name = shown(url)
        self.readonly = readonly
        known = _pools.get((os.getpid(), url, readonly))
        if known is None or known.closed:  # checked once per process: a web server opens a store per request
            self._prepare()
        self.pool = _pool(url, readonly)

    def _prepare(self) -> None:
        """Connect once outside the pool, so a wrong URL is one clear error; check or build the schema."""
        try:
            connection = psycopg.connect(_conninfo(self.url, False))
        except psycopg.Error as error:
            raise StoreError(f"{self.name}: cannot connect ({_first_line(error)})") from error
        try:
            encoding = connection.execute("SHOW server_encoding").fetchone()
            if encoding is None or encoding[0] != "UTF8":
                raise StoreError(f"{self.name}: the database's encoding is {encoding and encoding[0]}, not UTF8")
            kind = pg_migrations.store_kind(connection)
            connection.rollback()
            if self.readonly and kind == "empty":
                raise StoreError(f"{self.name}: empty database, not a dateline store yet (a writing command such "
                                 "as 'dateline analyze … --db' makes it one)")
            if kind == "foreign":
                raise StoreError(f"{self.name}: not a dateline store (its schema holds other tables)")
            if not self.readonly or pg_migrations.pending(connection):
                connection.rollback()
                pg_migrations.migrate(connection, self.name)
        except pg_errors.InsufficientPrivilege as error:
            raise StoreError(f"{self.name}: cannot create or upgrade the schema here ({_first_line(error)}); "
                             "a writing command of this version, run by the schema's owner, does it") from error
        except psycopg.Error as error:
            raise StoreError(f"{self.name}: {_first_line(error)}") from error
        finally:
            connection.close()

    def close(self) -> None:
        """The pool stays open for the next store of this URL in the process (closed at exit)."""

    # --- transactions ----------------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.name}: opened read-only")

    @contextmanager
    def transaction(self) -> Iterator[PostgresDb]:
        self._writable()
        with self.pool.connection() as connection, connection.transaction():
            yield PostgresDb(connection)

    @contextmanager
    def reading(self) -> Iterator[PostgresDb]:
        with self.pool.connection() as connection:
            yield PostgresDb(connection)

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """A session advisory lock on a connection of its own, held for the block."""
        self._writable()
        with self.pool.connection() as connection:
            connection.autocommit = True
            try:
                connection.execute("SELECT pg_advisory_lock(hashtextextended(current_schema() || %s, 0))",
                                   (f"dateline:{name}",))
                try:
                    yield
                finally:
                    connection.execute("SELECT pg_advisory_unlock(hashtextextended(current_schema() || %s, 0))",
                                       (f"dateline:{name}",))
            finally:
                connection.autocommit = False

    def _write(self, work: Callable[[PostgresDb], T], lock: str | None = None, shared: bool = False) -> T:
        """``work`` in one transaction (holding the advisory ``lock``), its statements pipelined (sent without
        waiting for each answer, up to the first result it reads), run again from the start when PostgreSQL
        aborts it for a deadlock or a serialization failure, or once when a pooled connection turns out broken
        (a server restart)."""
        self._writable()
        for attempt in range(RETRIES):
            connection: psycopg.Connection[Any] | None = None
            try:
                with self.pool.connection() as connection, connection.transaction(), connection.pipeline():
                    if lock:
                        function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
                        connection.execute(f"SELECT {function}(hashtextextended(current_schema() || %s, 0))",
                                           (f"dateline:{lock}",))
                    return work(PostgresDb(connection))
            except _RETRY:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
            except psycopg.OperationalError:
                if attempt > 0 or connection is None or not connection.broken:
                    raise
        raise AssertionError("unreachable")

    def _stream(self, sql: str, params: Sequence[Any] = (), batch: int = 500) -> Iterator[Any]:
        """Rows of one query through a server-side cursor, ``batch`` at a time; the connection is held until
        the caller has read them all (or closes the generator)."""
        with (self.pool.connection() as connection, connection.transaction(),
              connection.cursor(name=f"dateline_{uuid4().hex}") as cursor):
            cursor.itersize = batch
            cursor.execute(translate(sql), tuple(params))
            yield from cursor

    # --- writing ---------------------------------------------------------------------------------------------

    def save(self, analysis: Analysis) -> None:
        """Insert or replace one article with its analysis, atomically; clears a reject of its source."""
        self._write(lambda db: articles.record(db, analysis), "actors", shared=True)

    def seen(self, article_id: str, source: str | None) -> None:
        self._writable()
        if source:
            self._write(lambda db: articles.record_path(db, article_id, source))

    def reject(self, reject: Reject) -> None:
        self._write(lambda db: articles.record_reject(db, reject))

    def resolve_actors(self, resolver: Resolver) -> int:
        return self._write(lambda db: resolve_actors(db, resolver), "actors")

    def dedup_add(self, entries: Iterable[dedup.Entry], scorer: dedup.Scorer) -> int:
        listed = list(entries)  # a retried transaction reads them again
        return self._write(lambda db: dedup.add_entries(db, listed, scorer), "dedup") if listed else 0

    def story_write(self, change: StoryWrite) -> None:
        self._write(lambda db: story_sql.write(db, change), "story-write")

    def story_clear(self) -> None:
        self._write(story_sql.clear, "story-write")

    # --- reading ---------------------------------------------------------------------------------------------

    def has(self, article_id: str, fingerprint: str) -> bool:
        with self.reading() as db:
            return articles.has(db, article_id, fingerprint)

    def get(self, key: str) -> Analysis | None:
        with self.reading() as db:
            return articles.get(db, key)

    def sources(self, article_id: str) -> list[str]:
        with self.reading() as db:
            return articles.sources(db, article_id)

    def count(self) -> int:
        with self.reading() as db:
            return articles.count(db)

    def analyses(self, ids: list[str] | None = None, batch: int = 500) -> Iterator[Analysis]:
        """Stored analyses, oldest publication first, streamed, or only those of ``ids``."""
        if ids is not None:
            with self.reading() as db:
                yield from articles.by_ids(db, ids, batch)
            return
        for row in self._stream(articles.ORDERED, (), batch):
            yield Analysis.from_json(json.loads(row[0]))

    def ids(self) -> list[str]:
        with self.reading() as db:
            return articles.ids(db)

    def rejects(self) -> list[Reject]:
        with self.reading() as db:
            return articles.rejects(db)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The FTS5 query language on the tsvector column (``fts_query``); the same errors as SQLite's search.
        Scores are ``ts_rank`` (higher is better), not SQLite's bm25."""
        check_query(query)
        with self.reading() as db:
            own = by_source_id(db, query, limit)
        try:
            tsquery = to_tsquery(query)
        except FtsSyntax as error:
            if own:
                return own[:limit]
            raise syntax_error(query, str(error)) from error
        if tsquery is None:
            return own[:limit]
        with self.reading() as db:
            rows = db.execute(
                """WITH q AS (SELECT to_tsquery('simple', ?) AS q),
                        hits AS (SELECT a.id, ts_rank(?, a.fts, q.q, 1) AS rank FROM articles a, q
                                 WHERE a.fts @@ q.q ORDER BY rank DESC, a.id LIMIT ?)
                   SELECT a.id, a.title, a.source, a.published, ts_headline('simple', a.text, q.q, ?), h.rank,
                          left(a.text, 300), right(a.text, 300)
                   FROM hits h JOIN articles a ON a.id = h.id, q ORDER BY h.rank DESC, a.id""",
                (tsquery, _RANK_WEIGHTS, limit, _HEADLINE)).fetchall()
        hits = [SearchHit(r[0], r[1], r[2], r[3], _ellipsis(r[4], r[6], r[7]), round(float(r[5]), 4)) for r in rows]
        return (own + [hit for hit in hits if hit.id not in {o.id for o in own}])[:limit]

    def actors(self, kind: str | None = None, limit: int = 50) -> list[ActorSummary]:
        with self.reading() as db:
            return list_actors(db, kind, limit)

    def actor(self, name: str) -> ActorProfile | None:
        with self.reading() as db:
            return find_actor(db, name)

    def quotes(self, speaker: str | None = None, source: str | None = None, limit: int = 100) -> list[QuoteHit]:
        with self.reading() as db:
            return find_quotes(db, speaker, source, limit)

    def claims(self, status: str | None = None, kind: str | None = None, finding: str | None = None,
               limit: int = 100) -> list[ClaimHit]:
        with self.reading() as db:
            return find_claims(db, status, kind, finding, limit)

    def events(self, category: str | None = None, modality: str | None = None, limit: int = 1000) -> list[EventRow]:
        with self.reading() as db:
            return find_events(db, category, modality, limit)

    def quote_rows(self) -> Iterator[SpreadRow]:
        return spread_rows(self._stream(SPREAD))

    def dedup_unindexed(self, batch: int = 500) -> Iterator[list[str]]:
        """Articles without a signature when the read began, oldest first, ``batch`` ids at a time."""
        chunk: list[str] = []
        for row in self._stream(f"{dedup.UNINDEXED} ORDER BY coalesce(published, ''), id", (), batch):
            chunk.append(row[1])
            if len(chunk) == batch:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def dedup_pairs(self, threshold: float) -> Iterator[dedup.Pair]:
        for row in self._stream(dedup.PAIRS, (threshold,)):
            yield dedup.Pair(*row)

    def dedup_members(self, nums: list[int]) -> list[dedup.Member]:
        with self.reading() as db:
            return dedup.members(db, nums)

    def story_unplaced(self, batch: int = 1000) -> Iterator[list[str]]:
        chunk: list[str] = []
        for row in self._stream(story_sql.UNPLACED, (), batch):
            chunk.append(row[0])
            if len(chunk) == batch:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def story_state(self, key: str) -> bytes | None:
        with self.reading() as db:
            return story_sql.read_state(db, key)

    def story_live(self) -> list[tuple[int, str]]:
        with self.reading() as db:
            return story_sql.live_states(db)

    def stories(self, limit: int = 50, min_size: int = 1) -> list[Story]:
        with self.reading() as db:
            return story_sql.list_stories(db, limit, min_size)

    def story(self, story_id: int) -> Story | None:
        with self.reading() as db:
            return story_sql.find_story(db, story_id)

    def story_article_ids(self, story_id: int) -> list[str]:
        with self.reading() as db:
            return story_sql.story_article_ids(db, story_id)


def _ellipsis(headline: str, head: str, tail: str) -> str:
    """'…' where the passage starts after the text's start or ends before its end, as FTS5's snippet marks."""
    plain = headline.replace("[", "").replace("]", "").strip()
    words = plain.split()
    if not words:
        return headline
    before = "" if " ".join(head.split()).startswith(" ".join(words[:3])) else "…"
    after = "" if " ".join(tail.split()).endswith(" ".join(words[-3:])) else "…"
    return before + headline.strip() + after


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
