-- Stories: articles grouped by the event or developing story they report (dateline/corpus/stories.py).
-- A story keeps the clusterer's state (summed TF-IDF vectors, key names) so that a later run places new
-- articles against it without reading the old ones again; a story no new article can join any more
-- (too old) is no longer live and is not loaded.
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    actors TEXT NOT NULL,            -- JSON list: the main actors' names
    event TEXT,                      -- the event category most of its articles report
    place TEXT,
    first TEXT,                      -- earliest and latest publication date of its articles
    last TEXT,
    size INTEGER NOT NULL,
    live INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL,             -- JSON, see dateline/corpus/story_update.py
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_size ON stories(size);

-- Why each article is where it is: block scores against the story as it stood, time factor, total.
CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL,
    opened INTEGER NOT NULL,         -- 1: the article opened the story
    score REAL NOT NULL,
    time REAL NOT NULL,
    scores TEXT NOT NULL,            -- JSON {"text": …, "actors": …, "places": …, "events": …, "dates": …}
    shared TEXT NOT NULL             -- JSON {"actors": [names], "places": [...], "events": [...]}
);
CREATE INDEX story_members_story ON story_members(story_id);

-- The clusterer's corpus-wide state: document frequencies, next story id, parameters.
CREATE TABLE story_state (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
