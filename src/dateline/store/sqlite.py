"""SQLite storage: one transaction per article, so a killed batch never leaves half an article."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..model import ActorProfile, ActorSummary, Analysis, ClaimHit, EventRow, QuoteHit, Reject, SearchHit
from .actors import find_actor, list_actors, record_actors
from .claims import find_claims, record_claims
from .events import find_events, record_events
from .migrations import migrate
from .quotes import find_quotes, record_quotes


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.connection = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA foreign_keys=ON")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        migrate(self.connection)

    def close(self) -> None:
        self.connection.close()

    def save(self, analysis: Analysis) -> None:
        """Insert or replace one article with its analysis, atomically; clears a reject of its source."""
        article = analysis.article
        dateline = article.dateline
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute(
                """INSERT INTO articles (id, source, url, outlet, title, author, published, dateline_place,
                       dateline_country, text, analysis, version, stored_at, source_id)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url,
                       outlet=excluded.outlet, title=excluded.title, author=excluded.author,
                       published=excluded.published, dateline_place=excluded.dateline_place,
                       dateline_country=excluded.dateline_country, text=excluded.text,
                       analysis=excluded.analysis, version=excluded.version, stored_at=excluded.stored_at,
                       source_id=excluded.source_id""",
                (article.id, article.source, article.url, article.outlet, article.title, article.author,
                 article.published, dateline.place if dateline else None, dateline.country if dateline else None,
                 article.text, analysis.dumps(), analysis.version, now, article.source_id),
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
                self.connection.execute("DELETE FROM rejects WHERE source = ?", (article.source,))

    def reject(self, reject: Reject) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:
            self.connection.execute(
                "INSERT INTO rejects VALUES (?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
                "reason=excluded.reason, rejected_at=excluded.rejected_at", (reject.source, reject.reason, now))

    def has(self, article_id: str, version: str) -> bool:
        row = self.connection.execute("SELECT 1 FROM articles WHERE id = ? AND version = ?",
                                      (article_id, version)).fetchone()
        return row is not None

    def get(self, key: str) -> Analysis | None:
        """By article id, the source path it was read from or its own id (``source_id``); the newest if several."""
        row = self.connection.execute(
            "SELECT analysis FROM articles WHERE id = ? OR source = ? OR source_id = ? ORDER BY stored_at DESC LIMIT 1",
            (key, key, key)).fetchone()
        return Analysis.from_json(json.loads(row[0])) if row else None

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT id FROM articles ORDER BY published, id")]

    def rejects(self) -> list[Reject]:
        rows = self.connection.execute("SELECT source, reason FROM rejects ORDER BY source")
        return [Reject(source, reason) for source, reason in rows]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 search; a query that is not valid FTS syntax is searched as a plain phrase."""
        sql = """SELECT a.id, a.title, a.source, a.published,
                        snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
                 FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                 WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?"""
        try:
            rows = self.connection.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            phrase = '"' + query.replace('"', '""') + '"'
            rows = self.connection.execute(sql, (phrase, limit)).fetchall()
        hits = [SearchHit(r[0], r[1], r[2], r[3], r[4], round(-float(r[5]), 4)) for r in rows]
        own = self._by_source_id(query, limit)
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
