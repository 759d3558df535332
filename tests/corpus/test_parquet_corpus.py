"""Dedup and stories from the Parquet tables a batch at a time give what they give on a store.

The fixture corpus is written as three parts in shuffled order (Spark writes parts in no date order); the
store gets the same analyses through ``Corpus.load``. Small batches, chunks and sort runs force the
batched paths (several scans, spilled runs merged) that a large output takes.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")  # the spark extra; CI installs it

from dateline.corpus import parquet as from_parquet  # noqa: E402
from dateline.corpus import story_update  # noqa: E402
from dateline.corpus.stories import Params  # noqa: E402
from dateline.engine import Corpus  # noqa: E402
from dateline.model import Analysis, DuplicateGroup, Story  # noqa: E402
from dateline.parquet import reader  # noqa: E402
from dateline.parquet.writer import PartWriter, ensure_tables, write_manifest  # noqa: E402

from .conftest import gold  # noqa: E402


@pytest.fixture(scope="module")
def output(corpus: dict[str, Analysis], tmp_path_factory: pytest.TempPathFactory) -> Path:
    analyses = list(corpus.values())
    random.Random(5).shuffle(analyses)
    folder = tmp_path_factory.mktemp("parquet")
    for part in range(3):
        writer = PartWriter(folder, part, group=4)
        for analysis in analyses[part::3]:
            writer.add(analysis.article, analysis)
        writer.commit()
    ensure_tables(folder)
    write_manifest(folder, {"rows": {"articles": len(analyses)}})
    return folder


@pytest.fixture(scope="module")
def store(corpus: dict[str, Analysis], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "news.db"
    ordered = sorted(corpus.values(), key=lambda a: a.article.id)
    with Corpus(path) as stored:
        report = stored.load(ordered)
        assert report.stored == len(stored) == len(ordered)
        stored.load(ordered)  # the same analyses again: stored once
        assert len(stored) == len(ordered)
    return path


def _groups(groups: list[DuplicateGroup]) -> list[tuple[str, list[tuple[str, float, float]]]]:
    return [(g.original.article_id, sorted((c.article_id, c.similarity, c.overlap) for c in g.copies)) for g in groups]


def test_duplicates_from_parquet_are_the_stores(output: Path, store: Path, corpus: dict[str, Analysis]) -> None:
    with Corpus(store) as stored:
        expected = stored.duplicates()
    found = from_parquet.duplicates(output)
    assert _groups(found) == _groups(expected)
    names = {a.article.id: name for name, a in corpus.items()}
    truth = gold()
    copies = [(names[g.original.article_id], names[c.article_id]) for g in found for c in g.copies]
    assert copies and all(truth[copy][1] == truth[original][1] for original, copy in copies)  # one gold group


def test_stories_from_parquet_are_the_stores(output: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_update, "CHUNK", 10)  # the store places ten at a time, so must the Parquet run
    with Corpus(store) as stored:
        stories = stored.stories(limit=1000)
        expected = {frozenset(story_update.story_articles(stored.store, s.id)): s.label for s in stories}
    members: dict[int, set[str]] = {}
    labels: dict[int, str] = {}
    for item in from_parquet.stories(output, Params(), chunk=10, run=7):  # 64 articles: ten sorted runs merged
        if isinstance(item, Story):
            labels[item.id] = item.label
        else:
            members.setdefault(item.story, set()).add(item.article_id)
    assert {frozenset(ids): labels[sid] for sid, ids in members.items()} == expected
    assert len(members) < 64 and max(len(ids) for ids in members.values()) > 1  # articles were grouped


def test_the_date_order_is_the_stores_whatever_the_run_size(output: Path) -> None:
    merged = [f.article_id for f in from_parquet.features_by_date(output, run=5)]
    whole = [f.article_id for f in from_parquet.features_by_date(output, run=10_000)]
    published = {r["id"]: r["published"] or "" for r in reader.records(output)}
    assert merged == whole == sorted(published, key=lambda i: (published[i], i))


def test_scans_never_hold_more_than_a_batch(output: Path) -> None:
    sizes = [len(part["record"]) for part in reader.scan(output, "articles", ["record"], batch=5)]
    assert max(sizes) <= 5 and sum(sizes) == 64


def test_corpus_tables_are_written_beside_the_others(output: Path) -> None:
    report = from_parquet.write_corpus_tables(output)
    duplicates = pq.read_table(output / "duplicates").to_pylist()
    assert report.groups == len({row["group"] for row in duplicates}) > 0
    assert report.copies == sum(not row["original"] for row in duplicates)
    members = pq.read_table(output / "story_members").to_pylist()
    assert report.placed == len(members) == 64
    stories = pq.read_table(output / "stories").to_pylist()
    assert report.stories == len(stories) == len({row["story"] for row in members})
    assert reader.manifest(output)["corpus"]["groups"] == report.groups
