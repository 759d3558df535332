-- PostgreSQL twin of ../007_source_id.sql.
ALTER TABLE articles ADD COLUMN source_id TEXT;
CREATE INDEX articles_source_id ON articles(source_id);
