-- PostgreSQL twin of ../002_actors.sql. Actor ids are 63-bit hashes: bigint.
CREATE TABLE actors (
    id BIGINT PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    actor_type TEXT,
    country_code TEXT
);
CREATE INDEX actors_name ON actors(name);

CREATE TABLE actor_aliases (
    actor_id BIGINT NOT NULL REFERENCES actors(id),
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE actor_mentions (
    actor_id BIGINT NOT NULL REFERENCES actors(id),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, eid)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE actor_roles (
    actor_id BIGINT NOT NULL REFERENCES actors(id),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    affiliation TEXT,
    published TEXT,
    rule TEXT
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id);
CREATE INDEX actor_roles_article ON actor_roles(article_id);
