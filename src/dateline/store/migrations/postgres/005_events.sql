-- PostgreSQL twin of ../005_events.sql.
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    vid TEXT NOT NULL,
    category TEXT NOT NULL,
    cameo TEXT,
    modality TEXT NOT NULL,
    trigger TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    source TEXT,
    source_country TEXT,
    source_type TEXT,
    target TEXT,
    target_country TEXT,
    target_type TEXT,
    place TEXT,
    place_country TEXT,
    place_lat DOUBLE PRECISION,
    place_lon DOUBLE PRECISION,
    PRIMARY KEY (article_id, vid)
);
CREATE INDEX events_category ON events(category);
CREATE INDEX events_date ON events(date);
