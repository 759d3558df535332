"""What every store backend implements (SQLite, PostgreSQL): the ``Store`` protocol, and the ``Db`` handle the
store's SQL modules (``articles``, ``actors``, ``quotes`` …) write through.

A store only persists and queries: it never analyses. The analysis arrives finished (``Analysis`` or
``Reject``, from ``dateline.model``) and leaves as typed records; deciding things (canonical actors,
near-duplicate scores, story placement) is the corpus layer's, which hands the store its decisions.

The SQL modules are written once, in the SQL both engines accept: ``?`` placeholders, ``ON CONFLICT``
upserts, ``RETURNING``, ``NULLS FIRST`` where SQLite's order must hold on PostgreSQL; where the engines
really differ (JSON functions, full-text search) a module asks ``db.dialect``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Literal, NamedTuple, Protocol

from ..model import (
    ActorMentionRow,
    ActorProfile,
    ActorSummary,
    Analysis,
    CanonicalActor,
    ClaimHit,
    EventRow,
    QuoteHit,
    Reject,
    SearchHit,
    Story,
)

Dialect = Literal["sqlite", "postgresql"]


class Cursor(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Db(Protocol):
    """One connection, inside the transaction the store opened for it."""

    dialect: Dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...


class SpreadRow(NamedTuple):
    """One stored quote as quote propagation reads it: words, speaker, chain links (kind, name), addressee."""

    article_id: str
    source: str | None
    outlet: str | None
    published: str | None
    quote_id: str
    content: str
    speaker: str | None
    speaker_kind: str | None
    chain: list[tuple[str, str]]
    addressee: str | None
    addressee_kind: str | None


class DedupEntry(NamedTuple):
    """One article to index for near-duplicates: its distinct shingle count, signature bytes and band keys."""

    article_id: str
    shingles: int
    signature: bytes
    keys: list[int]
    credit: str | None = None  # what it credits for its text (``corpus.dedup.credit``)


class DedupCandidate(NamedTuple):
    num: int
    shingles: int
    signature: bytes


class DedupPair(NamedTuple):
    a: int
    b: int
    jaccard: float
    overlap: float
    score: float


class DedupMember(NamedTuple):
    num: int
    article_id: str
    source: str | None
    outlet: str | None
    title: str | None
    published: str | None
    shingles: int
    signature: bytes
    credit: str | None = None


DedupScorer = Callable[[DedupEntry, list[DedupCandidate]], list[tuple[int, float, float, float]]]
"""(entry, its LSH candidates) → (candidate num, jaccard, overlap, score) of the pairs worth keeping."""

Resolver = Callable[[Sequence[ActorMentionRow]], list[CanonicalActor]]
"""The corpus layer's actor identity decision for the rows of one resolution key."""

MemberRow = tuple[str, int, bool, float, float, dict[str, float], dict[str, list[str]]]
"""A story membership to write: article id, story id, opened, score, time factor, block scores, shared names."""


class StoryWrite(NamedTuple):
    """What one step of story placement changed, written in one transaction (``Store.story_write``)."""

    members: list[MemberRow]
    stories: list[tuple[Story, bool, str]]  # (story record, still live, clusterer state as JSON)
    deleted: list[int]
    state: dict[str, bytes]  # the clusterer's corpus-wide state by key ("df", "meta")


class Store(Protocol):
    """A dateline store. ``open_store(url)`` gives the backend the URL names.

    Writing a finished analysis is ``save(analysis)``, an input that failed is ``reject(reject)``: each is
    one transaction (nothing half-written), an upsert by article id (saving the same article again, from
    this process or another, replaces it: never a second copy). After saving, the corpus steps a batch
    runs (``resolve_actors``, ``dedup_add``) are what ``dateline.engine.Corpus.keep`` adds; loaders
    should go through it.
    """

    readonly: bool
    name: str
    """The store as shown to users (a path, or the URL without its password)."""

    def close(self) -> None: ...

    # --- writing: one finished analysis, one reject, one more path an article was read from ---------
    def save(self, analysis: Analysis) -> None:
        """Insert or replace one article with its analysis and every derived row, atomically; clears a
        reject of its source."""
        ...

    def reject(self, reject: Reject) -> None:
        """Keep why an input could not be read or analysed (replaces an earlier reject of that source)."""
        ...

    def seen(self, article_id: str, source: str | None) -> None: ...

    def resolve_actors(self, resolver: Resolver) -> int: ...

    def dedup_add(self, entries: Iterable[DedupEntry], scorer: DedupScorer) -> int: ...

    def story_write(self, change: StoryWrite) -> None: ...

    def story_clear(self) -> None: ...

    def transaction(self) -> AbstractContextManager[Db]:
        """One write transaction for a store-side SQL module (collect state): committed at the end of the
        block, rolled back on an exception."""
        ...

    def reading(self) -> AbstractContextManager[Db]: ...

    def exclusive(self, name: str) -> AbstractContextManager[None]:
        """Hold the store's lock ``name`` for a multi-transaction step that two processes must not run at
        once (story placement); a no-op where the backend has one writer anyway."""
        ...

    # --- reading -------------------------------------------------------------------------------------
    def has(self, article_id: str, fingerprint: str) -> bool: ...

    def get(self, key: str) -> Analysis | None: ...

    def sources(self, article_id: str) -> list[str]: ...

    def count(self) -> int: ...

    def analyses(self, ids: list[str] | None = None, batch: int = 500) -> Iterator[Analysis]: ...

    def ids(self) -> list[str]: ...

    def rejects(self) -> list[Reject]: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def actors(self, kind: str | None = None, limit: int = 50) -> list[ActorSummary]: ...

    def actor(self, name: str) -> ActorProfile | None: ...

    def quotes(self, speaker: str | None = None, source: str | None = None, limit: int = 100) -> list[QuoteHit]: ...

    def claims(self, status: str | None = None, kind: str | None = None, finding: str | None = None,
               limit: int = 100) -> list[ClaimHit]: ...

    def events(self, category: str | None = None, modality: str | None = None,
               limit: int = 1000) -> list[EventRow]: ...

    def quote_rows(self) -> Iterator[SpreadRow]: ...

    def dedup_unindexed(self, batch: int = 500) -> Iterator[list[str]]: ...

    def dedup_pairs(self, threshold: float) -> Iterator[DedupPair]: ...

    def dedup_members(self, nums: list[int]) -> list[DedupMember]: ...

    def story_unplaced(self, batch: int = 1000) -> Iterator[list[str]]: ...

    def story_state(self, key: str) -> bytes | None: ...

    def story_live(self) -> list[tuple[int, str]]: ...

    def stories(self, limit: int = 50, min_size: int = 1) -> list[Story]: ...

    def story(self, story_id: int) -> Story | None: ...

    def story_article_ids(self, story_id: int) -> list[str]: ...
