"""Near-duplicates and stories straight from the Parquet output of ``dateline spark``, a batch at a time.

Neither loads the corpus into memory:

* dedup reads five small columns and the text of the articles table a batch at a time (pyarrow dataset scan),
  makes each article's MinHash entry (``dedup.entry``) and indexes it in a scratch store on disk, the same
  index ``dateline dedup`` keeps in the store, so grouping (``dedup.duplicates``) is the same code;
* stories need the articles oldest first, and the output is in no order: each analysis is reduced to what the
  clusterer reads (``stories.features``, a few hundred hashed counts), sorted runs of them are spilled to disk
  and merged, so memory holds one run and the clusterer's live stories (as ``story_update`` does on a store).

The results are written beside the other tables (``duplicates``, ``stories``, ``story_members``) and returned.
"""

from __future__ import annotations

import dataclasses
import heapq
import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Analysis, Article, Dateline, DuplicateGroup, Range, Story
from ..parquet import reader
from ..parquet.schema import CORPUS
from ..parquet.writer import update_manifest
from ..store.sqlite import SQLiteStore
from . import dedup
from .stories import Assignment, Features, Params, StoryClusterer, features
from .story_update import CHUNK, record

RUN = 20_000  # features per sorted run spilled to disk
_DEDUP_COLUMNS = ["article_id", "text", "body", "source", "outlet", "title", "published", "dateline"]


def light_analyses(directory: str | os.PathLike[str], batch: int = reader.BATCH) -> Iterator[Analysis]:
    """Each article with no analysis: the columns dedup reads (text, body, where and when), not the record."""
    for part in reader.scan(directory, "articles", _DEDUP_COLUMNS, batch):
        for article_id, text, body, source, outlet, title, published, place_line in zip(
                *(part[c] for c in _DEDUP_COLUMNS), strict=True):
            article = Article(article_id, text, Range(body["start"], body["end"]), source=source, outlet=outlet,
                              title=title, published=published,
                              dateline=Dateline(**place_line) if place_line else None)
            yield Analysis(article=article)


def duplicates(directory: str | os.PathLike[str], threshold: float = dedup.THRESHOLD,
               scratch: str | os.PathLike[str] | None = None) -> list[DuplicateGroup]:
    """Groups of copies in the output, as ``Corpus.duplicates`` finds them in a store."""
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".dateline-dedup-") as folder:
        index = SQLiteStore(Path(folder) / "index.db")
        try:
            batch: list[Analysis] = []
            for analysis in light_analyses(directory):
                batch.append(analysis)
                if len(batch) >= 500:
                    _index(index, batch)
                    batch = []
            _index(index, batch)
            return dedup.duplicates(index, threshold)
        finally:
            index.close()


def _index(index: SQLiteStore, batch: list[Analysis]) -> None:
    """Index a batch; the scratch store keeps of each article only what a duplicate group shows."""
    if not batch:
        return
    with index.connection:
        index.connection.executemany(
            "INSERT OR IGNORE INTO articles (id, source, outlet, title, published, text, analysis, version, stored_at)"
            " VALUES (?, ?, ?, ?, ?, '', '', '', '')",
            [(a.article.id, a.article.source, a.article.outlet, a.article.title, a.article.published) for a in batch])
    dedup.index(index, batch)


def features_by_date(directory: str | os.PathLike[str], params: Params | None = None, run: int = RUN,
                     scratch: str | os.PathLike[str] | None = None) -> Iterator[Features]:
    """What the clusterer reads of every article, oldest publication first (ties by id: the store's order)."""
    params = params or Params()
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".dateline-stories-") as folder:
        runs: list[Path] = []
        held: list[tuple[tuple[str, str], Features]] = []
        for analysis in reader.analyses(directory):
            held.append(((analysis.article.published or "", analysis.article.id), features(analysis, params)))
            if len(held) >= run:
                runs.append(_spill(sorted(held, key=_key), Path(folder) / f"run-{len(runs)}.pickle"))
                held = []
        if not runs:
            yield from (item for _, item in sorted(held, key=_key))
            return
        runs.append(_spill(sorted(held, key=_key), Path(folder) / f"run-{len(runs)}.pickle"))
        streams = [path.open("rb") for path in runs]
        try:
            for _, item in heapq.merge(*(_unspill(s) for s in streams), key=_key):
                yield item
        finally:
            for stream in streams:
                stream.close()


def _key(pair: tuple[tuple[str, str], Features]) -> tuple[str, str]:
    return pair[0]


def _spill(items: list[tuple[tuple[str, str], Features]], path: Path) -> Path:
    with path.open("wb") as out:
        for item in items:
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _unspill(stream: BinaryIO) -> Iterator[tuple[tuple[str, str], Features]]:
    while True:
        try:
            yield pickle.load(stream)  # our own scratch file, written just above
        except EOFError:
            return


def stories(directory: str | os.PathLike[str], params: Params | None = None, chunk: int = CHUNK,
            run: int = RUN, scratch: str | os.PathLike[str] | None = None) -> Iterator[Assignment | Story]:
    """Place every article of the output, oldest first, ``chunk`` at a time as ``update_stories`` does on a
    store; yields each Assignment as it is final, and each Story once no article can change it."""
    clusterer = StoryClusterer(params or Params())
    for assignment in clusterer.run(features_by_date(directory, clusterer.params, run, scratch), chunk=chunk):
        yield assignment
        for story in clusterer.retired.values():  # too old for any later article: final
            yield record(story)
        clusterer.retired.clear()
    for story in clusterer.stories.values():
        yield record(story)


# --- the results as tables beside the others --------------------------------------------------------------------

_MEMBER = CORPUS["story_members"].schema
_STORY = CORPUS["stories"].schema
_DUPLICATE = CORPUS["duplicates"].schema


@dataclass(frozen=True)
class CorpusReport:
    groups: int
    copies: int
    stories: int
    placed: int


def write_corpus_tables(directory: str | os.PathLike[str], threshold: float = dedup.THRESHOLD,
                        params: Params | None = None) -> CorpusReport:
    """``duplicates`` (one row per member of a group; ``original`` marks the earliest), ``stories`` and
    ``story_members`` under ``directory``, from its articles table."""
    root = Path(directory)
    groups = duplicates(root, threshold)
    copies = 0
    with _Appender(root / "duplicates", _DUPLICATE) as out:
        for number, group in enumerate(groups, start=1):
            for n, member in enumerate([group.original, *group.copies]):
                out.add({"group": number, "original": n == 0, **dataclasses.asdict(member)})
            copies += len(group.copies)
    placed = found = 0
    with _Appender(root / "story_members", _MEMBER) as members, _Appender(root / "stories", _STORY) as told:
        for item in stories(root, params):
            if isinstance(item, Story):
                told.add({k: v for k, v in dataclasses.asdict(item).items() if k != "articles"})
                found += 1
            else:
                members.add(dataclasses.asdict(item))
                placed += 1
    report = CorpusReport(len(groups), copies, found, placed)
    update_manifest(root, {"corpus": {**dataclasses.asdict(report), "threshold": threshold}})
    return report


class _Appender:
    """Rows to one Parquet file, a row group every ``size`` rows (then renamed into place)."""

    def __init__(self, folder: Path, schema: pa.Schema, size: int = 5000) -> None:
        self.folder, self.schema, self.size = folder, schema, size
        self.rows: list[dict[str, Any]] = []
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.parquet"):
            old.unlink()
        self.hidden = folder / ".part-00000.parquet.tmp"
        self.writer = pq.ParquetWriter(self.hidden, schema, compression="zstd")

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def __enter__(self) -> _Appender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()
        self.writer.close()
        if exc[0] is None:
            os.replace(self.hidden, self.folder / "part-00000.parquet")
        else:
            self.hidden.unlink(missing_ok=True)
