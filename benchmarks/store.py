"""Store benchmark: the same analyses loaded into SQLite and PostgreSQL, then read back.

    python benchmarks/store.py [--articles 1000] [--pg postgresql://user@host/db]

The analyses are the synthetic test articles (tests/fixtures/corpus and the story fixtures, analysed once),
repeated under new ids up to --articles. Each load is ``Corpus.load`` (every article saved in its own
transaction, actor identity and the near-duplicate index brought up to date every 200), timed alone, into a
fresh store: an SQLite file, a PostgreSQL database by one process, and by two processes loading halves at
once. Then: full-text search (ms per query, 5 queries × 10) and streaming every analysis back (articles/s).
Without --pg a throwaway server is started (tests/pgserver.py); with --pg the user must be allowed to
create databases (one is made and dropped).
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.corpus.conftest import read_article  # noqa: E402
from tests.corpus.story_fixtures import OUTLETS, STORIES  # noqa: E402
from tests.pgserver import Server, start  # noqa: E402

from dateline.analyze import analyze_articles  # noqa: E402
from dateline.engine import Corpus  # noqa: E402
from dateline.ingest import article_from_text  # noqa: E402
from dateline.model import Analysis, Article  # noqa: E402

QUERIES = ["minister", "strike OR protest", '"port authority"', "harb*", "title:talks"]


def analyses(count: int) -> list[Analysis]:
    articles: list[Article] = [read_article(p) for p in sorted((ROOT / "tests/fixtures/corpus/articles").glob("*.txt"))]
    for name, items in STORIES.items():
        for n, (day, title, text) in enumerate(items):
            articles.append(article_from_text(text + "\n", f"{name}-{n}.txt", outlet=OUTLETS[n % 3], title=title,
                                              published=day))
    base = [r for r in analyze_articles(articles) if isinstance(r, Analysis)]
    made = []
    for copy in range(count // len(base) + 1):
        for a in base:
            made.append(dataclasses.replace(a, article=dataclasses.replace(
                a.article, id=f"{a.article.id}-{copy}", source=f"copy{copy}/{a.article.source}")))
    return made[:count]


def _load(url: str, items: list[Analysis]) -> None:
    with Corpus(url) as corpus:
        corpus.load(items)


def load(url: str, items: list[Analysis], processes: int) -> float:
    """Articles/s of loading ``items`` into a new store, split between ``processes`` writers."""
    Corpus(url).close()  # the schema, made before the clock starts
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_load, args=(url, items[n::processes])) for n in range(processes)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    took = time.perf_counter() - started
    with Corpus(url, readonly=True) as corpus:
        assert len(corpus) == len(items), (len(corpus), len(items))
    return len(items) / took


def reads(url: str) -> tuple[float, float]:
    """(ms per search, articles/s streaming every analysis back)."""
    with Corpus(url, readonly=True) as corpus:
        started = time.perf_counter()
        for _ in range(10):
            for query in QUERIES:
                corpus.search(query)
        search = (time.perf_counter() - started) / (10 * len(QUERIES)) * 1000
        started = time.perf_counter()
        streamed = sum(1 for _ in corpus.store.analyses())
        return search, streamed / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--pg", help="a server URL whose user may create databases (default: a throwaway server)")
    args = parser.parse_args()
    server = Server(args.pg) if args.pg else start()
    if isinstance(server, str):
        sys.exit(f"no PostgreSQL: {server}")
    items = analyses(args.articles)
    rows = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            sqlite_url = str(Path(folder) / "news.db")
            rows.append(("SQLite, 1 process", load(sqlite_url, items, 1), *reads(sqlite_url)))
        for processes in (1, 2):
            url = server.create()
            try:
                speed = load(url, items, processes)
                rows.append((f"PostgreSQL, {processes} process(es)", speed, *reads(url)))
            finally:
                server.drop(url)
    finally:
        if not args.pg:
            server.stop()
    print(f"{len(items)} analyses; {platform.machine()}, {multiprocessing.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print("| store | load: articles/s | search: ms/query | stream back: articles/s |")
    print("|---|---|---|---|")
    for name, speed, search, stream in rows:
        print(f"| {name} | {speed:.1f} | {search:.1f} | {stream:.0f} |")


if __name__ == "__main__":
    main()
