-- PostgreSQL twin of ../008_article_paths.sql.
CREATE TABLE article_paths (
    source TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, article_id)
);
CREATE INDEX article_paths_article ON article_paths(article_id);
INSERT INTO article_paths (source, article_id, seen_at)
    SELECT source, id, stored_at FROM articles WHERE source IS NOT NULL;
