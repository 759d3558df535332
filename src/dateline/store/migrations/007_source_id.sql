-- The input's own id (a JSONL record's id, the WARC-Record-ID, else the path): users of news dumps join on it.
ALTER TABLE articles ADD COLUMN source_id TEXT;
CREATE INDEX articles_source_id ON articles(source_id);
