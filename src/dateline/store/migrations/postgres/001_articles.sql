-- PostgreSQL twin of ../001_articles.sql: the same tables and columns in the same order (tests/store/test_schema.py
-- checks every migration pair). Types: INTEGER → integer (bigint for 64-bit ids and hashes), REAL → double
-- precision, BLOB → bytea. Full-text search: in place of the FTS5 table, a generated tsvector column (title as
-- weight A, text as weight B; words are runs of letters and digits, lower-cased, as dateline.store.fts_query
-- splits a query) and a GIN index on it.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT,
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    dateline_place TEXT,
    dateline_country TEXT,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    version TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    fts tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', regexp_replace(coalesce(title, ''), '[^[:alnum:]]+', ' ', 'g')), 'A') ||
        setweight(to_tsvector('simple', regexp_replace(text, '[^[:alnum:]]+', ' ', 'g')), 'B')) STORED
);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_fts ON articles USING gin (fts);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, eid)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE rejects (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);
