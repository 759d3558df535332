-- PostgreSQL twin of ../011_stories.sql (see there for what each table keeps).
CREATE TABLE stories (
    id BIGINT PRIMARY KEY,
    label TEXT NOT NULL,
    actors TEXT NOT NULL,
    event TEXT,
    place TEXT,
    first TEXT,
    last TEXT,
    size INTEGER NOT NULL,
    live INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_size ON stories(size);

CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id BIGINT NOT NULL,
    opened INTEGER NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    time DOUBLE PRECISION NOT NULL,
    scores TEXT NOT NULL,
    shared TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id);

CREATE TABLE story_state (
    key TEXT PRIMARY KEY,
    value BYTEA NOT NULL
);
