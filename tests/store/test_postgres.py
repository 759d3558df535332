"""What only a server store has to prove: processes writing the same articles at once (no duplicate, no error,
the same result as one writer), opening rules (someone else's schema, readers, older stores), search meaning
the same as on SQLite, and the command line on a postgresql:// URL."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline import errors
from dateline.analyze import analyze_articles
from dateline.cli import main
from dateline.engine import Corpus
from dateline.errors import QueryError, QuerySyntaxError, StoreError
from dateline.ingest import article_from_text
from dateline.model import Analysis, Article
from dateline.store import open_store
from dateline.store.postgres import close_pools

from ..pgserver import Server

# Synthetic articles whose actors overlap (the same people in several), so concurrent writers contend for
# the same actor, alias and pending-key rows.
TEXTS = [
    "date 2025-02-03 VALLETTA, Malta — Transport Minister Nadia Serrat said on Monday that the ferry strike "
    "would end this week. Serrat met union leader Tomas Hale at the port.",
    "date 2025-02-04 VALLETTA, Malta — Tomas Hale, the dockers' union leader, told reporters the strike would "
    "go on. \"We have not been offered anything new,\" Hale said.",
    "date 2025-02-05 GOZO, Malta — Minister Serrat and Tomas Hale signed an agreement on Wednesday, officials "
    "said. Nadia Serrat called it fair.",
    "date 2025-02-06 TUNIS, Tunisia — Port director Karim Haddad said ferries from Malta would resume on "
    "Thursday after the strike ended.",
]
COPIES = 4
PROCESSES = 3


@pytest.fixture(scope="module")
def analyses(nlp) -> list[Analysis]:  # type: ignore[no-untyped-def]
    articles = [article_from_text(text, f"port-{n}.txt") for n, text in enumerate(TEXTS)]
    found = [r for r in analyze_articles(articles, nlp) if isinstance(r, Analysis)]
    assert len(found) == len(TEXTS)
    return [dataclasses.replace(a, article=dataclasses.replace(a.article, id=f"{a.article.id}-{k}",
                                                               source=f"copy{k}/{a.article.source}"))
            for k in range(COPIES) for a in found]


@pytest.fixture
def database(pg_server: Server) -> Iterator[str]:
    url = pg_server.create()
    yield url
    pg_server.drop(url)


def _ingest(url: str, items: list[Analysis], barrier: Any, errors_file: str) -> None:
    """One worker process: wait for the others, then open the (new) store and load every article."""
    try:
        barrier.wait()
        with Corpus(url) as corpus:
            report = corpus.load(items)
        assert report.stored == len(items), report
        close_pools()
    except BaseException:
        Path(errors_file).write_text(traceback.format_exc(), encoding="utf-8")
        os._exit(1)
    os._exit(0)


def _state(url: str) -> dict[str, Any]:
    """Everything a user reads back, in a form two stores can be compared by."""
    with Corpus(url, readonly=True) as corpus:
        store = corpus.store
        with store.reading() as db:
            counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("articles", "entities", "actor_mentions", "actor_roles", "actor_aliases",
                                    "quotes", "quote_sources", "claims", "cues", "events", "article_paths",
                                    "dedup_signatures", "dedup_pairs", "actor_pending")}
        return {"counts": counts, "actors": corpus.actors(limit=1000), "quotes": corpus.quotes(limit=1000),
                "events": corpus.events(limit=1000),
                "duplicates": sorted(sorted([g.original.article_id, *(c.article_id for c in g.copies)])
                                     for g in corpus.duplicates())}


def test_processes_ingesting_the_same_articles_at_once_store_each_once(
        pg_server: Server, database: str, analyses: list[Analysis], tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(PROCESSES)
    orders = [analyses, analyses, list(reversed(analyses))]  # two in the same order, one against it
    workers = []
    for n, order in enumerate(orders[:PROCESSES]):
        errors_file = str(tmp_path / f"errors-{n}.txt")
        workers.append((context.Process(target=_ingest, args=(database, order, barrier, errors_file)), errors_file))
    for process, _ in workers:
        process.start()
    for process, _ in workers:
        process.join(180)
    failures = [Path(f).read_text(encoding="utf-8") for _, f in workers if Path(f).exists()]
    assert not failures, failures[0]
    assert [process.exitcode for process, _ in workers] == [0] * PROCESSES

    alone = pg_server.create()  # the same articles loaded by one writer
    try:
        with Corpus(alone) as corpus:
            corpus.load(analyses)
        expected = _state(alone)
    finally:
        pg_server.drop(alone)
    found = _state(database)
    assert found["counts"]["articles"] == len(analyses)
    assert found["counts"]["actor_pending"] == 0  # every actor resolved
    assert found == expected


def test_someone_elses_schema_is_refused_and_left_unchanged(database: str) -> None:
    import psycopg

    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("CREATE TABLE users (id integer PRIMARY KEY, name text)")
        connection.execute("INSERT INTO users VALUES (1, 'ana')")
    for readonly in (True, False):
        with pytest.raises(StoreError, match="not a dateline store"):
            open_store(database, readonly=readonly)
    with psycopg.connect(database) as connection:
        tables = {r[0] for r in connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    assert tables == {"users"}


def test_readers_create_nothing_and_cannot_write(database: str, analyses: list[Analysis]) -> None:
    with pytest.raises(StoreError, match="empty database, not a dateline store yet"):
        open_store(database, readonly=True)
    assert open_store(database).count() == 0  # a writer makes it a store
    reader = open_store(database, readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        reader.save(analyses[0])
    import psycopg

    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction), reader.reading() as db:  # the server refuses too
        db.execute("DELETE FROM articles")


def test_a_reader_upgrades_an_older_store(database: str, analyses: list[Analysis]) -> None:
    store = open_store(database)
    store.save(analyses[0])
    with store.transaction() as db:  # back to a store from before migration 008
        db.execute("DROP TABLE article_paths")
        db.execute("DELETE FROM schema_migrations WHERE version = 8")
    reader = open_store(database, readonly=True)
    assert reader.get(analyses[0].article.id) == analyses[0]
    with reader.reading() as db:
        assert db.execute("SELECT count(*) FROM schema_migrations WHERE version = 8").fetchone()[0] == 1


def test_whole_store_reads_stream_through_a_server_side_cursor(database: str, analyses: list[Analysis]) -> None:
    import psycopg

    store = open_store(database)
    for analysis in analyses:
        store.save(analysis)
    streamed = store.analyses(batch=2)
    first = next(streamed)
    with psycopg.connect(database) as watcher:  # what the reading connection runs meanwhile
        running = [row[0] for row in watcher.execute(
            "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")]
    assert any(q.startswith('FETCH FORWARD 2 FROM "dateline_') for q in running), running
    rest = list(streamed)
    ordered = sorted(analyses, key=lambda a: (a.article.published or "", a.article.id))
    assert [a.article.id for a in [first, *rest]] == [a.article.id for a in ordered]


def test_a_password_never_reaches_a_message(pg_server: Server) -> None:
    url = "postgresql://dateline:hunter2@127.0.0.1:1/news"
    with pytest.raises(StoreError) as raised:
        open_store(url)
    assert "hunter2" not in str(raised.value) and "***" in str(raised.value)
    result = CliRunner().invoke(main, ["search", "ferry", "--db", url])
    assert result.exit_code == errors.EXIT_STORE and "hunter2" not in result.output


# --- search: the same queries mean the same on both stores ---------------------------------------------------

DOCS = [
    ("Ferry strike ends", "Dockers in Valletta ended their strike on Monday after the port authority offered a "
                          "new contract. The ferry service resumes this week."),
    ("Port authority offer", "The port authority said the offer to dockers was final. Union leaders called "
                             "it a step forward for the harbour."),
    ("Harbour cranes idle", "Cranes stood idle at the container terminal as the dock strike entered a third day. "
                            "No ferry left the harbour."),
    ("Election count halted", "Officials halted the vote count in the northern province after a dispute over "
                              "ballots, the election commission said."),
    ("Strike talks", "Talks between the ferry operator and the union broke down late on Sunday, the operator "
                     "said. A strike was called."),
]
QUERIES = ["strike", "STRIKE", "ferry strike", '"ferry strike"', '"dock strike"', "harb*", "port + authority",
           "ferry OR election", "strike NOT ferry", "ferry NOT harbour OR election", "title:strike", "-title:strike",
           "text:harbour", "{title text}:cranes", "title:(ferry OR election)", "NEAR(ferry strike)",
           "NEAR(ferry strike, 2)", "NEAR(strike ferry, 0)", "NEAR(cranes dock, 12)", 'strike ""', '""',
           "vote_count", "cont*", "NEAR", "nothinglikeit"]
BAD = ["O'Brien", "U.S.", "al-Bashir", "(ferry", "ferry)", "(ferry OR strike) talks", "NOT ferry", '"unterminated',
       "title:", "body:ferry", "*ferry", "* ferry"]


@pytest.fixture(scope="module")
def twin_stores(tmp_path_factory: pytest.TempPathFactory, pg_server: Server) -> Iterator[tuple[Any, Any]]:
    sqlite_store = open_store(str(tmp_path_factory.mktemp("search") / "news.db"))
    url = pg_server.create()
    pg_store = open_store(url)
    for n, (title, text) in enumerate(DOCS):
        article: Article = article_from_text(text, f"doc{n}.txt", title=title)
        for store in (sqlite_store, pg_store):
            store.save(Analysis(article=article))
    yield sqlite_store, pg_store
    sqlite_store.close()
    pg_server.drop(url)


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_articles_on_both(twin_stores: tuple[Any, Any], query: str) -> None:
    lite, pg = (sorted(h.source for h in store.search(query, 50)) for store in twin_stores)
    assert lite == pg


@pytest.mark.parametrize("query", BAD)
def test_search_refuses_the_same_queries_for_the_same_reason(twin_stores: tuple[Any, Any], query: str) -> None:
    raised = []
    for store in twin_stores:
        with pytest.raises(QuerySyntaxError) as error:
            store.search(query)
        raised.append((error.value.reason, error.value.phrase, str(error.value)))
    assert raised[0] == raised[1]


def test_search_hits_read_alike(twin_stores: tuple[Any, Any]) -> None:
    lite, pg = (store.search("cranes") for store in twin_stores)
    assert [h.source for h in pg] == [h.source for h in lite] == ["doc2.txt"]
    assert pg[0].snippet.startswith("[Cranes] stood idle") and pg[0].snippet.endswith("…")
    assert lite[0].snippet.startswith("[Cranes] stood idle")
    assert pg[0].score > 0
    with pytest.raises(QueryError, match="too many terms"):
        twin_stores[1].search(" ".join(["ferry*"] * 17))


# --- the command line on a postgresql:// URL ------------------------------------------------------------------

ARTICLE = (
    "date 2025-07-14 PORTO, Portugal — Dock workers walked out on Monday over pay.\n\n"
    "Gov. Elena Marsh told reporters the port would reopen within a week.\n\n"
    "“We will not let the harbour sit idle,” Marsh said.\n"
)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_command_takes_a_postgresql_url(database: str, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    code, _, err = _run("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", database, "--quiet")
    assert code == 0, err
    assert open_store(database, readonly=True).count() == 1  # the same text under two paths: one article
    for args in (["show", str(tmp_path / "b.txt")], ["search", "harbour"], ["quotes", "--speaker", "marsh"],
                 ["claims"], ["events"], ["actors"], ["actor", "Marsh"], ["rejects"], ["dedup"],
                 ["propagation"], ["stories"], ["timeline", "--query", "harbour"], ["graph"]):
        code, out, err = _run(*args, "--db", database)
        assert code == 0, (args, err)
    assert "Elena Marsh" in _run("show", str(tmp_path / "a.txt"), "--db", database)[1]
    code, out, err = _run("search", "Gov. Elena", "--db", database)
    assert code == 0 and "[Gov]. [Elena] Marsh" in out
    assert 'not FTS5 query syntax (fts5: syntax error near "."); searched as the phrase "Gov. Elena"' in err
    for pattern in ("%", "_", "M_rsh"):
        assert _run("quotes", "--speaker", pattern, "--db", database)[1:] == ("", "0 quote(s)\n")
    code, _, err = _run("show", "nothing.txt", "--db", database)
    assert code == errors.EXIT_REJECTS and "no such article in postgresql://" in err


def test_collect_state_lives_in_a_server_store(database: str) -> None:
    from dateline.collect.state import CollectState

    store = open_store(database)
    state = CollectState(store)
    state.record("https://example.org/a", "page", "article", found_in="https://example.org/feed", etag='"v1"',
                 content_hash="h1", article_id="id1")
    state.record("https://example.org/a", "page", "article", etag=None, content_hash="h2", article_id="id2")
    seen = state.get("https://example.org/a")
    assert seen is not None and (seen.etag, seen.content_hash, seen.article_id) == ('"v1"', "h2", "id2")
    for number in (1, 2, 3):  # fetched within one second: insertion order breaks the tie
        state.add_version("https://example.org/a", f"h{number}", f"id{number}", f"https://example.org/a?v={number}")
    state.add_version("https://example.org/a", "h1", "id1", None)  # the same version again: kept once
    assert [v.article_id for v in state.versions("https://example.org/a?v=2")] == ["id1", "id2", "id3"]
    assert state.by_hash("h2") == ("https://example.org/a", "id2")


def test_a_server_failure_mid_command_is_a_store_error(database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    open_store(database).close()

    def gone(*_: object) -> None:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Corpus, "quotes", gone)
    code, _, err = _run("quotes", "--db", database)
    assert (code, err) == (errors.EXIT_STORE, "dateline: store error: server closed the connection unexpectedly\n")
