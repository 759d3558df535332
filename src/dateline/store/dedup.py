"""Near-duplicate index in the store: signatures, LSH band keys and scored pairs (``dateline.corpus.dedup``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple


class Entry(NamedTuple):
    """One article to index: its distinct shingle count, signature bytes and band keys."""

    article_id: str
    shingles: int
    signature: bytes
    keys: list[int]


class Candidate(NamedTuple):
    num: int
    shingles: int
    signature: bytes


class Pair(NamedTuple):
    a: int
    b: int
    jaccard: float
    overlap: float
    score: float


CACHE_KIB = 256 * 1024
"""SQLite page cache while indexing (allocated as used): the band-key index of 100,000 articles is ~150 MB."""

Scorer = Callable[[Entry, list[Candidate]], list[tuple[int, float, float, float]]]
"""(entry, its LSH candidates) → (candidate num, jaccard, overlap, score) of the pairs worth keeping."""


def unindexed(connection: sqlite3.Connection, batch: int = 500) -> Iterator[list[str]]:
    """Ids of stored articles without a signature yet, oldest publication first, a batch at a time.

    One scan of the store, its ids read before the first batch is handed out (an earlier version asked for
    the next batch with a keyset query, which scanned and sorted the whole articles table again for each
    batch: 200 scans for 100,000 articles, the main cost of a first 'dedup')."""
    ids = [row[0] for row in connection.execute(
        """SELECT id FROM articles a
           WHERE NOT EXISTS (SELECT 1 FROM dedup_signatures s WHERE s.article_id = a.id)
           ORDER BY coalesce(published, ''), id""")]
    for start in range(0, len(ids), batch):
        yield ids[start:start + batch]


def add_entries(connection: sqlite3.Connection, entries: Iterable[Entry], scorer: Scorer) -> int:
    """Index each entry against what is already indexed (earlier entries of the same call included), in one
    transaction; an article indexed before is left as it is (its id is a hash of its text). Returns how many
    were added."""
    added = 0
    cache = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # the band-key index is read and written at random
    try:
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            for entry in entries:
                if connection.execute("SELECT 1 FROM dedup_signatures WHERE article_id = ?",
                                      (entry.article_id,)).fetchone():
                    continue
                candidates = _candidates(connection, entry.keys)
                cursor = connection.execute("INSERT INTO dedup_signatures (article_id, shingles, signature) "
                                            "VALUES (?, ?, ?)", (entry.article_id, entry.shingles, entry.signature))
                num = int(cursor.lastrowid or 0)
                connection.executemany("INSERT INTO dedup_bands VALUES (?, ?)", [(key, num) for key in entry.keys])
                connection.executemany("INSERT OR REPLACE INTO dedup_pairs VALUES (?, ?, ?, ?, ?)",
                                       [(min(num, other), max(num, other), round(j, 4), round(o, 4), round(v, 4))
                                        for other, j, o, v in scorer(entry, candidates)])
                added += 1
    finally:
        connection.execute(f"PRAGMA cache_size={int(cache)}")
    return added


def _candidates(connection: sqlite3.Connection, keys: list[int]) -> list[Candidate]:
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = connection.execute(
        f"""SELECT s.num, s.shingles, s.signature FROM dedup_signatures s
            WHERE s.num IN (SELECT DISTINCT num FROM dedup_bands WHERE key IN ({marks}))""", keys)
    return [Candidate(*row) for row in rows]


def pairs(connection: sqlite3.Connection, threshold: float) -> Iterator[Pair]:
    for row in connection.execute("SELECT a, b, jaccard, overlap, score FROM dedup_pairs WHERE score >= ?",
                                  (threshold,)):
        yield Pair(*row)


class Member(NamedTuple):
    num: int
    article_id: str
    source: str | None
    outlet: str | None
    title: str | None
    published: str | None
    shingles: int
    signature: bytes


def members(connection: sqlite3.Connection, nums: list[int], batch: int = 500) -> list[Member]:
    found: list[Member] = []
    for start in range(0, len(nums), batch):
        chunk = nums[start:start + batch]
        marks = ",".join("?" * len(chunk))
        found += [Member(*row) for row in connection.execute(
            f"""SELECT s.num, a.id, a.source, a.outlet, a.title, a.published, s.shingles, s.signature
                FROM dedup_signatures s JOIN articles a ON a.id = s.article_id WHERE s.num IN ({marks})""", chunk)]
    return found
