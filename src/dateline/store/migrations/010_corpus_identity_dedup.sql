-- Corpus layer, part one. (1) Each stored analysis records the pipeline fingerprint it was made with
-- (version + data-file hashes); resume skips an article only when the fingerprint matches, so rows
-- stored before this migration (fingerprint NULL) are re-analysed on the next run.
ALTER TABLE articles ADD COLUMN fingerprint TEXT;

-- (2) Actor identity as a batch step (dateline.corpus.actors): each article's actor rows keep their own
-- identity key and the values seen in that article; the canonical actor a row belongs to is recomputed
-- for every key in actor_pending (a surname for people, else the identity), so the result does not
-- depend on the order articles arrived in. Actor ids become stable (a hash of the canonical identity).
ALTER TABLE actor_mentions ADD COLUMN identity TEXT;
ALTER TABLE actor_mentions ADD COLUMN actor_key TEXT;
ALTER TABLE actor_mentions ADD COLUMN name TEXT;
ALTER TABLE actor_mentions ADD COLUMN type TEXT;
ALTER TABLE actor_mentions ADD COLUMN actor_type TEXT;
ALTER TABLE actor_mentions ADD COLUMN country_code TEXT;
UPDATE actor_mentions SET (identity, actor_key, name, type, actor_type, country_code) =
    (SELECT a.identity, a.identity, a.name, a.type, a.actor_type, a.country_code FROM actors a
     WHERE a.id = actor_mentions.actor_id);
CREATE INDEX actor_mentions_key ON actor_mentions(actor_key);
CREATE INDEX actor_mentions_identity ON actor_mentions(identity);

ALTER TABLE actor_roles ADD COLUMN identity TEXT;
UPDATE actor_roles SET identity = (SELECT a.identity FROM actors a WHERE a.id = actor_roles.actor_id);
CREATE INDEX actor_roles_identity ON actor_roles(identity);

CREATE TABLE actor_aliases_keyed (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    identity TEXT NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (identity, alias)
);
INSERT OR IGNORE INTO actor_aliases_keyed (actor_id, identity, alias)
    SELECT x.actor_id, a.identity, x.alias FROM actor_aliases x JOIN actors a ON a.id = x.actor_id;
DROP TABLE actor_aliases;
ALTER TABLE actor_aliases_keyed RENAME TO actor_aliases;
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

-- Keys whose canonical actors must be recomputed; '*' (a store from before this migration): all of them.
CREATE TABLE actor_pending (key TEXT PRIMARY KEY);
INSERT INTO actor_pending (key) SELECT '*' WHERE EXISTS (SELECT 1 FROM actor_mentions);

-- (3) Near-duplicates (dateline.corpus.dedup): one MinHash signature per article body, its LSH band
-- keys, and every pair of articles whose estimated overlap reached the stored floor, so adding an article
-- compares it with its LSH candidates only and 'dateline dedup' groups from the pairs.
CREATE TABLE dedup_signatures (
    num INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    shingles INTEGER NOT NULL,     -- distinct shingles in the body (0: too short to compare)
    signature BLOB                 -- uint32 little-endian minimum hash values
);
CREATE TABLE dedup_bands (
    key INTEGER NOT NULL,          -- hash of (band number, the band's values)
    num INTEGER NOT NULL REFERENCES dedup_signatures(num) ON DELETE CASCADE
);
CREATE INDEX dedup_bands_key ON dedup_bands(key);
CREATE INDEX dedup_bands_num ON dedup_bands(num);
CREATE TABLE dedup_pairs (
    a INTEGER NOT NULL REFERENCES dedup_signatures(num) ON DELETE CASCADE,   -- a < b
    b INTEGER NOT NULL REFERENCES dedup_signatures(num) ON DELETE CASCADE,
    jaccard REAL NOT NULL,         -- estimated Jaccard similarity of the two shingle sets
    overlap REAL NOT NULL,         -- estimated share of the shorter body's shingles found in the other
    score REAL NOT NULL,           -- what a threshold is compared with: overlap, or jaccard for tiny bodies
    PRIMARY KEY (a, b)
);
CREATE INDEX dedup_pairs_b ON dedup_pairs(b);

-- (4) Quote propagation (dateline.corpus.quotes): who the speaker told ("told the BBC") says where a quote
-- first appeared, so each quote row keeps its addressee beside its speaker and chain.
ALTER TABLE quotes ADD COLUMN addressee TEXT;
ALTER TABLE quotes ADD COLUMN addressee_kind TEXT;
