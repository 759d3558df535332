"""What collection has seen, in the dateline store (migration 009): one row per URL, one per version.

State is written after the article it describes is stored, so a run killed in between fetches that
page again next time and finds its text already stored; nothing is lost or stored twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from ..model import ArticleVersion
from ..store.base import Store
from .fetch import Redirect

TRANSIENT = "retry"  # a timeout, a dropped connection, 429 or 5xx: tried again on the next run


@dataclass(frozen=True)
class Seen:
    url: str
    kind: str
    status: str
    etag: str | None
    last_modified: str | None
    entry_updated: str | None
    content_hash: str | None
    article_id: str | None
    first_seen: str
    last_seen: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CollectState:
    """Over any store (SQLite or PostgreSQL): reads and writes go through its transactions."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, url: str) -> Seen | None:
        with self.store.reading() as db:
            row = db.execute(
                "SELECT url, kind, status, etag, last_modified, entry_updated, content_hash, article_id, first_seen, "
                "last_seen FROM collect_urls WHERE url = ?", (url,)).fetchone()
        return Seen(*row) if row else None

    def children(self, url: str) -> list[str]:
        """The feeds or sitemaps ``url`` led to when last read (a homepage's feeds, an index's sitemaps)."""
        with self.store.reading() as db:
            rows = db.execute("SELECT url FROM collect_urls WHERE found_in = ? AND kind IN ('feed', 'sitemap') "
                              "ORDER BY first_seen, url", (url,)).fetchall()
        return [row[0] for row in rows]

    def by_hash(self, content_hash: str) -> tuple[str, str] | None:
        """(url, article id) of a page already stored with this text: a duplicate under another URL."""
        with self.store.reading() as db:
            row = db.execute(
                "SELECT url, article_id FROM collect_versions WHERE content_hash = ? ORDER BY fetched_at LIMIT 1",
                (content_hash,)).fetchone()
        return (row[0], row[1]) if row else None

    def record(self, url: str, kind: str, status: str, *, found_in: str | None = None, final_url: str | None = None,
               redirects: tuple[Redirect, ...] = (), etag: str | None = None, last_modified: str | None = None,
               entry_updated: str | None = None, content_hash: str | None = None, article_id: str | None = None,
               reason: str | None = None, fetched: bool = True) -> None:
        """Insert or update one URL's row (``first_seen`` and ``found_in`` are kept from the first time)."""
        stamp = now()
        hops = json.dumps([[r.url, r.status, r.location] for r in redirects]) if redirects else None
        with self.store.transaction() as db:
            db.execute(
                """INSERT INTO collect_urls AS u (url, kind, found_in, final_url, redirects, etag, last_modified,
                       entry_updated, content_hash, article_id, status, reason, first_seen, last_seen, last_fetched)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET kind=excluded.kind,
                       final_url=coalesce(excluded.final_url, u.final_url),
                       redirects=coalesce(excluded.redirects, u.redirects), etag=coalesce(excluded.etag, u.etag),
                       last_modified=coalesce(excluded.last_modified, u.last_modified),
                       entry_updated=coalesce(excluded.entry_updated, u.entry_updated),
                       content_hash=coalesce(excluded.content_hash, u.content_hash),
                       article_id=coalesce(excluded.article_id, u.article_id), status=excluded.status,
                       reason=excluded.reason, last_seen=excluded.last_seen,
                       last_fetched=coalesce(excluded.last_fetched, u.last_fetched)""",
                (url, kind, found_in, final_url, hops, etag, last_modified, entry_updated, content_hash, article_id,
                 status, reason, stamp, stamp, stamp if fetched else None))

    def add_version(self, url: str, content_hash: str, article_id: str, fetched_url: str | None) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT INTO collect_versions VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                       (url, content_hash, article_id, fetched_url, now()))

    def versions(self, url: str) -> list[ArticleVersion]:
        """Every stored version of a page, oldest first, by its canonical URL or any URL it was fetched from."""
        with self.store.reading() as db:  # rowid: SQLite's own; the PostgreSQL table has a column of that name
            rows = db.execute(
                """SELECT url, article_id, content_hash, fetched_url, fetched_at FROM collect_versions
                   WHERE url = ? OR url IN (SELECT url FROM collect_urls WHERE final_url = ?)
                      OR url IN (SELECT url FROM collect_versions WHERE fetched_url = ?)
                   ORDER BY fetched_at, rowid""", (url, url, url)).fetchall()
        return [ArticleVersion(*row) for row in rows]
