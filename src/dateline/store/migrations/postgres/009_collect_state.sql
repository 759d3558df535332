-- PostgreSQL twin of ../009_collect_state.sql. collect_versions gets a column SQLite has built in: rowid, the
-- insertion order that breaks ties between versions fetched in the same second.
CREATE TABLE collect_urls (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    found_in TEXT,
    final_url TEXT,
    redirects TEXT,
    etag TEXT,
    last_modified TEXT,
    entry_updated TEXT,
    content_hash TEXT,
    article_id TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_fetched TEXT
);
CREATE INDEX collect_urls_hash ON collect_urls(content_hash);
CREATE TABLE collect_versions (
    url TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    article_id TEXT NOT NULL,
    fetched_url TEXT,
    fetched_at TEXT NOT NULL,
    rowid BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (url, content_hash)
);
