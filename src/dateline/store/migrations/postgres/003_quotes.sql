-- PostgreSQL twin of ../003_quotes.sql, and instr(): SQLite's name for strpos, so the store's queries are one
-- text for both backends (dateline.store.quotes matches part of a name with it).
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    qid TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    speaker TEXT,
    speaker_kind TEXT,
    cue TEXT,
    cue_class TEXT,
    chain TEXT NOT NULL,
    PRIMARY KEY (article_id, qid)
);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE quote_sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    qid TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (article_id, qid, position)
);
CREATE INDEX quote_sources_name ON quote_sources(name);

CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos(haystack, needle)';
