"""The store, on each backend (SQLite and PostgreSQL): migrations recorded, idempotent upsert, full-text
search, rejects kept and cleared."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.analyze import analyze_articles
from dateline.errors import QuerySyntaxError
from dateline.ingest import article_from_text
from dateline.model import Analysis, Reject
from dateline.store import StoreError, open_store

TEXT = "date 2025-05-01 HANOI, Vietnam — Floods closed schools across the Red River delta on Wednesday."


@pytest.fixture(scope="module")
def analysis(nlp) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(TEXT, "hanoi.txt")], nlp)))
    assert isinstance(result, Analysis)
    return result


def test_migrations_are_recorded_once(new_db: Callable[[], str]) -> None:
    db = new_db()
    open_store(db).close()
    open_store(db if "://" in db else f"sqlite:///{db}").close()
    store = open_store(db, readonly=True)
    with store.reading() as sql:
        rows = [tuple(r) for r in sql.execute("SELECT version, name FROM schema_migrations ORDER BY version")]
    store.close()
    assert rows == [(1, "articles"), (2, "actors"), (3, "quotes"), (4, "claims"), (5, "events"),
                    (6, "event_reciprocal"), (7, "source_id"), (8, "article_paths"), (9, "collect_state"),
                    (10, "corpus_identity_dedup"), (11, "stories"), (12, "dedup_credit")]


def test_upsert_is_idempotent(new_db: Callable[[], str], analysis: Analysis) -> None:
    store = open_store(new_db())
    store.save(analysis)
    store.save(analysis)
    assert store.count() == 1
    assert store.get(analysis.article.id) == analysis
    assert store.get("hanoi.txt") == analysis
    with store.reading() as sql:
        rows = sql.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert rows == len(analysis.entities)
    assert len(store.search("floods")) == 1  # FTS index not doubled by the second save


def test_search_and_odd_queries(new_db: Callable[[], str], analysis: Analysis) -> None:
    store = open_store(new_db())
    store.save(analysis)
    hits = store.search("Red River")
    assert [h.id for h in hits] == [analysis.article.id]
    assert "[" in hits[0].snippet
    assert store.search("tornado") == []
    with pytest.raises(QuerySyntaxError) as raised:  # not FTS syntax: said so, never silently searched otherwise
        store.search("O'Brien AND (")
    assert raised.value.phrase == '"O\'Brien AND ("'
    assert store.search(raised.value.phrase) == []
    assert store.search('"Red River delta"')[0].id == analysis.article.id


def test_rejects_are_kept_and_cleared_by_success(new_db: Callable[[], str], analysis: Analysis) -> None:
    store = open_store(new_db())
    store.reject(Reject("hanoi.txt", "empty input"))
    store.reject(Reject("hanoi.txt", "binary data, not text"))
    assert store.rejects() == [Reject("hanoi.txt", "binary data, not text")]
    store.save(analysis)
    assert store.rejects() == []


def test_unknown_database_url() -> None:
    with pytest.raises(StoreError, match="unsupported database URL"):
        open_store("mysql://localhost/news")
    with pytest.raises(StoreError, match="cannot connect"):  # nothing listens on port 1
        open_store("postgresql://nobody:secret@127.0.0.1:1/news")


def test_analyses_stream_in_publication_order_or_by_id(new_db: Callable[[], str], analysis: Analysis) -> None:
    store = open_store(new_db())
    store.save(analysis)
    assert [a.article.id for a in store.analyses(batch=1)] == [analysis.article.id]
    assert [a.article.id for a in store.analyses(ids=["nope", analysis.article.id])] == [analysis.article.id]
