-- PostgreSQL twin of ../004_claims.sql.
CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cid TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    source TEXT,
    checkworthy DOUBLE PRECISION,
    text TEXT NOT NULL,
    findings TEXT NOT NULL,
    PRIMARY KEY (article_id, cid)
);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE cues (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kid TEXT NOT NULL,
    kind TEXT NOT NULL,
    voice TEXT NOT NULL,
    text TEXT NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (article_id, kid)
);

CREATE TABLE profiles (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, measure)
);
