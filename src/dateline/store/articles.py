"""Articles in the store: the row with its full analysis record, the entity index, the paths it was read from,
and rejects. SQL both backends run (see ``base``); the caller holds the transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

from ..model import Analysis, Reject
from .actors import record_actors
from .base import Db
from .claims import record_claims
from .events import record_events
from .quotes import record_quotes

_UPSERT = """INSERT INTO articles (id, source, url, outlet, title, author, published, dateline_place,
                 dateline_country, text, analysis, version, stored_at, source_id, fingerprint)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url,
                 outlet=excluded.outlet, title=excluded.title, author=excluded.author,
                 published=excluded.published, dateline_place=excluded.dateline_place,
                 dateline_country=excluded.dateline_country, text=excluded.text,
                 analysis=excluded.analysis, version=excluded.version, stored_at=excluded.stored_at,
                 source_id=excluded.source_id, fingerprint=excluded.fingerprint"""


def record(db: Db, analysis: Analysis) -> None:
    """Insert or replace one article and every row derived from it. The upsert comes first: on PostgreSQL
    it locks the article's row, so two writers of the same article take turns instead of mixing rows."""
    article = analysis.article
    dateline = article.dateline
    now = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(_UPSERT, (article.id, article.source, article.url, article.outlet, article.title, article.author,
                         article.published, dateline.place if dateline else None,
                         dateline.country if dateline else None, article.text, analysis.dumps(), analysis.version,
                         now, article.source_id, analysis.fingerprint or None))
    db.execute("DELETE FROM entities WHERE article_id = ?", (article.id,))
    db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                   [(article.id, e.id, e.name, e.type, len(e.mentions)) for e in analysis.entities])
    record_actors(db, analysis)
    record_quotes(db, analysis)
    record_claims(db, analysis)
    record_events(db, analysis)
    if article.source:
        record_path(db, article.id, article.source)


def record_path(db: Db, article_id: str, source: str) -> None:
    """One more path the article was read from (``seen_at`` orders a path reused for new text); clears a
    reject of that path."""
    seen_at = datetime.now(UTC).isoformat(timespec="microseconds")
    db.execute("INSERT INTO article_paths VALUES (?, ?, ?) "
               "ON CONFLICT(source, article_id) DO UPDATE SET seen_at = excluded.seen_at",
               (source, article_id, seen_at))
    db.execute("DELETE FROM rejects WHERE source = ?", (source,))


def record_reject(db: Db, reject: Reject) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute("INSERT INTO rejects VALUES (?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
               "reason=excluded.reason, rejected_at=excluded.rejected_at", (reject.source, reject.reason, now))


def has(db: Db, article_id: str, fingerprint: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE id = ? AND fingerprint = ?",
                      (article_id, fingerprint)).fetchone() is not None


def get(db: Db, key: str) -> Analysis | None:
    """By article id, by any path it was read from (the article last read from it if several), or by its
    own id (``source_id``)."""
    row = db.execute("SELECT analysis FROM articles WHERE id = ?", (key,)).fetchone()
    if row is None:
        row = db.execute(
            """SELECT a.analysis FROM article_paths p JOIN articles a ON a.id = p.article_id
               WHERE p.source = ? ORDER BY p.seen_at DESC, a.stored_at DESC LIMIT 1""", (key,)).fetchone()
    if row is None:
        row = db.execute("SELECT analysis FROM articles WHERE source_id = ? ORDER BY stored_at DESC LIMIT 1",
                         (key,)).fetchone()
    return Analysis.from_json(json.loads(row[0])) if row else None


def sources(db: Db, article_id: str) -> list[str]:
    rows = db.execute("SELECT source FROM article_paths WHERE article_id = ? ORDER BY seen_at", (article_id,))
    return [row[0] for row in rows]


def count(db: Db) -> int:
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def by_ids(db: Db, ids: list[str], batch: int) -> Iterator[Analysis]:
    """The analyses of ``ids`` in that order (missing ones left out), read ``batch`` at a time."""
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        marks = ",".join("?" * len(chunk))
        chosen = db.execute(f"SELECT analysis FROM articles WHERE id IN ({marks})", chunk)
        found = {a.article.id: a for a in (Analysis.from_json(json.loads(r[0])) for r in chosen)}
        yield from (found[i] for i in chunk if i in found)


ORDERED = "SELECT analysis FROM articles ORDER BY coalesce(published, ''), id"
"""Every analysis, oldest publication first (undated first), ties by id."""

PAGE = """SELECT coalesce(published, ''), id, analysis FROM articles WHERE (coalesce(published, ''), id) > (?, ?)
          ORDER BY coalesce(published, ''), id LIMIT ?"""
"""The same order a page at a time, after the last (published, id) read."""


def ids(db: Db) -> list[str]:
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY published NULLS FIRST, id")]


def rejects(db: Db) -> list[Reject]:
    rows = db.execute("SELECT source, reason FROM rejects ORDER BY source")
    return [Reject(source, reason) for source, reason in rows]


def by_source_id(db: Db, query: str, limit: int) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(id, title, source, published, first 80 characters) of articles whose own id (JSONL ``id``,
    WARC-Record-ID) is exactly ``query``: search lists them first."""
    rows = db.execute("SELECT id, title, source, published, substr(text, 1, 80) FROM articles WHERE source_id = ? "
                      "ORDER BY stored_at DESC, id LIMIT ?", (query, limit)).fetchall()
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]
