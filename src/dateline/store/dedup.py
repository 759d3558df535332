"""Near-duplicate index in the store: signatures, LSH band keys and scored pairs (``dateline.corpus.dedup``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .base import Db, DedupCandidate, DedupEntry, DedupMember, DedupPair, DedupScorer

Entry = DedupEntry
Candidate = DedupCandidate
Pair = DedupPair
Member = DedupMember
Scorer = DedupScorer

UNINDEXED = """SELECT coalesce(published, ''), id FROM articles a
               WHERE NOT EXISTS (SELECT 1 FROM dedup_signatures s WHERE s.article_id = a.id)"""
"""Stored articles without a signature yet; ``unindexed`` pages through them oldest publication first."""

PAIRS = "SELECT a, b, jaccard, overlap, score FROM dedup_pairs WHERE score >= ?"


def unindexed(db: Db, batch: int = 500) -> Iterator[list[str]]:
    """Ids of stored articles without a signature yet, oldest publication first, a batch at a time.

    One scan of the store, its ids read before the first batch is handed out (a keyset query per batch
    scans and sorts the whole articles table again each time: 200 scans for 100,000 articles)."""
    ids = [row[1] for row in db.execute(f"{UNINDEXED} ORDER BY coalesce(published, ''), id")]
    for start in range(0, len(ids), batch):
        yield ids[start:start + batch]


def add_entries(db: Db, entries: Iterable[Entry], scorer: Scorer) -> int:
    """Inside the caller's transaction, which no other indexing may run beside (a pair between two articles
    indexed at once would be missed): index each entry against what is already indexed (earlier entries of
    the same call included); an article indexed before is left as it is (its id is a hash of its text).
    Returns how many were added."""
    added = 0
    for entry in entries:
        inserted = db.execute("INSERT INTO dedup_signatures (article_id, shingles, signature, credit) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO NOTHING RETURNING num",
                              (entry.article_id, entry.shingles, entry.signature, entry.credit)).fetchone()
        if inserted is None:
            continue
        num = int(inserted[0])
        candidates = _candidates(db, entry.keys)  # its own bands are not written yet: never its own candidate
        db.executemany("INSERT INTO dedup_bands VALUES (?, ?)", [(key, num) for key in entry.keys])
        db.executemany("INSERT INTO dedup_pairs VALUES (?, ?, ?, ?, ?) ON CONFLICT(a, b) DO UPDATE SET "
                       "jaccard = excluded.jaccard, overlap = excluded.overlap, score = excluded.score",
                       [(min(num, other), max(num, other), round(j, 4), round(o, 4), round(v, 4))
                        for other, j, o, v in scorer(entry, candidates)])
        added += 1
    return added


def _candidates(db: Db, keys: list[int]) -> list[Candidate]:
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        f"""SELECT s.num, s.shingles, s.signature FROM dedup_signatures s
            WHERE s.num IN (SELECT DISTINCT num FROM dedup_bands WHERE key IN ({marks}))""", keys)
    return [Candidate(int(row[0]), int(row[1]), bytes(row[2])) for row in rows]


def members(db: Db, nums: list[int], batch: int = 500) -> list[Member]:
    found: list[Member] = []
    for start in range(0, len(nums), batch):
        chunk = nums[start:start + batch]
        marks = ",".join("?" * len(chunk))
        found += [Member(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bytes(row[7]), row[8])
                  for row in db.execute(
            f"""SELECT s.num, a.id, a.source, a.outlet, a.title, a.published, s.shingles, s.signature, s.credit
                FROM dedup_signatures s JOIN articles a ON a.id = s.article_id WHERE s.num IN ({marks})""", chunk)]
    return found
