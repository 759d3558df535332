-- What 'dateline collect' has seen, per URL (feeds, sitemaps and pages alike), so a re-run fetches only
-- what is new: the validators for a conditional GET, the content hash that tells a changed article,
-- the source's own last-change date for the entry, and where the URL was first found.
CREATE TABLE collect_urls (
    url TEXT PRIMARY KEY,            -- canonical form (courlan)
    kind TEXT NOT NULL,              -- feed | sitemap | page
    found_in TEXT,                   -- the feed, sitemap or list that first named it
    final_url TEXT,                  -- after redirects
    redirects TEXT,                  -- JSON list of [url, status, location]
    etag TEXT,
    last_modified TEXT,
    entry_updated TEXT,              -- the source's date for the entry when last fetched
    content_hash TEXT,
    article_id TEXT,
    status TEXT NOT NULL,            -- article | duplicate | reject | retry | listed
    reason TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_fetched TEXT
);
CREATE INDEX collect_urls_hash ON collect_urls(content_hash);
-- Every version of a collected page: the same canonical URL with new text is a new article (its old
-- version stays stored); 'dateline versions URL' lists them.
CREATE TABLE collect_versions (
    url TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    article_id TEXT NOT NULL,
    fetched_url TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (url, content_hash)
);
